// Bytes of a saved page → text, honouring a BOM or the page's declared charset (saved pages are not always UTF-8).
import { limitNesting } from '../extract/nesting';

const SNIFF_BYTES = 4_096;

export class InputError extends Error {}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: file is empty`);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new InputError(`${name}: not an HTML file (binary data)`);
  }
  let encoding = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (isUtf8(bytes)) encoding = 'utf-8'; // saved pages are often re-encoded to UTF-8 but keep their old <meta charset>
  else encoding = declaredCharset(bytes) ?? 'windows-1252';
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes); // unknown label: fall back rather than fail
  }
  if (!/<(!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i.test(text.slice(0, 65_536))) {
    throw new InputError(`${name}: not an HTML file (no HTML markup in its first 64 KB)`);
  }
  // Deeper nesting than a browser's parser allows would make linkedom's parser quadratic (see extract/nesting.ts).
  return limitNesting(text);
}
