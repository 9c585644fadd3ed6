// One saved page → verdict, through the one markup → verdict path the extension's background runs (page-verdict.ts).
import type { Verdict } from '../core/types';
import { verdictFromMarkup } from '../extract/page-verdict';

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
  const verdict = verdictFromMarkup(html, url, { detectLanguage: detectLanguageNode, bounded: true });
  return { ...verdict, scan: { file, ms: Math.round((performance.now() - start) * 10) / 10 } };
}
