// One saved page → verdict, with the same markup → facts → analysis path the extension's background runs.
import { analyze } from '../core/analyze';
import type { Verdict } from '../core/types';
import { factsFromMarkup } from '../extract/from-markup';

export { linksToOutlets } from '../extract/from-markup';
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
  const facts = factsFromMarkup(html, url, { bounded: true });
  facts.detectedLanguage = detectLanguageNode(facts.text);
  const verdict = analyze(facts);
  return { ...verdict, scan: { file, ms: Math.round((performance.now() - start) * 10) / 10 } };
}
