// Document + address → PageFacts. Takes the document as a parameter, so it runs in the browser and in Node.
import type { LinkFact, PageFacts } from '../core/types';
import { readArticle } from './article';
import { readJsonLd } from './jsonld';
import { LIMITS, clip, squash } from './limits';
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

function linksOf(doc: Document, articleRoot: Element | null, base: string): LinkFact[] {
  const inArticle = new Set<string>();
  if (articleRoot) {
    for (const a of Array.from(articleRoot.querySelectorAll('a[href]')).slice(0, LIMITS.links)) {
      const href = resolveHttpUrl(a.getAttribute('href'), base);
      if (href) inArticle.add(`${href}\u0000${squash(a.textContent, 300)}`);
    }
  }
  const out: LinkFact[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, LIMITS.links)) {
    const href = resolveHttpUrl(a.getAttribute('href'), base);
    if (!href) continue;
    const text = squash(a.textContent, 300) || squash(a.getAttribute('title'), 300) || squash(a.querySelector('img')?.getAttribute('alt'), 300);
    out.push({ href, text, inArticle: inArticle.has(`${href}\u0000${text}`), selector: selectorOf(a) });
  }
  return out;
}

function mediaOf(doc: Document, articleRoot: Element | null, base: string): string[] {
  const scope: ParentNode = articleRoot ?? doc;
  const out = new Set<string>();
  const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
  const ogUrl = resolveHttpUrl(og, base);
  if (ogUrl) out.add(ogUrl);
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

export function extractFacts(doc: Document, url: string): PageFacts {
  const base = baseOf(doc, url);
  const meta = readMetadata(doc, base);
  const article = readArticle(doc);
  const body = doc.body;
  const text = article.text || clip(body?.textContent ?? '', LIMITS.textChars);
  const paragraphs = paragraphsOf(article.root ?? body ?? null);
  const html = doc.documentElement;
  const htmlClass = html?.getAttribute('class') ?? '';
  return {
    url,
    declaredLanguage: meta.declaredLanguage,
    detectedLanguage: null,
    title: meta.title,
    headline: meta.headline ?? article.title,
    siteName: meta.siteName,
    canonical: meta.canonical,
    ogUrl: meta.ogUrl,
    jsonLd: readJsonLd(doc),
    archivedFrom: archivedFromHeader(doc, url),
    text,
    paragraphs,
    byline: article.byline,
    captions: captionsOf(doc),
    links: linksOf(doc, article.root, base),
    media: mediaOf(doc, article.root, base),
    mtResidue: {
      fontInherit: doc.querySelectorAll('font[style*="vertical-align: inherit" i]').length,
      translatedClass: /\btranslated-(ltr|rtl)\b/.test(htmlClass),
    },
  };
}
