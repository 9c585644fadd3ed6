// Document + address → PageFacts. Takes the document as a parameter, so it runs in the browser and in Node.
import type { LinkFact, PageFacts } from '../core/types';
import { readArticle, type Article } from './article';
import { readJsonLd } from './jsonld';
import { LIMITS, bodyOf, clip, firstWithin, squash, textOf } from './limits';
import { readMetadata } from './metadata';
import { selectorOf } from './selector';
import { resolveHttpUrl } from './url';

const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, figcaption, td';

function baseOf(doc: Document, url: string): string {
  return resolveHttpUrl(doc.querySelector('base[href]')?.getAttribute('href'), url) ?? url;
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
function docLinksOf(doc: Document, base: string): DocLink[] {
  const out: DocLink[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, LIMITS.links)) {
    const href = resolveHttpUrl(a.getAttribute('href'), base);
    if (!href) continue;
    const text = textOf(a, 300) || squash(a.getAttribute('title'), 300) || squash(firstWithin(a, 'img')?.getAttribute('alt'), 300);
    out.push({ href, text, selector: selectorOf(a) });
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

function ogImageOf(doc: Document, base: string): string | null {
  return resolveHttpUrl(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), base);
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
const CAPTIONS = 'figcaption, [class*="caption" i], [class*="credit" i], [class*="didascal" i], [class*="legende" i], [class*="bildunterschrift" i], [class*="copyright" i]';

function captionsOf(doc: Document): string[] {
  const out = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(CAPTIONS)).slice(0, LIMITS.captions * 4)) {
    if (out.size >= LIMITS.captions) break;
    if (el.querySelector(CAPTIONS)) continue; // the innermost caption element only
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

function documentFacts(doc: Document, url: string): DocumentFacts {
  const base = baseOf(doc, url);
  const htmlClass = doc.documentElement?.getAttribute('class') ?? '';
  return {
    base,
    meta: readMetadata(doc, base),
    jsonLd: readJsonLd(doc),
    archivedFrom: archivedFromHeader(doc, url),
    captions: captionsOf(doc),
    links: docLinksOf(doc, base),
    ogImage: ogImageOf(doc, base),
    mtResidue: {
      fontInherit: doc.querySelectorAll('font[style*="vertical-align: inherit" i]').length,
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

/** Page facts; the document is left as it was (Readability reads a clone). */
export function extractFacts(doc: Document, url: string): PageFacts {
  const d = documentFacts(doc, url);
  const article = readArticle(doc);
  const body = bodyOf(doc);
  const text = article.text || clip(body?.textContent ?? '', LIMITS.textChars);
  const paragraphs = paragraphsOf(article.root ?? body ?? null);
  return assemble(url, d, article, text, paragraphs, mediaOf(d.ogImage, article.root ?? doc, d.base));
}

/**
 * The same facts as extractFacts, for a caller that owns the document and never reads it again (the Node
 * scanner parses each page for this alone): Readability works on the document itself, which saves a deep
 * clone (in linkedom about a quarter of parsing the page plus Readability). Returns null when Readability finds
 * no article text, since the body text and paragraphs extractFacts then falls back on are no longer there:
 * the caller extracts from a fresh copy of the page with extractFacts.
 */
export function extractFactsInPlace(doc: Document, url: string): PageFacts | null {
  const d = documentFacts(doc, url);
  const article = readArticle(doc, { inPlace: true });
  if (!article.text || !article.root) return null;
  return assemble(url, d, article, article.text, paragraphsOf(article.root), mediaOf(d.ogImage, article.root, d.base));
}
