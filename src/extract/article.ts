// The article itself: Mozilla Readability on a clone of the document (the page is never modified).
import { Readability } from '@mozilla/readability';
import { LIMITS, squash } from './limits';

export interface Article {
  /** The element holding the article (inside the clone), or null when Readability found none. */
  root: Element | null;
  text: string;
  byline: string | null;
  title: string | null;
}

const READABILITY_OPTIONS = {
  charThreshold: 300,
  keepClasses: false,
  // Return the element itself rather than HTML: we read its text and links, we never render it.
  serializer: (el: Node) => el,
};

interface Parsed {
  content?: unknown;
  textContent?: string | null;
  byline?: string | null;
  title?: string | null;
}

function parseSafely(clone: Document): Parsed | null {
  try {
    return new Readability(clone, READABILITY_OPTIONS as never).parse() as Parsed | null;
  } catch {
    return null; // a page can break Readability; extraction then falls back to the body text
  }
}

export function readArticle(doc: Document): Article {
  let clone: Document;
  try {
    clone = doc.cloneNode(true) as Document;
  } catch {
    return { root: null, text: '', byline: null, title: null };
  }
  const parsed = parseSafely(clone);
  if (!parsed) return { root: null, text: '', byline: null, title: null };
  const root = parsed.content && typeof (parsed.content as Element).querySelectorAll === 'function' ? (parsed.content as Element) : null;
  return {
    root,
    text: (parsed.textContent ?? '').slice(0, LIMITS.textChars),
    byline: parsed.byline ? squash(parsed.byline, 300) : null,
    title: parsed.title ? squash(parsed.title, 500) : null,
  };
}
