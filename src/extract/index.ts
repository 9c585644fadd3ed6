// Document + address → PageFacts. Takes the document as a parameter, so it runs in the browser and in Node.
import type { LinkFact, PageFacts } from '../core/types';
import { articleOf, articleSource, readArticle, type Article } from './article';
import { readJsonLd } from './jsonld';
import { LIMITS, bodyOf, clip, firstWithin, squash, textOf } from './limits';
import { readMetadata } from './metadata';
import { selectorOf } from './selector';
import { resolveHttpUrl } from './url';

const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, figcaption, td';

/**
 * The elements extraction reads off the whole document, found in one walk over its elements in page order (as
 * querySelector would find them; <template> contents are skipped, as querySelectorAll does). In linkedom each
 * querySelector(All) is a walk of its own with a selector engine: a dozen of them cost more than Readability
 * on some pages; in the browser one walk costs about what the native queries did.
 */
interface Found {
  /** First base[href]. */
  base: Element | null;
  /** Every meta element. */
  metas: Element[];
  /** First title, first h1, first link[rel="canonical" i]. */
  title: Element | null;
  h1: Element | null;
  canonical: Element | null;
  /** The first LIMITS.jsonLdBlocks script[type="application/ld+json" i]. */
  jsonLd: Element[];
  /** The first LIMITS.links a[href]. */
  anchors: Element[];
  /** The first LIMITS.captions × 4 elements matching CAPTIONS. */
  captions: Element[];
  /** Elements with a CAPTIONS element below them (over the whole document). */
  holdsCaption: Set<Element>;
  /** How many font[style*="vertical-align: inherit" i]. */
  fontInherit: number;
}

// CAPTIONS below, as one test: figcaption, or a class attribute holding one of these (any case).
const CAPTION_CLASS = /caption|credit|didascal|legende|bildunterschrift|copyright/i;
const FONT_INHERIT = /vertical-align: inherit/i;

/** attr equals value (lower case) in any case, as selectors [attr="value" i] compare. */
function equalsIgnoringCase(attr: string | null, value: string): boolean {
  return attr !== null && attr.length === value.length && attr.toLowerCase() === value;
}

function findElements(doc: Document): Found {
  const f: Found = { base: null, metas: [], title: null, h1: null, canonical: null, jsonLd: [], anchors: [], captions: [], holdsCaption: new Set(), fontInherit: 0 };
  const maxCaptions = LIMITS.captions * 4;
  let node: Element | null = doc.documentElement;
  while (node) {
    const name: string = node.localName?.toLowerCase() ?? '';
    switch (name) {
      case 'a':
        if (f.anchors.length < LIMITS.links && node.hasAttribute('href')) f.anchors.push(node);
        break;
      case 'meta':
        f.metas.push(node);
        break;
      case 'script':
        if (f.jsonLd.length < LIMITS.jsonLdBlocks && equalsIgnoringCase(node.getAttribute('type'), 'application/ld+json')) f.jsonLd.push(node);
        break;
      case 'link':
        if (!f.canonical && equalsIgnoringCase(node.getAttribute('rel'), 'canonical')) f.canonical = node;
        break;
      case 'base':
        if (!f.base && node.hasAttribute('href')) f.base = node;
        break;
      case 'title':
        f.title ??= node;
        break;
      case 'h1':
        f.h1 ??= node;
        break;
      case 'font':
        if (FONT_INHERIT.test(node.getAttribute('style') ?? '')) f.fontInherit++;
        break;
      default:
        break;
    }
    if (name === 'figcaption' || CAPTION_CLASS.test(node.getAttribute('class') ?? '')) {
      if (f.captions.length < maxCaptions) f.captions.push(node);
      for (let up = node.parentElement; up && !f.holdsCaption.has(up); up = up.parentElement) f.holdsCaption.add(up);
    }
    const child: Element | null = name === 'template' ? null : node.firstElementChild;
    if (child) {
      node = child;
      continue;
    }
    while (node && !node.nextElementSibling) node = node.parentElement;
    node = node?.nextElementSibling ?? null;
  }
  return f;
}

function baseOf(found: Found, url: string): string {
  return resolveHttpUrl(found.base?.getAttribute('href'), url) ?? url;
}

function paragraphsOf(root: ParentNode | null): string[] {
  if (!root) return [];
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (out.length >= LIMITS.paragraphs) break;
    // Nested blocks (p inside li, li inside li) would repeat text: keep the innermost.
    if (el.querySelector(BLOCKS)) continue;
    const t = squash(el.textContent, LIMITS.paragraphChars);
    if (t) out.push(t);
  }
  return out;
}

interface DocLink {
  href: string;
  text: string;
  selector: string | undefined;
}

/** Every link of the document, in page order (read before Readability may rearrange the document). */
/** Which links get a CSS selector (evidence can point at them on the page); all unless the caller knows better. */
export type SelectorFilter = (href: string) => boolean;

function docLinksOf(found: Found, base: string, wantsSelector?: SelectorFilter): DocLink[] {
  const out: DocLink[] = [];
  for (const a of found.anchors) {
    const href = resolveHttpUrl(a.getAttribute('href'), base);
    if (!href) continue;
    const text = textOf(a, 300) || squash(a.getAttribute('title'), 300) || squash(firstWithin(a, 'img')?.getAttribute('alt'), 300);
    out.push({ href, text, selector: !wantsSelector || wantsSelector(href) ? selectorOf(a) : undefined });
  }
  return out;
}

/** The document's links, each marked when the article holds a link with the same address and text. */
function linksOf(docLinks: DocLink[], articleRoot: Element | null, base: string): LinkFact[] {
  const inArticle = new Set<string>();
  if (articleRoot) {
    for (const a of Array.from(articleRoot.querySelectorAll('a[href]')).slice(0, LIMITS.links)) {
      const href = resolveHttpUrl(a.getAttribute('href'), base);
      if (href) inArticle.add(`${href}\u0000${textOf(a, 300)}`);
    }
  }
  return docLinks.map(({ href, text, selector }) => ({ href, text, inArticle: inArticle.has(`${href}\u0000${text}`), selector }));
}

function ogImageOf(found: Found, base: string): string | null {
  return resolveHttpUrl(found.metas.find((m) => m.getAttribute('property') === 'og:image')?.getAttribute('content'), base);
}

function mediaOf(ogImage: string | null, scope: ParentNode, base: string): string[] {
  const out = new Set<string>();
  if (ogImage) out.add(ogImage);
  for (const el of Array.from(scope.querySelectorAll('img[src], video[src], audio[src], source[src], iframe[src]'))) {
    if (out.size >= LIMITS.media) break;
    const u = resolveHttpUrl(el.getAttribute('src'), base);
    if (u) out.add(u);
  }
  return [...out];
}

// Captions and credit lines: Readability often drops them, yet "© Sputnik / Name" under a photo is a citation.
// CAPTIONS = 'figcaption, [class*="caption" i], [class*="credit" i], [class*="didascal" i], [class*="legende" i],
// [class*="bildunterschrift" i], [class*="copyright" i]' (found by findElements).
function captionsOf(found: Found): string[] {
  const out = new Set<string>();
  for (const el of found.captions) {
    if (out.size >= LIMITS.captions) break;
    if (found.holdsCaption.has(el)) continue; // the innermost caption element only
    const t = squash(el.textContent, LIMITS.captionChars + 1);
    if (t && t.length <= LIMITS.captionChars) out.add(t);
  }
  return [...out];
}

function archivedFromHeader(doc: Document, url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (!/(^|\.)archive\.(today|ph|is|li|vn|fo|md)$/i.test(host)) return null;
  // archive.today pages repeat the original address in the header's form field and in its "Saved from" link.
  const field = doc.querySelector('input[name="q"], input[name="url"]')?.getAttribute('value');
  return resolveHttpUrl(field, url);
}

/** What extraction reads off the whole document, before Readability may rearrange it. */
interface DocumentFacts {
  base: string;
  meta: ReturnType<typeof readMetadata>;
  jsonLd: PageFacts['jsonLd'];
  archivedFrom: string | null;
  captions: string[];
  links: DocLink[];
  ogImage: string | null;
  mtResidue: PageFacts['mtResidue'];
}

function documentFacts(doc: Document, url: string, wantsSelector?: SelectorFilter): DocumentFacts {
  const found = findElements(doc);
  const base = baseOf(found, url);
  const htmlClass = doc.documentElement?.getAttribute('class') ?? '';
  return {
    base,
    meta: readMetadata(doc, base, found),
    jsonLd: readJsonLd(doc, found.jsonLd),
    archivedFrom: archivedFromHeader(doc, url),
    captions: captionsOf(found),
    links: docLinksOf(found, base, wantsSelector),
    ogImage: ogImageOf(found, base),
    mtResidue: {
      fontInherit: found.fontInherit,
      translatedClass: /\btranslated-(ltr|rtl)\b/.test(htmlClass),
    },
  };
}

function assemble(url: string, d: DocumentFacts, article: Article, text: string, paragraphs: string[], media: string[]): PageFacts {
  return {
    url,
    declaredLanguage: d.meta.declaredLanguage,
    detectedLanguage: null,
    title: d.meta.title,
    headline: d.meta.headline ?? article.title,
    siteName: d.meta.siteName,
    canonical: d.meta.canonical,
    ogUrl: d.meta.ogUrl,
    jsonLd: d.jsonLd,
    archivedFrom: d.archivedFrom,
    text,
    paragraphs,
    byline: article.byline,
    captions: d.captions,
    links: linksOf(d.links, article.root, d.base),
    media,
    mtResidue: d.mtResidue,
  };
}

/**
 * Page facts in steps, for a caller that gives the page its turn between them (the content script: each step is
 * one task). Each `yield` comes after a step: the document's own facts (links, metadata, captions), the clone
 * for Readability, Readability itself, then the rest. The document is left as it was (Readability reads a clone).
 * `wantsSelector`: as in extractFactsInPlace.
 */
export function* extractSteps(doc: Document, url: string, wantsSelector?: SelectorFilter): Generator<void, PageFacts, void> {
  const d = documentFacts(doc, url, wantsSelector);
  yield;
  const source = articleSource(doc);
  yield;
  const article = articleOf(source);
  yield;
  const body = bodyOf(doc);
  const text = article.text || clip(body?.textContent ?? '', LIMITS.textChars);
  const paragraphs = paragraphsOf(article.root ?? body ?? null);
  return assemble(url, d, article, text, paragraphs, mediaOf(d.ogImage, article.root ?? doc, d.base));
}

/** Page facts in one go; the document is left as it was (Readability reads a clone). */
export function extractFacts(doc: Document, url: string, wantsSelector?: SelectorFilter): PageFacts {
  const steps = extractSteps(doc, url, wantsSelector);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same facts as extractFacts, for a caller that owns the document and never reads it again (the Node
 * scanner parses each page for this alone): Readability works on the document itself, which saves a deep
 * clone (in linkedom about a quarter of parsing the page plus Readability). When Readability finds no article
 * text, extractFacts falls back on the body's text and paragraphs, which Readability has rearranged by then:
 * `reparse` gives an untouched copy of the page for that (Readability's answer is the same on any copy, so it
 * does not run again). `wantsSelector`: only links it accepts get a selector (the scanner passes the links to
 * registered outlets' hosts, the only ones evidence points at: a selector costs a walk up the page).
 */
export function extractFactsInPlace(doc: Document, url: string, reparse: () => Document, wantsSelector?: SelectorFilter): PageFacts {
  const d = documentFacts(doc, url, wantsSelector);
  const article = readArticle(doc, { inPlace: true });
  if (article.text && article.root) {
    return assemble(url, d, article, article.text, paragraphsOf(article.root), mediaOf(d.ogImage, article.root, d.base));
  }
  const fresh = reparse();
  const body = bodyOf(fresh);
  const text = article.text || clip(body?.textContent ?? '', LIMITS.textChars);
  const paragraphs = paragraphsOf(article.root ?? body ?? null);
  return assemble(url, d, article, text, paragraphs, mediaOf(d.ogImage, article.root ?? fresh, d.base));
}
