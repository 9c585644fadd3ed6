/*
 * The cheap gate: decides, reading little of the page, whether the expensive path (Readability, language
 * identification, analysis) may find anything. Almost every page a reader opens is not state media, and on those
 * the content script stops here. It reads, in this order and stopping at the first hit: the address; the <html>
 * class and one native query for translation residue; canonical and og:url; the first GATE_LIMITS.links links and
 * GATE_LIMITS.media images (one host look-up per distinct host); then the brand test over the title,
 * og:site_name, the first <h1> and the first and last GATE_LIMITS.edgeChars characters of the main text region
 * (the longest <article>, else <main>, else the body), skipping scripts, styles, navigation and menus. Never the
 * whole text of the page: reading all of it cost 6 ms on 77 KB and 24 ms on 365 KB.
 *
 * | page                                                                 | gate  | reason          |
 * |----------------------------------------------------------------------|-------|-----------------|
 * | on a registered outlet's host (any edition, mirror, public media)    | open  | site            |
 * | through a web archive, translation proxy or AMP cache                | open  | wrapper         |
 * | Google Translate residue (translated-ltr, <font vertical-align>)     | open  | mt-residue      |
 * | canonical / og:url on an outlet's host                               | open  | canonical       |
 * | a link or image to a warned or informed outlet's host                | open  | link            |
 * | an outlet's brand in the title or the text                           | open  | brand           |
 * | an ordinary page with none of these                                  | shut  |                 |
 * | links to public-media hosts only (bbc.com, dw.com)                   | shut  |                 |
 */
import { hostVerdict, type HostVerdict } from '../core/registry/host-index';
import { unwrapUrl } from '../core/registry/unwrap';
import type { TextTest } from './brand-pattern';

export type GateReason = 'site' | 'wrapper' | 'mt-residue' | 'canonical' | 'link' | 'brand';

export const GATE_LIMITS = { links: 3_000, media: 300, edgeChars: 2_000, edgeNodes: 4_000, articles: 20 };

/**
 * hostVerdict with one look-up per distinct host and first path segment (a page's links mostly share a handful
 * of hosts). The segment is part of the key because a few registry entries are scoped to a path on a shared host
 * ("odysee.com/@rtfrance:a"); all of them are one segment deep (gate.test.ts checks), so the key is exact.
 */
class HostCache {
  private readonly known = new Map<string, HostVerdict | null>();
  verdict(host: string, path: string): HostVerdict | null {
    if (!host) return null;
    const slash = path.indexOf('/', 1);
    const key = `${host}${slash < 0 ? path : path.slice(0, slash)}`.toLowerCase();
    let v = this.known.get(key);
    if (v === undefined) this.known.set(key, (v = hostVerdict(host, path)));
    return v;
  }
}

function hostOf(url: string): { host: string; path: string } | null {
  try {
    const u = new URL(url);
    return { host: u.hostname, path: u.pathname };
  } catch {
    return null;
  }
}

/** The verdict of the registered outlet whose own site this address is (path-scoped entries included). */
function outletAt(url: string | null | undefined, base: string): HostVerdict | null {
  if (!url) return null;
  let abs: string;
  try {
    abs = new URL(url, base).href;
  } catch {
    return null;
  }
  const h = hostOf(abs);
  return h ? hostVerdict(h.host, h.path) : null;
}

function isOutletAddress(url: string | null | undefined, base: string, allowPublic: boolean): boolean {
  const v = outletAt(url, base);
  return !!v && (allowPublic || v.policy !== 'public-media');
}

/**
 * For a page on a registered outlet's own site whose outlet does not warn (public media, informational state
 * media): its verdict follows from the address alone (score.ts: the site decides kind and warn), so the content
 * script reports minimal facts and skips extraction. Null for any other page, or an outlet that warns (its
 * banner shows evidence and translation findings, which need the page).
 */
export function addressVerdict(url: string): HostVerdict | null {
  try {
    if (unwrapUrl(url).wrapper) return null;
  } catch {
    return null;
  }
  const v = outletAt(url, url);
  return v && v.policy !== 'warn' ? v : null;
}

/**
 * Which links extraction gives a CSS selector: those to a registered outlet's host, the only ones evidence points
 * at (a selector costs a walk up the page per link). The scanner passes the same filter (cli/scan-page).
 */
export function outletLinkFilter(): (href: string) => boolean {
  const hosts = new HostCache();
  return (href) => {
    const h = imageHost(href);
    return !h || !!hosts.verdict(h.host, h.path);
  };
}

/** a.hostname and doc.links where the DOM has them (browsers); parsed addresses where it does not (linkedom in tests). */
function anchorsOf(doc: Document): ArrayLike<Element> {
  return doc.links ?? doc.querySelectorAll('a[href]');
}

/** a.hostname and a.pathname where the DOM has them (browsers); parsed addresses where it does not (linkedom). */
function anchorHost(a: Element, base: string): { host: string; path: string } | null {
  const el = a as HTMLAnchorElement;
  if (typeof el.hostname === 'string') return el.hostname ? { host: el.hostname, path: el.pathname } : null;
  const href = a.getAttribute('href');
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.hostname ? { host: u.hostname, path: u.pathname } : null;
  } catch {
    return null;
  }
}

const ABSOLUTE = /^\s*(?:https?:)?\/\/([^/?#:\s]+)([^?#\s]*)/i;

/** An image's host, only when its address is absolute (a relative one is on this page's own host). */
function imageHost(src: string | null): { host: string; path: string } | null {
  const m = src ? ABSOLUTE.exec(src) : null;
  return m ? { host: m[1]!, path: m[2] || '/' } : null;
}

// Subtrees the brand test skips: not article text (code, styles, forms) or navigation, where a brand is a menu
// entry ("TV guide: BBC, CNN, RT") rather than something the page says.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'textarea', 'nav', 'menu', 'iframe', 'object']);
const SKIP_ROLES = new Set(['navigation', 'menu', 'menubar']);

function skipped(el: Element): boolean {
  if (SKIP.has(el.localName?.toLowerCase())) return true;
  const role = el.getAttribute('role');
  return role !== null && SKIP_ROLES.has(role);
}

/**
 * Text from one end of `root`: text nodes in document order (or reverse), outside skipped subtrees, until
 * `chars` characters or `nodes` nodes. A walk by hand (firstChild/nextSibling), as linkedom has no full TreeWalker.
 */
function edgeText(root: Element, fromEnd: boolean, chars: number, nodes: number): string {
  const parts: string[] = [];
  let got = 0;
  let seen = 0;
  const first = (n: Node) => (fromEnd ? n.lastChild : n.firstChild);
  const next = (n: Node) => (fromEnd ? n.previousSibling : n.nextSibling);
  let node: Node | null = first(root);
  while (node && got < chars && ++seen <= nodes) {
    let descend = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t.trim()) {
        parts.push(t);
        got += t.length;
      }
    } else if (node.nodeType === 1 && !skipped(node as Element)) descend = true;
    const child = descend ? first(node) : null;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !next(node)) node = node.parentNode;
    node = node && node !== root ? next(node) : null;
  }
  if (fromEnd) parts.reverse();
  return parts.join(' ');
}

/** The main text region: the longest of the first few <article> elements, else <main> / [role=main], else the body. */
function mainRegion(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) return articles[0]!;
  let best: Element | null = null;
  let bestLength = 0;
  for (let i = 0; i < Math.min(articles.length, GATE_LIMITS.articles); i++) {
    const a = articles[i]!;
    const length = a.textContent?.length ?? 0;
    if (length > bestLength) {
      best = a;
      bestLength = length;
    }
  }
  return best ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** What the brand test reads: title, og:site_name, first h1, then both ends of the main region's text. */
function brandTexts(doc: Document): [string, () => string] {
  const title = doc.title ?? '';
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  const region = () => {
    const root = mainRegion(doc);
    if (!root) return '';
    const head = edgeText(root, false, GATE_LIMITS.edgeChars, GATE_LIMITS.edgeNodes);
    const tail = edgeText(root, true, GATE_LIMITS.edgeChars, GATE_LIMITS.edgeNodes);
    return `${head}\n${tail}`;
  };
  return [`${title}\n${siteName}\n${h1}`, region];
}

/** `brands` is a RegExp or anything with test(text), such as brandTest() from ./brand-pattern; made on first use. */
export function gate(doc: Document, url: string, brands: TextTest | (() => TextTest)): GateReason | null {
  let original = url;
  try {
    const unwrapped = unwrapUrl(url);
    if (unwrapped.wrapper) return 'wrapper';
    original = unwrapped.url;
  } catch {
    return null; // not an http(s) page
  }
  if (isOutletAddress(original, url, true)) return 'site';
  const html = doc.documentElement;
  if (/\btranslated-(ltr|rtl)\b/.test(html?.getAttribute('class') ?? '') || doc.querySelector('font[style*="vertical-align"]')) return 'mt-residue';
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href');
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (isOutletAddress(canonical, url, false) || isOutletAddress(ogUrl, url, false)) return 'canonical';
  const hosts = new HostCache();
  const links = anchorsOf(doc);
  const nLinks = Math.min(links.length, GATE_LIMITS.links);
  for (let i = 0; i < nLinks; i++) {
    const h = anchorHost(links[i]!, url);
    const v = h ? hosts.verdict(h.host, h.path) : null;
    if (v && v.policy !== 'public-media') return 'link';
  }
  const images = doc.images ?? doc.querySelectorAll('img[src]');
  const nImages = Math.min(images.length, GATE_LIMITS.media);
  for (let i = 0; i < nImages; i++) {
    const h = imageHost(images[i]!.getAttribute('src'));
    const v = h ? hosts.verdict(h.host, h.path) : null;
    if (v && v.policy !== 'public-media') return 'link';
  }
  const test = typeof brands === 'function' ? brands() : brands;
  const [head, region] = brandTexts(doc);
  if (test.test(head)) return 'brand';
  if (test.test(region())) return 'brand';
  return null;
}
