/*
 * Reads a page's digest (core/gate/digest.ts): the little the background's gate needs, read off the live page in
 * about the time of one plain pass over its text nodes. No registry, no brand table, no regular expression per
 * node here: the decisions are the background's, off the page's main thread. It reads: the address; title,
 * og:site_name, the first <h1>, canonical, og:url, <html lang>; the <html> class and whether any <font> carries
 * Google Translate's vertical-align; the hosts of the first DIGEST_LIMITS.links links (the browser's own parse,
 * a.hostname) and DIGEST_LIMITS.media absolutely addressed images; and the first and last DIGEST_LIMITS.edgeChars
 * characters of the main text region (the longest <article>, else <main>, else the body), skipping scripts,
 * styles, navigation and menus. Never the whole text of the page.
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

/**
 * The main text region: the longest of the first few <article> elements, else <main> / [role=main], else the
 * body. `marked`: an <article> or <main> the page marked as such, whose text is the article's (the body is not).
 */
function mainRegion(doc: Document): { root: Element | null; marked: boolean } {
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) return { root: articles[0]!, marked: true };
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
  if (best) return { root: best, marked: true };
  const main = doc.querySelector('main, [role="main"]');
  return main ? { root: main, marked: true } : { root: doc.body, marked: false };
}

/** Within this, a marked region's text is read with one native textContent; a longer one is walked from its ends. */
const NATIVE_TEXT_CHARS = 200_000;

/**
 * Both ends of the main region's text. A marked region without scripts, styles or navigation inside (most
 * articles) is read with one native textContent, a fraction of the cost of walking it; any other is walked from
 * both ends, skipping those subtrees.
 */
function edges(doc: Document): string {
  const { root, marked } = mainRegion(doc);
  if (!root) return '';
  const n = DIGEST_LIMITS.edgeChars;
  if (marked && !root.querySelector('script, style, nav, menu, [role="navigation"], [role="menu"], [role="menubar"], noscript, template, svg, select, textarea, iframe, object')) {
    const text = root.textContent ?? '';
    if (text.length <= NATIVE_TEXT_CHARS) return text.length <= 2 * n ? text : `${text.slice(0, n)}\n${text.slice(-n)}`;
  }
  return `${edgeText(root, false, n, DIGEST_LIMITS.edgeNodes)}\n${edgeText(root, true, n, DIGEST_LIMITS.edgeNodes)}`;
}

/** How a link's host appears in PageDigest.hosts: lower case, with its first path segment on a path-scoped host. */
export function hostKey(host: string, path: () => string): string {
  const h = host.toLowerCase();
  if (!PATH_SCOPED_HOSTS.has(h.startsWith('www.') ? h.slice(4) : h)) return h;
  const p = path();
  const slash = p.indexOf('/', 1);
  return `${h}${slash < 0 ? p : p.slice(0, slash)}`;
}

function addHost(out: Set<string>, host: string, path: () => string): void {
  if (host) out.add(hostKey(host, path));
}

function linkHosts(doc: Document, base: string, out: Set<string>): void {
  const links = doc.links ?? doc.querySelectorAll('a[href]');
  const n = Math.min(links.length, DIGEST_LIMITS.links);
  let last = '';
  for (let i = 0; i < n; i++) {
    const a = links[i] as HTMLAnchorElement;
    if (typeof a.hostname === 'string') {
      const h = a.hostname;
      if (h !== last) addHost(out, (last = h), () => a.pathname);
      continue;
    }
    // linkedom (tests, the scanner): no URL properties on anchors.
    try {
      const u = new URL(a.getAttribute('href') ?? '', base);
      addHost(out, u.hostname, () => u.pathname);
    } catch {
      /* not an address */
    }
  }
}

/** The host of an absolute or protocol-relative address written in an attribute ("https://h/…", "//h/…"), else "". */
function hostOfAttribute(src: string): string {
  let i = 0;
  while (src.charCodeAt(i) <= 32 && i < src.length) i++;
  const c = src.charCodeAt(i) | 32;
  if (c === 104 /* h */) {
    const colon = src.indexOf('://', i);
    if (colon < 0 || colon > i + 5) return '';
    i = colon + 3;
  } else if (src.charCodeAt(i) === 47 && src.charCodeAt(i + 1) === 47) i += 2;
  else return '';
  let end = i;
  for (; end < src.length; end++) {
    const ch = src.charCodeAt(end);
    if (ch === 47 || ch === 63 || ch === 35 || ch === 58 || ch === 92 || ch <= 32) break;
  }
  return src.slice(i, end);
}

function imageHosts(doc: Document, out: Set<string>): void {
  const images = doc.images ?? doc.querySelectorAll('img[src]');
  const n = Math.min(images.length, DIGEST_LIMITS.media);
  let last = '';
  for (let i = 0; i < n; i++) {
    const src = images[i]!.getAttribute('src');
    const host = src ? hostOfAttribute(src) : '';
    if (host && host !== last) {
      last = host;
      addHost(out, host, () => /^(?::\d*)?([^?#\s]*)/.exec(src!.slice(src!.indexOf(host) + host.length))?.[1] || '/');
    }
  }
}

function clip(s: string | null | undefined): string {
  return s ? s.slice(0, DIGEST_LIMITS.textChars) : '';
}

export function readDigest(doc: Document, url: string): PageDigest {
  const html = doc.documentElement;
  const attr = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name) ?? null;
  const hosts = new Set<string>();
  linkHosts(doc, doc.baseURI || url, hosts);
  imageHosts(doc, hosts);
  const cls = html?.getAttribute('class') ?? '';
  return {
    url,
    title: clip(doc.title),
    siteName: clip(attr('meta[property="og:site_name"]', 'content')),
    h1: clip(doc.querySelector('h1')?.textContent),
    canonical: attr('link[rel="canonical" i]', 'href'),
    ogUrl: attr('meta[property="og:url"]', 'content'),
    lang: html?.getAttribute('lang') ?? null,
    mtResidue: /\btranslated-(ltr|rtl)\b/.test(cls) || (doc.getElementsByTagName('font').length > 0 && !!doc.querySelector('font[style*="vertical-align"]')),
    hosts: [...hosts].slice(0, DIGEST_LIMITS.hosts),
    edges: edges(doc),
  };
}
