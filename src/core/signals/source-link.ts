/*
 * source-link: a link to a registered state outlet that the page presents as its SOURCE: the anchor text is a
 * source label or a read-on phrase in any language ("Quelllink", "Source", "Źródło", "Источник", "来源",
 * "Read the original", "Weiterlesen"), or the link follows such a label in its paragraph ("Quelle: <a>RT</a>"),
 * or the link is the outlet's bare address or name standing alone in a paragraph at the start or end of the
 * article ("<p><a>rt.com</a></p>"). Looks at in-article links and at links right next to the article (extraction
 * can leave a source line just outside it): there, a label anchor, or the outlet's address written out as the
 * text of a link to one of its articles (the label before such a link is not among the facts). Ordinary inline links with descriptive text are
 * outlet-link, not this. One signal per outlet network (the first such link): repeats are not more evidence.
 *
 * | case                                                                                  | fires |
 * |---------------------------------------------------------------------------------------|-------|
 * | de: <p><a href=rt.com/russia/…>Quelllink</a></p> in the article                       | yes   |
 * | en: "Source" → tass.com                                                               | yes   |
 * | fr: "Lien source" → francais.rt.com (outlet rt-france)                                | yes   |
 * | es: "Fuente: Sputnik" → sputnikglobe.com                                              | yes   |
 * | pl: "Źródło" → de.rt.com (outlet rt-de)                                               | yes   |
 * | ru: "Источник" → ria.ru                                                               | yes   |
 * | zh: "原文链接" → xinhuanet.com                                                         | yes   |
 * | en: "Read the original" → globaltimes.cn                                              | yes   |
 * | it: paragraph "Fonte: <a>Tass</a>" (label before the link)                            | yes   |
 * | bare "rt.com" alone in the last paragraph                                             | yes   |
 * | bare "RT" alone in the first paragraph                                                | yes   |
 * | "Quelle" → rt.com just after the article (not in it), next to its links               | yes   |
 * | cs: "www.rt.com" → an rt.com article, just after the article (extraction left it out) | yes   |
 * | en: "Read more at <a>BelTA</a>" as the last paragraph                                 | yes   |
 * | de: "Weiterlesen: <a>https://www.rt.com/news/…</a>"                                   | yes   |
 * | it: "Tass" inline: "Dalla Tass si apprendeva …" (La versione di Mosca)                | no (outlet-link) |
 * | en: "said in a statement" → tass.com                                                  | no    |
 * | en: "according to reports" → rt.com                                                   | no    |
 * | bare "RT" inside a sentence in the middle of the article                              | no    |
 * | bare "www.rt.com" → https://www.rt.com/ (home page) alone in the first paragraph      | no    |
 * | "Source" → reuters.com (not a registered state outlet)                                | no    |
 * | "Source" → breitbart.com (ends in "rt.com", not RT)                                   | no    |
 * | "Quelle" → rt.com on de.rt.com itself (the page's own site)                           | no    |
 * | "Quelle" → rt.com in the site footer, far from the article                            | no    |
 * | "rt.com" → https://www.rt.com/ (home page) in the sidebar                             | no    |
 * | "Source" → bbc.com (public media, not a state outlet)                                 | no    |
 * | "Bildquelle" → tass.com (photo credit)                                                | no    |
 * | "Source: <a>RT</a>" in the figcaption of a video's figure (link.inCredit)               | no    |
 * | "Source: <a>RT</a>" at the article's end in p.caption.credit (no media: not inCredit)   | yes   |
 * | "Source: <a>RT</a>" under a site-local logo image (not RT's media: not inCredit)        | yes   |
 */
import { networkIdOf, policyOf } from '../registry/index';
import type { LinkFact } from '../types';
import { exactBrand } from '../brands/index';
import type { Finding, HostMatch, SignalContext } from './context';
import { endsWithSourceLabel, isSourceAnchor } from '../text/source-words';

/** How many links before the article's first or after its last in-article link still count as "next to it". */
const NEAR_LINKS = 4;
/** How many paragraphs at each end of the article count as its start or end. */
const EDGE_PARAGRAPHS = 3;
/** A page is hostile input: at most this many links to state outlets are examined, in this much paragraph text. */
const MAX_CANDIDATES = 50;
const TEXT_BUDGET = 300_000;
/** Occurrences of one link's text looked at for a label before it. */
const MAX_OCCURRENCES = 50;

export type SourceHow = 'anchor' | 'label-before' | 'bare';

export interface SourceLinkMatch {
  link: LinkFact;
  index: number;
  match: HostMatch;
  how: SourceHow;
  /** A bare link (the outlet's name or address alone, to one of its articles) after the article's last lines. */
  atEnd?: boolean;
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}


/** The link target is a state outlet other than the page's own (public media are not state outlets). */
export function stateOutletOf(ctx: SignalContext, href: string): HostMatch | null {
  const m = ctx.outletOfUrl(href);
  if (!m) return null;
  if (ctx.siteOutlet && ctx.siteOutlet.network.id === m.network.id) return null;
  if (policyOf(m.outlet) === 'public-media') return null;
  return m;
}

/** As /^[«"“„'(\[]+|[»"”'),.\]]+$/gu, with the trailing run tried from its start only (quadratic otherwise). */
export const trimLinkText = (t: string): string => t.replace(/^[«"“„'(\[]+/u, '').replace(/(?<![»"”'),.\]])[»"”'),.\]]+$/u, '');
/** The same with angle brackets, round an address ("<https://rt.com/>"). */
export const trimAddressText = (t: string): string => t.replace(/^[«"“„'(\[<]+/u, '').replace(/(?<![»"”'),.\]>])[»"”'),.\]>]+$/u, '');
/** (?<!\/): a run of slashes is tried from its first only, not from each (quadratic on "////x/"). */
export const withoutTrailingSlashes = (path: string): string => path.replace(/(?<!\/)\/+$/, '');

/** Anchor text that is the outlet's own name or address ("RT", "rt.com", "https://www.rt.com/russia/…"). */
function isBareOutlet(ctx: SignalContext, text: string, m: HostMatch): boolean {
  const t = trimLinkText(squash(text));
  if (!t) return false;
  const brand = exactBrand(t);
  if (brand) return networkIdOf(brand.outlet) === m.network.id;
  return isBareAddress(ctx, t, m);
}

function isBareAddress(ctx: SignalContext, text: string, m: HostMatch): boolean {
  const t = trimAddressText(squash(text));
  if (!/^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?$/iu.test(t)) return false;
  const url = /^https?:\/\//i.test(t) ? t : `https://${t}`;
  return ctx.outletOfUrl(url)?.network.id === m.network.id;
}

/** An address with a path: an article, not a home page. */
function isDeepLink(href: string): boolean {
  try {
    return withoutTrailingSlashes(new URL(href).pathname).length > 1;
  } catch {
    return false;
  }
}

/** Index of the paragraph that is this link alone (possibly with a source label before it), or -1. */
function aloneIn(paragraphs: string[], text: string): number {
  const t = squash(text);
  if (!t) return -1;
  return paragraphs.findIndex((q) => {
    if (q.length > t.length + 80) return false;
    if (q === t) return true;
    if (!q.endsWith(t)) return false;
    const before = q.slice(0, q.length - t.length);
    return endsWithSourceLabel(before);
  });
}

/** The link follows a source label in its paragraph: "Quelle: <a>RT DE</a>", "Source - <a>tass.com</a>". */
function labelBefore(paragraphs: string[], text: string): boolean {
  const t = squash(text);
  if (!t || t.length > 300) return false;
  let tries = 0;
  for (const q of paragraphs) {
    let at = q.indexOf(t);
    while (at > 0) {
      if (endsWithSourceLabel(q.slice(Math.max(0, at - 60), at))) return true;
      if (++tries >= MAX_OCCURRENCES) return false;
      at = q.indexOf(t, at + 1);
    }
  }
  return false;
}

/** Every link the page presents as its source, in page order (all of them: outlet-link uses this to skip them). */
export function sourceLinks(ctx: SignalContext): SourceLinkMatch[] {
  const memo = MEMO.get(ctx);
  if (memo) return memo;
  const { links } = ctx.facts;
  // Squashed only when a link to a state outlet needs them (most pages have none).
  let squashed: string[] | null = null;
  const paragraphsNow = (): string[] => (squashed ??= budgeted(ctx.facts.paragraphs));
  const inArticle = links.flatMap((l, i) => (l.inArticle ? [i] : []));
  const first = inArticle[0];
  const last = inArticle[inArticle.length - 1];
  const out: SourceLinkMatch[] = [];
  let candidates = 0;
  links.forEach((link, index) => {
    if (candidates >= MAX_CANDIDATES) return;
    // A link in a photo's or video's credit ("Source: <a>RT</a>" under it) credits that media: one citation. Only
    // under the outlet's own media is it a credit (credits.ts); under a site-local logo it is a source line.
    if (link.inCredit) return;
    const match = stateOutletOf(ctx, link.href);
    if (!match) return;
    candidates++;
    const near = link.inArticle || first === undefined || last === undefined || (index >= first - NEAR_LINKS && index <= last + NEAR_LINKS);
    if (!near) return;
    if (isSourceAnchor(link.text)) {
      out.push({ link, index, match, how: 'anchor' });
      return;
    }
    if (!link.inArticle) {
      // Just outside the article (or extraction found no article links): the outlet's address written out as the
      // link text, pointing to one of its articles ("Zdroj: <a>www.rt.com</a>", "出典：<a>https://www.rt.com/…</a>").
      if (isBareAddress(ctx, link.text, match) && isDeepLink(link.href)) out.push({ link, index, match, how: 'bare', atEnd: last !== undefined && index > last });
      return;
    }
    const paragraphs = paragraphsNow();
    if (labelBefore(paragraphs, link.text)) {
      out.push({ link, index, match, how: 'label-before' });
      return;
    }
    if (isBareOutlet(ctx, link.text, match) && isDeepLink(link.href)) {
      const k = aloneIn(paragraphs, link.text);
      const atEnd = k >= 0 ? k >= paragraphs.length - EDGE_PARAGRAPHS : paragraphs.length === 0 && index === last;
      const atEdge = atEnd || (k >= 0 ? k < EDGE_PARAGRAPHS : paragraphs.length === 0 && index === first);
      if (atEdge) out.push({ link, index, match, how: 'bare', atEnd });
    }
  });
  MEMO.set(ctx, out);
  return out;
}

const MEMO = new WeakMap<SignalContext, SourceLinkMatch[]>();

/**
 * The paragraphs, white space squashed, within the text budget: the first ones up to the budget and always the
 * last few (the article's end); the others are left empty, so indexes stay the article's.
 */
function budgeted(paragraphs: string[]): string[] {
  let left = TEXT_BUDGET;
  const tail = paragraphs.length - EDGE_PARAGRAPHS;
  return paragraphs.map((p, i) => {
    if (i >= tail) return squash(p);
    if (left <= 0) return '';
    left -= p.length;
    return squash(p);
  });
}

export function detect(ctx: SignalContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const links = sourceLinks(ctx);
  // A bare source link at the article's end is a copying mark (score.ts): the outlet's article, as taken.
  const copied = new Set(links.filter((s) => s.how === 'bare' && s.atEnd).map((s) => s.match.network.id));
  for (const s of links) {
    if (seen.has(s.match.network.id)) continue;
    seen.add(s.match.network.id);
    out.push({
      id: 'source-link',
      outlet: s.match.outlet.id,
      ...(copied.has(s.match.network.id) ? { copy: true as const } : {}),
      evidence: { text: s.link.text, url: s.link.href, ...(s.link.selector ? { selector: s.link.selector } : {}) },
    });
  }
  return out;
}
