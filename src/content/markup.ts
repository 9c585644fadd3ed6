// The page as markup, for the background's extraction (the scanner's own path: linkedom + Readability there, so
// the page's main thread pays one native serialisation instead of a clone and Readability). Bounded: a page with
// more elements than the background would parse (core/fact-limits.ts MARKUP_CAPS), or whose markup is longer than
// the background accepts, is sent as a stand-in (its title and the first LIMITS.textChars of its text), which is
// what extraction falls back on for such pages anyway.
//
// | page                                          | sent                                                |
// |-----------------------------------------------|-----------------------------------------------------|
// | an ordinary article (≤ 50,000 elements)       | <!doctype html> + documentElement.outerHTML         |
// | 200,000 elements, or markup over 8 M chars    | stand-in: <title> and the body's text, escaped      |
// | a document without a root element            | stand-in with an empty body                         |
import { FACT_CAPS, MARKUP_CAPS } from '../core/fact-limits';

/** MARKUP_CAPS, as a copy the tests can lower. */
export const MARKUP_LIMITS: { elements: number; chars: number } = { ...MARKUP_CAPS };

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function standIn(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const title = (doc.title ?? '').slice(0, FACT_CAPS.attrChars);
  const text = (doc.documentElement ? (doc.body?.textContent ?? '') : '').slice(0, FACT_CAPS.textChars);
  return `<!doctype html><html lang="${escape(lang).replace(/"/g, '&quot;')}"><head><title>${escape(title)}</title></head><body><p>${escape(text)}</p></body></html>`;
}

export function serialise(doc: Document): string {
  const root = doc.documentElement;
  // getElementsByTagName('*') is native and cheap in browsers; linkedom (tests) answers it with nothing.
  const elements = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (!root || elements > MARKUP_LIMITS.elements) return standIn(doc);
  let html: string;
  try {
    html = root.outerHTML;
  } catch {
    return standIn(doc); // a serialiser can give up on pathological trees
  }
  return html.length + 15 <= MARKUP_LIMITS.chars ? `<!doctype html>${html}` : standIn(doc);
}
