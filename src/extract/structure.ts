// The page's shape, read in extraction's one walk (extract/index.ts): how many entries it lists (links headed by a
// heading, links in a <cite>), to how many other hosts, and how much prose one element holds. The core's page-kind
// classifier (core/page-kind.ts) tells a listing (search results, tag pages, front pages, reference lists) from an
// article by it. Every count is bounded: a page is hostile input.
import type { PageStructure } from '../core/types';
import { isSearchEngineHost } from '../core/page-kind';
import { firstWithin, textOf } from './limits';

/** The most entries and paragraphs looked at: far more than any listing shows on one page. */
export const STRUCTURE_LIMITS = { entries: 200, paragraphs: 3_000, paragraphChars: 3_000, hosts: 50 } as const;

/** A paragraph shorter than this is a caption, a date or a label, not prose. */
const PROSE_CHARS = 80;
/** How far up a heading may sit inside its link (Google: a > h3; Startpage: a > h2 inside a div). */
const LINK_ABOVE = 3;
const HEADINGS = new Set(['h2', 'h3', 'h4']);
// Search engines route result links through themselves (DuckDuckGo /l/?uddg=, Google /url?q=, others ?url= / ?u=).
const REDIRECT_PARAMS = ['uddg', 'url', 'q', 'u'];

export interface StructureWalk {
  /** Called by the walk for every element, with its lower-case name. */
  visit(node: Element, name: string): void;
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

/** The address a search engine's redirect link leads to, when it carries one; else the link itself. */
export function unwrapRedirect(url: string, pageHost: string | null): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (hostOf(url) !== pageHost && !isSearchEngineHost(u.hostname)) return url;
  for (const p of REDIRECT_PARAMS) {
    const v = u.searchParams.get(p);
    if (v && /^https?:\/\//i.test(v)) return v;
  }
  return url;
}

export function structureWalk(): StructureWalk {
  const hrefs = new Set<string>();
  const prose = new Map<Element, number>();
  let paragraphs = 0;
  const addLink = (a: Element | null) => {
    const href = a?.getAttribute('href');
    if (href && !href.startsWith('#') && hrefs.size < STRUCTURE_LIMITS.entries) hrefs.add(href);
  };
  return {
    visit(node, name) {
      if (HEADINGS.has(name)) addLink(linkAbove(node) ?? firstWithin(node, 'a', 20));
      else if (name === 'cite') addLink(linkAbove(node) ?? firstWithin(node, 'a', 20));
      else if (name === 'p' && paragraphs < STRUCTURE_LIMITS.paragraphs && node.parentElement) {
        paragraphs++;
        const n = textOf(node, STRUCTURE_LIMITS.paragraphChars).length;
        if (n >= PROSE_CHARS) prose.set(node.parentElement, (prose.get(node.parentElement) ?? 0) + n);
      }
    },
    finish(resolve, pageUrl, jsonLdTypes, ogType) {
      const pageHost = hostOf(pageUrl);
      const entries = new Set<string>();
      const hosts = new Set<string>();
      for (const raw of hrefs) {
        const abs = resolve(raw);
        if (!abs) continue;
        const target = unwrapRedirect(abs, pageHost);
        entries.add(target);
        const h = hostOf(target);
        if (h && h !== pageHost && hosts.size < STRUCTURE_LIMITS.hosts) hosts.add(h);
      }
      let bodyChars = 0;
      for (const n of prose.values()) bodyChars = Math.max(bodyChars, n);
      return { entries: entries.size, entryHosts: hosts.size, bodyChars, jsonLdTypes, ogType };
    },
  };
}
