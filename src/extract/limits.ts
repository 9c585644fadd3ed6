// How much of a page extraction reads at most: a page is hostile input and must not make us slow.
import { FACT_CAPS } from '../core/fact-limits';

export const LIMITS = {
  ...FACT_CAPS,
  jsonLdBlocks: 20,
  /** Logos and JSON-LD site names read for the brand a page claims. */
  logos: 5,
  jsonLdChars: 200_000,
  // Readability's cost grows with depth × size (about depth^2.5 on linkedom: 500 nested divs take 3 s, 1,000 take 14 s)
  // and per link (20,000 links: 4 s). Past any of these bounds it is skipped and the body text is used instead.
  // Real pages stay well below (corpus: at most 4,100 elements, depth 33, depth sum 60,000).
  readabilityElements: 15_000,
  readabilityDepth: 100,
  /** Sum over all elements of their depth (the number of ancestors): what nested scoring walks. */
  readabilityDepthSum: 150_000,
  /**
   * Readability's clean-up work, estimated as in article.ts (TEXT_WORK): characters × the divs around the text-ish
   * elements around them. Corpus: at most 10.9 M (a 130 KB page); 55.7 M took 5.8 s.
   */
  readabilityTextWork: 25_000_000,
};

export function clip(s: string | null | undefined, max: number = LIMITS.attrChars): string {
  if (!s) return '';
  return s.length > max ? s.slice(0, max) : s;
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string | null | undefined, max: number = LIMITS.attrChars): string {
  return clip(s, max * 2).replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * An element's text like squash(el.textContent, max), but reading at most maxNodes nodes and about 2 × max
 * characters: one link can hold a whole page (10,000 nested <a>), and textContent on each would be quadratic.
 */
export function textOf(el: Node | null | undefined, max: number, maxNodes = 1_000): string {
  if (!el) return '';
  const parts: string[] = [];
  let chars = 0;
  let seen = 0;
  let node: Node | null = el.firstChild;
  while (node && seen++ < maxNodes && chars < max * 2) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data ?? '';
      parts.push(data);
      chars += data.length;
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = !node || node === el ? null : node.nextSibling;
  }
  return squash(parts.join(''), max);
}

/** The first descendant element with this (lower-case) name among the first maxNodes: el.querySelector(name), bounded. */
export function firstWithin(el: Element | null | undefined, name: string, maxNodes = 1_000): Element | null {
  if (!el) return null;
  let seen = 0;
  for (let node = el.firstElementChild; node && seen++ < maxNodes; node = nextInside(node, el)) {
    if (node.localName?.toLowerCase() === name) return node;
  }
  return null;
}

/**
 * The element after `node` in document order without leaving `root` (node is root or inside it): its first child,
 * else the next sibling of it or of the nearest ancestor below root that has one; null past root's last element.
 * The step of every bounded subtree walk in extraction.
 */
export function nextInside(node: Element, root: Element): Element | null {
  if (node.firstElementChild) return node.firstElementChild;
  let n: Element | null = node;
  while (n && n !== root && !n.nextElementSibling) n = n.parentElement;
  return !n || n === root ? null : n.nextElementSibling;
}

/** doc.body, or null: linkedom throws on .body when a page has no root element (one that is all a comment). */
export function bodyOf(doc: Document): HTMLElement | null {
  return doc.documentElement ? doc.body : null;
}
