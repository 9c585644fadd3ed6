// The page's shape, read in extraction's one walk (extract/index.ts): how many entries it lists (links headed by a
// heading, links in a <cite>), to how many other hosts, and how much prose one element holds. The core's page-kind
// classifier (core/page-kind.ts) tells a listing (search results, tag pages, front pages, reference lists) from an
// article by it. Every count is bounded: a page is hostile input.
//
// Prose is measured in two shapes (ProseMeter), each piece counted only at 80 characters or more:
// - a <p>: its whole text, added to its parent;
// - text that sits directly in any other container (a div, td, article, section …): its text nodes and inline
//   children (b, i, em, span, font …) between <br>s and child blocks, one run each. PHP portals write whole
//   articles as `text<br><br>text<br><br>` without a single <p> (own-en-br-paragraphs-rt-copy). Link text never
//   counts here: a listing's entries are links, and a tag cloud or a link list in one div is no body.
// A search result or a teaser holds one short snippet per result element (Google, Bing, Startpage: a div per
// result; DuckDuckGo: the snippet is itself a link), so neither shape brings a listing near page-kind's 500.
// Then one step up: an element's prose also counts for its parent when the element holds no link (within
// LINKED_DEPTH levels). A site that wraps every paragraph in a div of its own (div.para-block > p,
// own-en-split-paragraphs-listing-rt-copy) keeps its body so; a listing's entries always hold their link, so
// their snippets are never summed over the list.
//
// | markup                                                                          | bodyChars            |
// |---------------------------------------------------------------------------------|----------------------|
// | div > 5 × 230 characters of text separated by <br><br>, no <p>                  | ≈ 1,150 (the div)    |
// | div > text <b>bold</b> text (one 120-character run)                             | 120                  |
// | div > 3 × 60 characters between <br>s                                           | 0 (each run < 80)    |
// | div > 30 links of 20 characters (a tag cloud), no other text                    | 0 (links never count)|
// | 5 × div.result > (h3 > a) + 150-character snippet as text                       | 150 (one per result) |
// | 5 × div.result > (h3 > a) + div > 150-character snippet                         | 150 (result has a link) |
// | div > 5 × div.para-block > p of 230 characters                                  | ≈ 1,150 (the outer div) |
// | div > 5 × li > a + 150-character text                                           | 150 (each li has a link) |
import type { PageStructure } from '../core/types';
import { unwrapLink } from '../core/registry/redirects';
import { firstWithin, textOf } from './limits';

/** The most entries and paragraphs looked at: far more than any listing shows on one page. `blocks`: containers
 * whose direct text is measured; `childNodes`, `inlineNodes`: what one of them reads at most. */
export const STRUCTURE_LIMITS = { entries: 200, paragraphs: 3_000, paragraphChars: 3_000, hosts: 50, blocks: 3_000, childNodes: 2_000, inlineNodes: 20 } as const;

/** A paragraph shorter than this is a caption, a date or a label, not prose. */
export const PROSE_CHARS = 80;
/** How many levels above a link an element counts as holding it (a > p > div.para-block: 2). */
const LINKED_DEPTH = 4;
/** Inline elements whose text is part of the run around them (links are not: see above). */
const INLINE_TEXT = new Set(['b', 'i', 'em', 'strong', 'span', 'font', 'u', 's', 'small', 'big', 'mark', 'abbr', 'q', 'sup', 'sub', 'time', 'code', 'nobr', 'bdi', 'bdo', 'ins', 'del', 'tt']);
/** Elements whose direct text is never prose of the page (or is measured otherwise: p). */
const NO_DIRECT_TEXT = new Set(['p', 'a', 'html', 'head', 'title', 'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'svg', 'math', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', ...INLINE_TEXT]);

/**
 * The prose an element holds by itself (see the top of the file): a <p>'s text, or the runs of text directly in a
 * container, each counted at PROSE_CHARS or more. Bounded: at most STRUCTURE_LIMITS paragraphs and blocks per page,
 * each read to about paragraphChars characters (inline children: inlineNodes nodes each).
 */
export class ProseMeter {
  private paragraphs = 0;
  private blocks = 0;

  /** Characters of prose at this element (0: none, or past the bounds). */
  measure(node: Element, name: string): number {
    if (name === 'p') {
      if (this.paragraphs >= STRUCTURE_LIMITS.paragraphs) return 0;
      this.paragraphs++;
      const n = textOf(node, STRUCTURE_LIMITS.paragraphChars).length;
      return n >= PROSE_CHARS ? n : 0;
    }
    if (NO_DIRECT_TEXT.has(name) || this.blocks >= STRUCTURE_LIMITS.blocks) return 0;
    return this.directText(node);
  }

  private directText(node: Element): number {
    let total = 0;
    let run = '';
    let sawText = false;
    const endRun = () => {
      const n = run.replace(/\s+/g, ' ').trim().length;
      if (n >= PROSE_CHARS) total += Math.min(n, STRUCTURE_LIMITS.paragraphChars);
      run = '';
    };
    let seen = 0;
    for (let c: Node | null = node.firstChild; c && seen < STRUCTURE_LIMITS.childNodes && total < STRUCTURE_LIMITS.paragraphChars; c = c.nextSibling, seen++) {
      if (c.nodeType === 3) {
        const data = (c as CharacterData).data ?? '';
        if (!sawText && /\S/.test(data)) {
          sawText = true;
          this.blocks++;
        }
        if (run.length < STRUCTURE_LIMITS.paragraphChars * 2) run += data;
      } else if (c.nodeType === 1) {
        const child = (c as Element).localName?.toLowerCase() ?? '';
        if (child === 'a') run += ' ';
        else if (!INLINE_TEXT.has(child)) endRun();
        else if (run.length < STRUCTURE_LIMITS.paragraphChars * 2) run += textOf(c, STRUCTURE_LIMITS.paragraphChars, STRUCTURE_LIMITS.inlineNodes);
      }
    }
    endRun();
    return sawText ? total : 0;
  }
}
/** How far up a heading may sit inside its link (Google: a > h3; Startpage: a > h2 inside a div). */
const LINK_ABOVE = 3;
const HEADINGS = new Set(['h2', 'h3', 'h4']);

export interface StructureWalk {
  /** Called by the walk for every element, with its lower-case name; returns the prose measured at it (ProseMeter). */
  visit(node: Element, name: string): number;
  /** The fact, once the walk is done; `resolve` gives absolute http(s) addresses, `jsonLdTypes` the blocks' @types. */
  finish(resolve: (raw: string | null | undefined) => string | null, pageUrl: string, jsonLdTypes: string[], ogType: string | null): PageStructure;
}

function linkAbove(node: Element): Element | null {
  let up = node.parentElement;
  for (let i = 0; up && i < LINK_ABOVE; i++, up = up.parentElement) if (up.localName?.toLowerCase() === 'a') return up;
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

export function structureWalk(): StructureWalk {
  const hrefs = new Set<string>();
  const prose = new Map<Element, number>();
  const linked = new Set<Element>();
  const meter = new ProseMeter();
  const addLink = (a: Element | null) => {
    const href = a?.getAttribute('href');
    if (href && !href.startsWith('#') && hrefs.size < STRUCTURE_LIMITS.entries) hrefs.add(href);
  };
  return {
    visit(node, name) {
      if (HEADINGS.has(name)) addLink(linkAbove(node) ?? firstWithin(node, 'a', 20));
      else if (name === 'cite') addLink(linkAbove(node) ?? firstWithin(node, 'a', 20));
      else if (name === 'a') {
        let up = node.parentElement;
        for (let i = 0; up && i < LINKED_DEPTH; i++, up = up.parentElement) linked.add(up);
      }
      const n = meter.measure(node, name);
      const at = name === 'p' ? node.parentElement : node;
      if (n > 0 && at) prose.set(at, (prose.get(at) ?? 0) + n);
      return n;
    },
    finish(resolve, pageUrl, jsonLdTypes, ogType) {
      const pageHost = hostOf(pageUrl);
      const entries = new Set<string>();
      const hosts = new Set<string>();
      for (const raw of hrefs) {
        const abs = resolve(raw);
        if (!abs) continue;
        // Search engines route result links through themselves (core/registry/redirects.ts, the feeds' table too).
        const target = unwrapLink(abs);
        entries.add(target);
        const h = hostOf(target);
        if (h && h !== pageHost && hosts.size < STRUCTURE_LIMITS.hosts) hosts.add(h);
      }
      // One step up: a linkless element's prose counts for its parent too (an entry always holds its link).
      const total = new Map(prose);
      for (const [el, n] of prose) {
        const parent = el.parentElement;
        if (parent && !linked.has(el)) total.set(parent, (total.get(parent) ?? 0) + n);
      }
      let bodyChars = 0;
      for (const n of total.values()) bodyChars = Math.max(bodyChars, n);
      return { entries: entries.size, entryHosts: hosts.size, bodyChars, jsonLdTypes, ogType };
    },
  };
}
