// The engine's vocabulary. Everything the extension shows and the scanner prints is one of these.

/** How an outlet is classified (State Media Monitor typology plus the curated covert networks). */
export type Category =
  | 'state-controlled'
  | 'captured-public'
  | 'captured-private'
  | 'covert-network'
  | 'propaganda-outlet'
  | 'independent-state-funded-managed'
  | 'independent-state-funded'
  | 'independent-state-managed'
  | 'independent-public';

/** What the extension does about an outlet's own pages (see README, "When we warn"). */
export type Policy = 'warn' | 'inform' | 'public-media';

export interface Reference {
  fact?: string;
  url: string;
}

export interface Sanction {
  jurisdiction: string;
  act: string;
  date: string; // ISO yyyy-mm-dd
  url?: string;
  note?: string;
}

export interface Outlet {
  id: string;
  parent?: string;
  name: string;
  aliases: string[];
  country: string; // ISO 3166-1 alpha-2
  owner: string;
  funding: string;
  category: Category;
  typology: { code: string | null; source: string | null; asOf?: string | null };
  sanctions: Sanction[];
  references: Reference[];
  domains: string[];
  languages?: string[];
}

export type WrapperKind = 'wayback' | 'archive-today' | 'google-translate' | 'amp-cache';

export interface Wrapper {
  kind: WrapperKind;
  host: string; // the wrapper's own host, e.g. web.archive.org
  url: string; // the address as the browser saw it
}

export interface SiteInfo {
  host: string; // host of the (unwrapped) page
  wrapper?: Wrapper;
  /** Set when the host is on the list of sites reported to repost RT articles: a hint, never a verdict. */
  repostHint?: { source: string; url?: string };
  /** Set when the address is an outlet's listed account on a platform (its profile, channel or one of its posts). */
  account?: SiteAccount;
}

/** Platforms whose addresses the account look-up reads (src/core/registry/accounts/). */
export type Platform = 'x' | 'youtube' | 'telegram' | 'tiktok' | 'instagram' | 'facebook' | 'threads' | 'bluesky' | 'vk' | 'ok' | 'rutube';

/** Whose account it is: the outlet's own, one of its editions or desks, a show, or a person it employs. */
export type AccountRole = 'outlet' | 'edition' | 'show' | 'person';

export interface SiteAccount {
  platform: Platform;
  /** The handle as the registry writes it ("RT_com", "c/SputnikInternational"), else the platform's id. */
  handle: string;
  role: AccountRole;
  /** The account's canonical address without scheme ("x.com/RT_com"). */
  address: string;
}

export type SignalId = string;

export interface Evidence {
  text?: string;
  selector?: string;
  url?: string;
}

export interface Signal {
  id: SignalId;
  weight: number;
  outlet?: string; // outlet id the signal points to, when it points to one
  /** For translation markers: the language the text was translated from, when the marker tells (e.g. "en"). */
  from?: string;
  /** A copying mark: this one trace says the article was taken as it stands (score.ts, copying marks). */
  copy?: true;
  evidence: Evidence;
}

export type Kind = 'state-media' | 'republished' | 'cites' | 'public-media' | 'impersonation' | 'none';

/** Every verdict kind, once (tests and validators read this list). */
export const KINDS: readonly Kind[] = ['state-media', 'republished', 'cites', 'public-media', 'impersonation', 'none'];

/** Where a page names the brand it presents itself as (core/impersonation.ts). */
export type ClaimPlace = 'og:site_name' | 'application-name' | 'json-ld' | 'publisher' | 'title' | 'logo' | 'copyright';

export interface BrandClaim {
  where: ClaimPlace;
  text: string;
}

/** How the page's address resembles the real outlet's. */
export type Likeness = 'listed' | 'same-label' | 'one-edit' | 'confusable' | 'filler' | 'none';

/** The page presents itself as a real outlet that it is not (kind 'impersonation'). */
export interface Impersonation {
  /** The real outlet and its main address ("Le Monde", "lemonde.fr"); `domains` all of its addresses. */
  name: string;
  domain: string;
  domains: string[];
  likeness: Likeness;
  /** Every place the page claims a brand, as it is written. */
  claims: BrandClaim[];
  /** The look-alike is on a published list (src/data/lookalikes.json): the operation and its source. */
  listed?: { network: string; confidence: 'primary' | 'secondary'; firstSeen?: string; source: { name: string; url: string } };
}

export interface OriginalLink {
  url: string;
  kind: 'source-link' | 'canonical' | 'archive' | 'search';
  label: string;
}

export interface TranslationFindings {
  detected: boolean;
  from?: string;
  confidence: number;
  markers: Signal[];
  /**
   * The page is shown translated by the reader's own browser (Google Translate residue that appeared after the page
   * loaded, or whose language is not the page's as served): no finding, only a note; `to` is the shown language.
   */
  shownTranslated?: { to: string | null };
}

/** The outlet as shown with a verdict: the registry entry plus its policy and network name. */
export interface OutletSummary extends Outlet {
  policy: Policy;
  networkName?: string;
}

export interface Verdict {
  url: string;
  language: string | null;
  kind: Kind;
  warn: boolean;
  confidence: number;
  outlet: OutletSummary | null;
  site: SiteInfo;
  translation: TranslationFindings;
  originals: OriginalLink[];
  signals: Signal[];
  /** Set when the page's analysis failed inside the engine: the verdict is then what the address alone says. */
  error?: string;
  /** Set for kind 'impersonation': whom the page imitates, how, and where it claims to be them. */
  impersonates?: Impersonation;
}

export interface LinkFact {
  href: string; // absolute
  text: string;
  inArticle: boolean;
  selector?: string;
  /** Inside the caption or credit of an image, video or embed: it credits that media, not the article. */
  inCredit?: boolean;
}

/** What extraction reads off a page: plain data, so the engine never touches a DOM. */
export interface PageFacts {
  url: string;
  /** Language declared by the markup (html lang, og:locale, content-language), as written. */
  declaredLanguage: string | null;
  /** Language identified from the article text by a detector, with its confidence. */
  detectedLanguage: { lang: string; confidence: number } | null;
  title: string;
  headline: string | null;
  siteName: string | null;
  canonical: string | null;
  ogUrl: string | null;
  /**
   * claimReviews: the claim of each ClaimReview node (its claimReviewed, "" when it names none); claimRatings: the
   * ratings they give in words ("False"). A fact-check when the page shows one of them (fact-check.ts).
   */
  jsonLd: { publishers: string[]; authors: string[]; urls: string[]; claimReviews?: string[]; claimRatings?: string[] };
  /** For archive.today pages: the original address from the archive's own header. */
  archivedFrom: string | null;
  /**
   * Where the page names itself beyond siteName (og:site_name, else application-name): application-name alone, the
   * JSON-LD WebSite/Organization names, the logo's alt or SVG title, the copyright line; each capped.
   */
  identity?: { appName: string | null; websiteNames: string[]; logos: string[]; copyright: string[] };
  /** Article text (Readability when available, else body text), capped. */
  text: string;
  /** Article paragraphs, in order, capped. */
  paragraphs: string[];
  /** What the article quotes: indexes of paragraphs inside <blockquote> or <q> (embedded posts aside), and the text
   * of inline <q> elements, capped. Quotation is mention (src/core/text/own-text.ts). */
  quoted?: { paragraphs: number[]; inline: string[] };
  byline: string | null;
  /** Image and video captions and credit lines near media, anywhere on the page, capped. */
  captions: string[];
  links: LinkFact[];
  media: string[]; // absolute src of images, video, audio in the article
  /**
   * Counts of machine-translation DOM residue; htmlLang: <html lang> of the markup, metaLang: the language its
   * content-language or og:locale declares (a translator in the browser rewrites the first, not the others).
   */
  mtResidue: { fontInherit: number; translatedClass: boolean; htmlLang?: string | null; metaLang?: string | null };
  /** The page's shape, for telling a listing from an article (core/page-kind.ts). */
  structure: PageStructure;
  /**
   * The page as served, recorded by the content script at its first run (before the reader could translate it):
   * its <html lang> and whether Google Translate residue was there. Absent in the scanner (a saved page has no load).
   */
  served?: ServedPage;
}

export interface ServedPage {
  lang: string | null;
  residue: boolean;
}

/** The page's shape as extraction reads it (extract/structure.ts); every count bounded. */
export interface PageStructure {
  /** Distinct addresses of entries: links headed by an h2–h4 (a heading in a link or a link in a heading) or in a <cite>. */
  entries: number;
  /** Distinct hosts other than the page's own that those entries lead to (search engines' redirect links unwrapped). */
  entryHosts: number;
  /** The most prose (<p> of 80 characters or more) under one element: the size of an article body, if there is one. */
  bodyChars: number;
  /** The JSON-LD blocks' @type values ("NewsArticle", "SearchResultsPage", "ItemList" …), at most 20. */
  jsonLdTypes: string[];
  /** og:type ("article", "website"), as written, or null. */
  ogType: string | null;
}
