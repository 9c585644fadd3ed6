// Every signal's weight, in one table, so scoring can be read and reviewed in one place.
// Origin weights add up per outlet; a sum of REPUBLISHED_THRESHOLD or more means the article is that outlet's.
// Only the page's own declaration of where its text comes from (a canonical address at the outlet) comes close
// to the threshold alone; every other republication needs two independent kinds of evidence.

export const WEIGHTS = {
  // The page is on the outlet's own site (also through an archive or a translation proxy).
  'site-host': 1,
  // Origin: the article on this page is the outlet's article.
  'canonical': 0.9, // rel=canonical / og:url / JSON-LD url names an outlet's address
  'site-name': 0.6, // og:site_name or JSON-LD publisher/author names the outlet
  'title-suffix': 0.7, // the outlet's brand or section as the title's or headline's suffix, also translated
  // A source link or an attribution line is the page saying where its text comes from; honest citations use
  // descriptive link text and name the outlet inside sentences instead.
  'source-link': 0.8, // a link to the outlet with source-like anchor text ("Quelllink", "Source", "Источник")
  'attribution-line': 0.8, // "MOSCOW (Sputnik) -", "(Xinhua) --", "Quelle: RT DE" at the article's start or end
  'boilerplate': 0.5, // the outlet's own page boilerplate (share/follow footers), original or machine-translated
  'media-host': 0.3, // images or video hotlinked from the outlet's hosts
  // Citation: the page refers to the outlet but does not carry its article.
  'outlet-link': 0.1, // an ordinary link to the outlet inside the article
  'outlet-credit': 0.1, // "Photo: TASS", "according to RIA Novosti"
  // Machine translation markers (scored separately, see score.ts).
  'mt-foreign-fragment': 0.4,
  'mt-broken-quotes': 0.3,
  'mt-dom-residue': 0.9,
  'mt-language-mismatch': 0.3,
  'mt-boilerplate': 0.6,
} as const;

export type WeightedSignalId = keyof typeof WEIGHTS;

/** Sum of origin weights for one outlet at which the page counts as a republication. */
export const REPUBLISHED_THRESHOLD = 1.0;
/** On sites reported to repost RT articles, a little less evidence is needed (never none). */
export const REPOST_HINT_BONUS = 0.2;
/** Several signals of one id add up, with diminishing returns: the first counts fully, the rest this fraction each. */
export const REPEAT_FACTOR = 0.25;
/** Sum of translation-marker weights at which the page counts as machine-translated. */
export const TRANSLATED_THRESHOLD = 0.6;

export const ORIGIN_SIGNALS: ReadonlySet<string> = new Set(['canonical', 'site-name', 'title-suffix', 'source-link', 'attribution-line', 'boilerplate', 'media-host']);
export const CITATION_SIGNALS: ReadonlySet<string> = new Set(['outlet-link', 'outlet-credit']);
export const TRANSLATION_SIGNALS: ReadonlySet<string> = new Set(['mt-foreign-fragment', 'mt-broken-quotes', 'mt-dom-residue', 'mt-language-mismatch', 'mt-boilerplate']);

export function weightOf(id: string): number {
  return (WEIGHTS as Record<string, number>)[id] ?? 0;
}
