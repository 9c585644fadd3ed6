// The article itself: Mozilla Readability on a clone of the document (the page is never modified).
import { Readability } from '@mozilla/readability';
import { LIMITS, squash } from './limits';
import { disarmForReadability } from './readability-input';

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

/**
 * Whether the document is small and shallow enough for Readability (bounds in LIMITS): one iterative walk that
 * stops at the first bound exceeded, so it costs at most LIMITS.readabilityElements steps.
 */
export function fitsReadability(doc: Document): boolean {
  let node: Element | null = doc.documentElement;
  let depth = 0;
  let elements = 0;
  let depthSum = 0;
  while (node) {
    if (++elements > LIMITS.readabilityElements || depth > LIMITS.readabilityDepth) return false;
    depthSum += depth;
    if (depthSum > LIMITS.readabilityDepthSum) return false;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node?.nextElementSibling ?? null;
  }
  return true;
}

const NO_ARTICLE: Article = { root: null, text: '', byline: null, title: null };

/**
 * The document Readability will work on: a clone (or `doc` itself when `inPlace`) without the attribute values
 * its regular expressions would take quadratic time on (readability-input.ts), or null when the page is too
 * big or too deep for Readability in bounded time (extraction then falls back to the body text). The first of
 * the two steps of readArticle, so that a caller can yield between them.
 */
export function articleSource(doc: Document, opts: { inPlace?: boolean } = {}): Document | null {
  if (!fitsReadability(doc)) return null;
  let source: Document;
  try {
    source = opts.inPlace ? doc : (doc.cloneNode(true) as Document);
  } catch {
    return null;
  }
  disarmForReadability(source);
  return source;
}

/** The second step: Readability on the document articleSource gave (it may rearrange it). */
export function articleOf(source: Document | null): Article {
  if (!source) return NO_ARTICLE;
  const parsed = parseSafely(source);
  if (!parsed) return NO_ARTICLE;
  const root = parsed.content && typeof (parsed.content as Element).querySelectorAll === 'function' ? (parsed.content as Element) : null;
  return {
    root,
    text: (parsed.textContent ?? '').slice(0, LIMITS.textChars),
    byline: parsed.byline ? squash(parsed.byline, 300) : null,
    title: parsed.title ? squash(parsed.title, 500) : null,
  };
}

/** `inPlace`: Readability may rearrange `doc` itself (for a caller that owns it and never reads it again). */
export function readArticle(doc: Document, opts: { inPlace?: boolean } = {}): Article {
  return articleOf(articleSource(doc, opts));
}
