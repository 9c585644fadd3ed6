// Bytes of a saved page → text, honouring a BOM or the page's declared charset (saved pages are not always UTF-8).
import { limitMarkup } from '../extract/nesting';

const SNIFF_BYTES = 4_096;

export class InputError extends Error {}

/**
 * What /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i finds in the head, in linear time (that pattern is cubic: 1.3 s on
 * 8,000 characters). Its [^>]+ stops at the tag's ">", so the first "<meta" of each tag stands for the others in it,
 * and the last charset of the tag is the one it takes.
 */
export function declaredCharset(head: string): string | null {
  for (const tag of head.matchAll(/<meta[^>]+/gi)) {
    const m = /^[^]+charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(tag[0].slice(5));
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a byte-order mark: the markup's ASCII leaves every other byte zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1_024) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.8 * pairs && evenZero < 0.1 * pairs) return 'utf-16le';
  if (evenZero > 0.8 * pairs && oddZero < 0.1 * pairs) return 'utf-16be';
  return null;
}

export function decodeHtml(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: file is empty`);
  // A NUL byte alone does not make a file binary (a page can carry them to dodge the scanner; browsers read on):
  // a file is refused only when no HTML markup shows up once decoded.
  const utf16 = utf16WithoutBom(bytes);
  let encoding = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (utf16) encoding = utf16;
  else if (isUtf8(bytes)) encoding = 'utf-8'; // saved pages are often re-encoded to UTF-8 but keep their old <meta charset>
  // A <meta> cannot declare UTF-16 (it is read as ASCII): browsers take UTF-16 labels there for UTF-8, as we do.
  else encoding = declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES)))?.replace(/^utf-16(le|be)?$/, 'utf-8') ?? 'windows-1252';
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes); // unknown label: fall back rather than fail
  }
  if (!/<(!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i.test(text.slice(0, 65_536))) {
    const binary = bytes.subarray(0, SNIFF_BYTES).includes(0);
    throw new InputError(`${name}: not an HTML file (${binary ? 'binary data' : 'no HTML markup in its first 64 KB'})`);
  }
  // Deep or huge markup would make linkedom slow (quadratic in depth, a WeakMap entry per node): see extract/nesting.ts.
  return limitMarkup(text);
}
