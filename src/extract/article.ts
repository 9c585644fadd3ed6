// The article itself: Mozilla Readability on the document, which extraction owns (from-markup.ts parses it for this).
import { Readability } from '@mozilla/readability';
import { LIMITS, squash } from './limits';
import { disarmElement } from './readability-input';

export interface Article {
  /** The element holding the article (inside the clone), or null when Readability found none. */
  root: Element | null;
  text: string;
  byline: string | null;
  title: string | null;
}

export const READABILITY_OPTIONS = {
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

function parseSafely(doc: Document): Parsed | null {
  try {
    return new Readability(doc, READABILITY_OPTIONS as never).parse() as Parsed | null;
  } catch {
    return null; // a page can break Readability; extraction then falls back to the body text
  }
}

// Readability's clean-up (_cleanConditionally) reads, for every div, ul and table, the text of each of its text-ish
// descendants (_getTextDensity), so a character's cost grows with the square of the divs around it: 57 KB of text
// under a 50-deep chain of divs took 5.8 s (a fuzz page, 70 M characters of textContent). TEXT_WORK estimates that
// work before it runs: each character of text counts, for each text-ish element around it, the divs, uls and tables
// around that element.
const CLEANED = new Set(['div', 'ul', 'table']);
// Readability's textishTags: SPAN, LI, TD and its DIV_TO_P_ELEMS
const TEXTISH = new Set(['span', 'li', 'td', 'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const RAW = new Set(['script', 'style']);

/**
 * Whether the document is small and shallow enough for Readability (bounds in LIMITS): one iterative walk that
 * stops at the first bound exceeded, so it costs at most LIMITS.readabilityElements steps (and their text nodes).
 * `disarm`: the walk also takes out the attribute values readability-input.ts describes (doc is Readability's own).
 */
export function fitsReadability(doc: Document, disarm = false): boolean {
  let node: Element | null = doc.documentElement;
  let depth = 0;
  let elements = 0;
  let depthSum = 0;
  let textWork = 0;
  // along the current path, per depth: cleaned elements at or above it, and the weight of a character there
  const cleaned: number[] = [];
  const weight: number[] = [];
  while (node) {
    if (++elements > LIMITS.readabilityElements || depth > LIMITS.readabilityDepth) return false;
    depthSum += depth;
    if (depthSum > LIMITS.readabilityDepthSum) return false;
    const name: string = node.localName?.toLowerCase() ?? '';
    if (disarm) disarmElement(node, name);
    const above = depth > 0 ? cleaned[depth - 1]! : 0;
    cleaned[depth] = above + (CLEANED.has(name) ? 1 : 0);
    const w = (weight[depth] = (depth > 0 ? weight[depth - 1]! : 0) + (TEXTISH.has(name) ? above : 0));
    if (w > 0 && !RAW.has(name)) {
      for (let c: ChildNode | null = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) textWork += (c as Text).data.length * w;
      if (textWork > LIMITS.readabilityTextWork) return false;
    }
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
 * Readability on `doc` itself (it may rearrange it: the caller owns the document and never reads it again), once
 * the one bounds walk of fitsReadability has found the page small and shallow enough and taken out the attribute
 * values its regular expressions would take quadratic time on (readability-input.ts). Past a bound, no article:
 * extraction then falls back to the body text.
 */
export function readArticle(doc: Document): Article {
  if (!fitsReadability(doc, true)) return NO_ARTICLE;
  const parsed = parseSafely(doc);
  if (!parsed) return NO_ARTICLE;
  const root = parsed.content && typeof (parsed.content as Element).querySelectorAll === 'function' ? (parsed.content as Element) : null;
  return {
    root,
    text: (parsed.textContent ?? '').slice(0, LIMITS.textChars),
    byline: parsed.byline ? squash(parsed.byline, 300) : null,
    title: parsed.title ? squash(parsed.title, 500) : null,
  };
}
