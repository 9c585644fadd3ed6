/*
 * Reads a page's digest (core/gate/digest.ts): the little the background's gate needs, read off the live page.
 * No registry, no brand table, no regular expression per node here: the decisions are the background's, off the
 * page's main thread. It reads: the address; title, og:site_name, the first <h1>, canonical, og:url, <html lang>;
 * the <html> class and whether any <font> carries Google Translate's vertical-align; the hosts of the first
 * DIGEST_LIMITS.links links (the browser's own parse, a.hostname, each distinct host keyed once) and of the first
 * DIGEST_LIMITS.media images (img.src, resolved by the browser; the page's own host left out); and the first and
 * last DIGEST_LIMITS.edgeChars characters of the main text region (the longest <article>, else <main>, else the
 * body), walked from both ends with text nodes joined by a space ("<p>Quelle: RT</p><p>Mehr" keeps "RT" a word;
 * one native textContent would glue it to "Mehr"), skipping scripts, styles, navigation and menus. Never the whole
 * text of the page.
 *
 * Cost, measured by `npm run bench`: most of it is not the reading but the first touch of each DOM interface in the
 * content script's fresh isolated world (wrappers and prototypes are made per world), so the digest touches as few
 * kinds of nodes as it can (img.src instead of parsing attributes, a.hostname instead of URL objects).
 *
 * | page                                              | digest                                          |
 * |---------------------------------------------------|-------------------------------------------------|
 * | links to https://www.rt.com/… and /local/…        | hosts ["www.rt.com", "<own host>"]              |
 * | a link to https://odysee.com/@rtfrance:a/v        | hosts ["odysee.com/@rtfrance:a"] (path-scoped)  |
 * | <base href="https://de.rt.com/"> + relative links | hosts ["de.rt.com"]                             |
 * | <img src="//cdni.rt.com/x.jpg">, <img src="x.jpg">| hosts ["cdni.rt.com"] (a relative one is own)   |
 * | "Quelle: TASS" as the article's last line         | edges end with "Quelle: TASS"                   |
 * | "RT" only in <nav>, role=menu, <script>           | not in edges                                    |
 * | <font style="vertical-align: inherit">            | mtResidue true                                  |
 */
import { DIGEST_LIMITS, PATH_SCOPED_HOSTS, type PageDigest } from '../core/gate/digest';
import { splitAddress } from '../core/address';
import type { ServedPage } from '../core/types';

// Subtrees the edges skip: not article text (code, styles, forms) or navigation, where a brand is a menu entry
// ("TV guide: BBC, CNN, RT") rather than something the page says.
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
  let node: Node | null = fromEnd ? root.lastChild : root.firstChild;
  while (node && got < chars && ++seen <= nodes) {
    let child: Node | null = null;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t.trim()) {
        parts.push(t);
        got += t.length;
      }
    } else if (node.nodeType === 1 && !skipped(node as Element)) child = fromEnd ? node.lastChild : node.firstChild;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !(fromEnd ? node.previousSibling : node.nextSibling)) node = node.parentNode;
    node = node && node !== root ? (fromEnd ? node.previousSibling : node.nextSibling) : null;
  }
  if (fromEnd) parts.reverse();
  const text = parts.join(' ');
  return fromEnd ? text.slice(-chars) : text.slice(0, chars);
}

/** The main text region: the longest of the first few <article> elements, else <main> / [role=main], else the body. */
function mainRegion(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) return articles[0]!;
  let best: Element | null = null;
  let bestLength = 0;
  for (let i = 0; i < Math.min(articles.length, DIGEST_LIMITS.articles); i++) {
    const a = articles[i]!;
    const length = a.textContent?.length ?? 0;
    if (length > bestLength) {
      best = a;
      bestLength = length;
    }
  }
  return best ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** Both ends of the main region's text, walked (text nodes joined by a space, skipping scripts, styles, navigation). */
function edges(doc: Document): string {
  const root = mainRegion(doc);
  if (!root) return '';
  const n = DIGEST_LIMITS.edgeChars;
  return `${edgeText(root, false, n, DIGEST_LIMITS.edgeNodes)}\n${edgeText(root, true, n, DIGEST_LIMITS.edgeNodes)}`;
}

/** How a link's host appears in PageDigest.hosts: lower case, with its first path segment on a path-scoped host. */
export function hostKey(host: string, path: () => string): string {
  const h = host.toLowerCase();
  if (!PATH_SCOPED_HOSTS.has(h.startsWith('www.') ? h.slice(4) : h)) return h;
  const p = path();
  const slash = p.indexOf('/', 1);
  const key = `${h}${slash < 0 ? p : p.slice(0, slash)}`;
  // A long (percent-encoded) first segment is nobody's channel in the registry: the host alone then.
  return key.length <= DIGEST_LIMITS.hostChars ? key : h;
}

function addHost(out: Set<string>, host: string, path: () => string): void {
  if (host) out.add(hostKey(host, path));
}

function linkHosts(doc: Document, base: () => string, out: Set<string>): void {
  const links = doc.links ?? doc.querySelectorAll('a[href]');
  const n = Math.min(links.length, DIGEST_LIMITS.links);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const a = links[i] as HTMLAnchorElement;
    const h = a.hostname;
    if (typeof h === 'string') {
      // Most links share a handful of hosts: each is keyed once (path-scoped hosts each time, by their path).
      if (!seen.has(h)) {
        seen.add(h);
        const key = hostKey(h, () => a.pathname);
        if (key !== h.toLowerCase()) seen.delete(h);
        if (key) out.add(key);
      }
      continue;
    }
    // linkedom (tests, the scanner): no URL properties on anchors.
    try {
      const u = new URL(a.getAttribute('href') ?? '', base());
      addHost(out, u.hostname, () => u.pathname);
    } catch {
      /* not an address */
    }
  }
}

/** Images' hosts from img.src, which the browser has resolved to an absolute address (a relative one is this host). */
function imageHosts(doc: Document, own: string, out: Set<string>): void {
  const images = doc.images ?? doc.querySelectorAll('img[src]');
  const n = Math.min(images.length, DIGEST_LIMITS.media);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const img = images[i] as HTMLImageElement;
    const src = typeof img.src === 'string' && img.src ? img.src : (img.getAttribute('src') ?? '');
    // The host part of the address, as a string to skip repeats cheaply (most images share a CDN host).
    const head = src.slice(0, src.indexOf('/', src.indexOf('//') + 2) >>> 0);
    if (seen.has(head)) continue;
    seen.add(head);
    const parts = splitAddress(src.startsWith('//') ? `https:${src}` : src);
    if (parts && parts.host && parts.host.toLowerCase() !== own) out.add(hostKey(parts.host, () => parts.path));
  }
}

function clip(s: string | null | undefined): string {
  return s ? s.slice(0, DIGEST_LIMITS.textChars) : '';
}

/** Google Translate's residue: html.translated-ltr/rtl, or a <font> carrying its vertical-align. */
function hasResidue(doc: Document): boolean {
  const cls = doc.documentElement?.getAttribute('class') ?? '';
  return /\btranslated-(ltr|rtl)\b/.test(cls) || (doc.getElementsByTagName('font').length > 0 && !!doc.querySelector('font[style*="vertical-align"]'));
}

/**
 * The page as served: its <html lang> and whether translation residue is there. Read once, when the content script
 * first runs (document_idle), before the reader's browser can have translated it; the background's engine tells a
 * publisher's translated copy from the reader's own translation by it (core/signals/mt-dom-residue.ts).
 */
export function servedPage(doc: Document): ServedPage {
  return { lang: doc.documentElement?.getAttribute('lang')?.slice(0, 64) ?? null, residue: hasResidue(doc) };
}

export function readDigest(doc: Document, url: string): PageDigest {
  const html = doc.documentElement;
  const attr = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name) ?? null;
  const hosts = new Set<string>();
  linkHosts(doc, () => doc.baseURI || url, hosts);
  imageHosts(doc, splitAddress(url)?.host.toLowerCase() ?? '', hosts);
  return {
    url,
    title: clip(doc.title),
    siteName: clip(attr('meta[property="og:site_name"]', 'content')),
    h1: clip(doc.querySelector('h1')?.textContent),
    canonical: attr('link[rel="canonical" i]', 'href'),
    ogUrl: attr('meta[property="og:url"]', 'content'),
    lang: html?.getAttribute('lang') ?? null,
    mtResidue: hasResidue(doc),
    hosts: [...hosts].slice(0, DIGEST_LIMITS.hosts),
    edges: edges(doc),
  };
}
