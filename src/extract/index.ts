// Document + address → PageFacts. Takes the document as a parameter, so it runs in the browser and in Node.
import type { LinkFact, PageFacts } from '../core/types';
import { readArticle, type Article } from './article';
import { articleParts } from './article-parts';
import { readJsonLd } from './jsonld';
import { LIMITS, bodyOf, clip, firstWithin, squash, textOf } from './limits';
import { CreditWalk, creditUnits, isCaptionElement } from './credits';
import { readMetadata } from './metadata';
import { RegionWalk, removeRegions } from './regions';
import { selectorOf, type SiblingNumbers } from './selector';
import { structureWalk, type StructureWalk } from './structure';
import { httpUrlResolver, resolveHttpUrl } from './url';

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
  /** Entries (headed and cited links) and prose per element, for the page's structure fact. */
  structure: StructureWalk;
  /** Comment sections, sidebars, related blocks, embeds (regions.ts); per anchor and caption, the region it is in. */
  regions: RegionWalk;
  anchorIn: (Element | null)[];
  captionIn: (Element | null)[];
  /** Media credits (credits.ts); per anchor, whether it is inside one. */
  credits: CreditWalk;
  anchorCredit: boolean[];
  /** Logo images and SVG titles (a class, id, alt or file name says "logo"), and footers: where a page names itself. */
  logos: Element[];
  footers: Element[];
}

/** "logo" in an element's class, id, alt or src, or its parent's class or id. */
const LOGO = /logo/i;
function isLogo(node: Element): boolean {
  const up = node.parentElement;
  return LOGO.test(node.getAttribute('class') ?? '') || LOGO.test(node.getAttribute('id') ?? '') || LOGO.test(node.getAttribute('src') ?? '') || LOGO.test(node.getAttribute('alt') ?? '') || (!!up && (LOGO.test(up.getAttribute('class') ?? '') || LOGO.test(up.getAttribute('id') ?? '')));
}

// CAPTIONS below, as one test: credits.ts isCaptionElement.
const FONT_INHERIT = /vertical-align: inherit/i;

/** attr equals value (lower case) in any case, as selectors [attr="value" i] compare. */
function equalsIgnoringCase(attr: string | null, value: string): boolean {
  return attr !== null && attr.length === value.length && attr.toLowerCase() === value;
}

function findElements(doc: Document): Found {
  const f: Found = { base: null, metas: [], title: null, h1: null, canonical: null, jsonLd: [], anchors: [], captions: [], holdsCaption: new Set(), fontInherit: 0, structure: structureWalk(), regions: new RegionWalk(), anchorIn: [], captionIn: [], credits: new CreditWalk(), anchorCredit: [], logos: [], footers: [] };
  const maxCaptions = LIMITS.captions * 4;
  let node: Element | null = doc.documentElement;
  while (node) {
    const name: string = node.localName?.toLowerCase() ?? '';
    const region = f.regions.visit(node, name);
    const isCaption = isCaptionElement(node, name);
    const inCredit = f.credits.visit(node, name, isCaption);
    switch (name) {
      case 'a':
        if (f.anchors.length < LIMITS.links && node.hasAttribute('href')) {
          f.anchors.push(node);
          f.anchorIn.push(region);
          f.anchorCredit.push(inCredit);
        }
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
        // An SVG's <title> names the drawing: a logo's is the brand.
        if (node.parentElement?.localName?.toLowerCase() === 'svg') {
          if (f.logos.length < LIMITS.logos && isLogo(node.parentElement)) f.logos.push(node);
        } else f.title ??= node;
        break;
      case 'img':
        if (f.logos.length < LIMITS.logos && node.hasAttribute('alt') && isLogo(node)) f.logos.push(node);
        break;
      case 'footer':
        if (f.footers.length < 2) f.footers.push(node);
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
    f.regions.addProse(region, f.structure.visit(node, name));
    if (isCaption) {
      if (f.captions.length < maxCaptions) {
        f.captions.push(node);
        f.captionIn.push(region);
      }
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

/** The copyright line's holder ("© 2025 DER SPIEGEL GmbH & Co. KG" → "DER SPIEGEL GmbH & Co. KG"), from the footers. */
const COPYRIGHT_MARKS = ['©', '(c)', 'copyright'];
/** Years and "by" before the holder: bounded quantifiers only (the regex audit). */
const BEFORE_HOLDER = /^\s{0,5}(?:\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?)?\s{0,5}(?:by\s{1,3})?/i;

function copyrightHolder(text: string): string {
  const lower = text.toLowerCase();
  let at = -1;
  let mark = '';
  for (const m of COPYRIGHT_MARKS) {
    const i = lower.indexOf(m);
    if (i >= 0 && (at < 0 || i < at)) [at, mark] = [i, m];
  }
  if (at < 0) return '';
  const rest = text.slice(at + mark.length, at + mark.length + 120);
  const after = rest.slice(BEFORE_HOLDER.exec(rest)?.[0].length ?? 0);
  let end = 0;
  while (end < after.length && end < 80 && !'\n|.'.includes(after[end]!)) end++;
  return end >= 2 ? squash(after.slice(0, end), 120) : '';
}

function identityOf(found: Found, appName: string | null, websiteNames: string[]): NonNullable<PageFacts['identity']> {
  const logos = new Set<string>();
  for (const el of found.logos) {
    const t = squash(el.localName?.toLowerCase() === 'img' ? el.getAttribute('alt') : el.textContent, 200);
    if (t) logos.add(t);
  }
  const copyright = new Set<string>();
  for (const footer of found.footers) {
    const holder = copyrightHolder(textOf(footer, 4_000));
    if (holder) copyright.add(holder);
  }
  return { appName, websiteNames: websiteNames.slice(0, LIMITS.logos), logos: [...logos], copyright: [...copyright] };
}

function baseOf(found: Found, url: string): string {
  return resolveHttpUrl(found.base?.getAttribute('href'), url) ?? url;
}

/** Innermost text blocks' text (nested blocks, p inside li, li inside li, would repeat it), and which are quoted. */
function paragraphsOf(blocks: Element[], quoted: readonly boolean[] = []): { paragraphs: string[]; quotedIdx: number[] } {
  const out: string[] = [];
  const quotedIdx: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (out.length >= LIMITS.paragraphs) break;
    const t = squash(blocks[i]!.textContent, LIMITS.paragraphChars);
    if (!t) continue;
    if (quoted[i]) quotedIdx.push(out.length);
    out.push(t);
  }
  return { paragraphs: out, quotedIdx };
}

interface DocLink {
  href: string;
  text: string;
  selector: string | undefined;
  /** Inside a media credit (credits.ts). */
  inCredit: boolean;
}

/** Which links get a CSS selector (evidence can point at them on the page); all unless the caller knows better. */
export type SelectorFilter = (href: string) => boolean;

type Resolve = (raw: string | null | undefined) => string | null;

/** Every link of the document, in page order (read before Readability may rearrange the document). */
function docLinksOf(found: Found, resolve: Resolve, wantsSelector?: SelectorFilter): DocLink[] {
  const out: DocLink[] = [];
  // A page links the same few addresses many times: ask the filter once per address.
  const wants = new Map<string, boolean>();
  const numbers: SiblingNumbers = new Map();
  for (const [i, a] of found.anchors.entries()) {
    if (found.regions.excludes(found.anchorIn[i] ?? null)) continue; // a comment's, a sidebar's link: not the page's
    const href = resolve(a.getAttribute('href'));
    if (!href) continue;
    const text = textOf(a, 300) || squash(a.getAttribute('title'), 300) || squash(firstWithin(a, 'img')?.getAttribute('alt'), 300);
    let w = wants.get(href);
    if (w === undefined) wants.set(href, (w = !wantsSelector || wantsSelector(href)));
    out.push({ href, text, selector: w ? selectorOf(a, numbers) : undefined, inCredit: found.anchorCredit[i] === true });
  }
  return out;
}

/** The document's links, each marked when the article holds a link (`anchors`, its a[href]) with the same address and text. */
function linksOf(docLinks: DocLink[], anchors: Element[], resolve: Resolve): LinkFact[] {
  const inArticle = new Set<string>();
  for (const a of anchors.slice(0, LIMITS.links)) {
    const href = resolve(a.getAttribute('href'));
    if (href) inArticle.add(`${href}\u0000${textOf(a, 300)}`);
  }
  return docLinks.map(({ href, text, selector, inCredit }) => ({ href, text, inArticle: inArticle.has(`${href}\u0000${text}`), selector, ...(inCredit ? { inCredit } : {}) }));
}

function ogImageOf(found: Found, resolve: Resolve): string | null {
  return resolve(found.metas.find((m) => m.getAttribute('property') === 'og:image')?.getAttribute('content'));
}

function mediaOf(ogImage: string | null, elements: Element[], resolve: Resolve): string[] {
  const out = new Set<string>();
  if (ogImage) out.add(ogImage);
  for (const el of elements) {
    if (out.size >= LIMITS.media) break;
    const u = resolve(el.getAttribute('src'));
    if (u) out.add(u);
  }
  return [...out];
}

// Captions and credit lines: Readability often drops them, yet "© Sputnik / Name" under a photo is a citation.
// CAPTIONS = 'figcaption, [class*="caption" i], [class*="credit" i], [class*="didascal" i], [class*="legende" i],
// [class*="bildunterschrift" i], [class*="copyright" i]' (found by findElements).
function captionsOf(found: Found): string[] {
  const out = new Set<string>();
  for (const [i, el] of found.captions.entries()) {
    if (out.size >= LIMITS.captions) break;
    if (found.regions.excludes(found.captionIn[i] ?? null)) continue;
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
  meta: ReturnType<typeof readMetadata>;
  jsonLd: PageFacts['jsonLd'];
  archivedFrom: string | null;
  captions: string[];
  links: DocLink[];
  ogImage: string | null;
  mtResidue: PageFacts['mtResidue'];
  structure: PageFacts['structure'];
  /** Addresses resolved against the page's base, memoised for the page. */
  resolve: Resolve;
  /** The regions (regions.ts) to take out of the document before Readability. */
  regions: Element[];
  /** The media credits (credits.ts): their text is no article paragraph. */
  credits: ReadonlySet<Element>;
  identity: NonNullable<PageFacts['identity']>;
}

function documentFacts(doc: Document, url: string, wantsSelector?: SelectorFilter): DocumentFacts {
  const found = findElements(doc);
  const base = baseOf(found, url);
  const resolve = httpUrlResolver(base);
  const htmlClass = doc.documentElement?.getAttribute('class') ?? '';
  const meta = readMetadata(doc, base, found);
  const { types, websiteNames, ...jsonLd } = readJsonLd(found.jsonLd);
  return {
    meta,
    jsonLd,
    identity: identityOf(found, meta.appName, websiteNames),
    archivedFrom: archivedFromHeader(doc, url),
    captions: captionsOf(found),
    links: docLinksOf(found, resolve, wantsSelector),
    ogImage: ogImageOf(found, resolve),
    mtResidue: {
      fontInherit: found.fontInherit,
      translatedClass: /\btranslated-(ltr|rtl)\b/.test(htmlClass),
      htmlLang: meta.htmlLanguage,
      metaLang: meta.metaLanguage,
    },
    structure: found.structure.finish(resolve, url, types, meta.ogType),
    resolve,
    regions: found.regions.regions(),
    credits: found.credits.units,
  };
}

/**
 * The facts once Readability has run: paragraphs, media and links in the article, or (none found) paragraphs in
 * `body` and media anywhere in `doc`, an untouched copy of the page.
 */
function assemble(url: string, d: DocumentFacts, article: Article, text: string, body: Element | null, doc: Document): PageFacts {
  const parts = article.root ? articleParts(article.root, d.credits) : null;
  const own = parts ?? (body ? articleParts(body, creditUnits(doc)) : null);
  const { paragraphs, quotedIdx } = paragraphsOf(own?.blocks ?? [], own?.quoted);
  const inline = (own?.inlineQuotes ?? []).map((q) => textOf(q, 500)).filter(Boolean);
  const media = (parts ?? articleParts(doc)).media;
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
    identity: d.identity,
    text,
    paragraphs,
    ...(quotedIdx.length || inline.length ? { quoted: { paragraphs: quotedIdx, inline } } : {}),
    byline: article.byline,
    captions: d.captions,
    links: linksOf(d.links, parts?.anchors ?? [], d.resolve),
    media: mediaOf(d.ogImage, media, d.resolve),
    mtResidue: d.mtResidue,
    structure: d.structure,
  };
}

/**
 * Page facts, for a caller that owns the document and never reads it again (from-markup.ts parses each page for
 * this alone): Readability works on the document itself, which saves a deep clone (in linkedom about a quarter of
 * parsing the page plus Readability). When Readability finds no article text, extraction falls back on the body's
 * text and paragraphs, which Readability has rearranged by then: `reparse` gives an untouched copy of the page
 * for that (Readability's answer is the same on any copy, so it does not run again). `wantsSelector`: only links
 * it accepts get a selector (links to registered outlets' hosts, the only ones evidence points at: a selector
 * costs a walk up the page).
 */
export function extractFacts(doc: Document, url: string, reparse: () => Document, wantsSelector?: SelectorFilter): PageFacts {
  const d = documentFacts(doc, url, wantsSelector);
  // Readability must never take a comment or a sidebar for the article: they leave its document first.
  for (const r of d.regions) r.remove();
  const article = readArticle(doc);
  if (article.text && article.root) return assemble(url, d, article, article.text, null, doc);
  const fresh = reparse();
  removeRegions(fresh);
  const body = bodyOf(fresh);
  const text = article.text || clip(body?.textContent ?? '', LIMITS.textChars);
  return assemble(url, d, article, text, body, fresh);
}
