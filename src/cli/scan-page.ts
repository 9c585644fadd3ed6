// One saved page → verdict, with the same extract + analyze code the extension runs.
import { parseHTML } from 'linkedom';
import { analyze } from '../core/analyze';
import type { Verdict } from '../core/types';
import { extractFactsInPlace } from '../extract/index';
import { decodeHtml, InputError } from './decode';
import { detectLanguageNode } from './language';

export interface ScanResult extends Verdict {
  scan: { file: string; ms: number };
}

export function checkUrl(raw: string, what: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InputError(`${what}: not a valid URL: ${JSON.stringify(raw)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(`${what}: only http(s) URLs can be scanned, got ${u.protocol}`);
  return u.href;
}

export function scanHtml(bytes: Uint8Array, url: string, file: string): ScanResult {
  const start = performance.now();
  const html = decodeHtml(bytes, file);
  // The scanner owns the parsed page: Readability may work on it in place (no clone). When it finds no article,
  // extraction falls back on the body of an untouched copy, as extractFacts does in the browser.
  const parse = () => parseHTML(html).document as unknown as Document;
  const facts = extractFactsInPlace(parse(), url, parse);
  facts.detectedLanguage = detectLanguageNode(facts.text);
  const verdict = analyze(facts);
  return { ...verdict, scan: { file, ms: Math.round((performance.now() - start) * 10) / 10 } };
}
