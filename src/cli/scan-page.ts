// One saved page → verdict, with the same extract + analyze code the extension runs.
import { parseHTML } from 'linkedom';
import { analyze } from '../core/analyze';
import { lookupHost } from '../core/registry/index';
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

/**
 * Links whose host the registry knows: the only ones a signal quotes as evidence (source-link, outlet-link), so
 * the only ones whose selector the verdict can show. Memoised per host for one page.
 */
export function linksToOutlets(): (href: string) => boolean {
  const known = new Map<string, boolean>();
  return (href) => {
    let host: string;
    try {
      host = new URL(href).hostname.toLowerCase();
    } catch {
      return true;
    }
    let k = known.get(host);
    if (k === undefined) known.set(host, (k = lookupHost(host) !== null));
    return k;
  };
}

export function scanHtml(bytes: Uint8Array, url: string, file: string): ScanResult {
  const start = performance.now();
  const html = decodeHtml(bytes, file);
  // The scanner owns the parsed page: Readability may work on it in place (no clone). When it finds no article,
  // extraction falls back on the body of an untouched copy, as extractFacts does in the browser.
  const parse = () => parseHTML(html).document as unknown as Document;
  const facts = extractFactsInPlace(parse(), url, parse, linksToOutlets());
  facts.detectedLanguage = detectLanguageNode(facts.text);
  const verdict = analyze(facts);
  return { ...verdict, scan: { file, ms: Math.round((performance.now() - start) * 10) / 10 } };
}
