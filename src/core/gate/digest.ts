// The page digest: the little the content script reads off every page (src/content/digest.ts) so that the
// background can decide, off the page's main thread, whether the page needs a full analysis (gate.ts). Plain
// strings only; parseDigest() is the schema the background applies to every digest it receives (a page is
// hostile input, and so is anything a content script was made to send).
import PATH_HOSTS from '../../data/path-hosts.json';
import { withoutInvisible } from '../text/invisible';

export interface PageDigest {
  /** The page's address (location.href). */
  url: string;
  title: string;
  /** og:site_name. */
  siteName: string;
  /** The first <h1>'s text. */
  h1: string;
  canonical: string | null;
  ogUrl: string | null;
  /** <html lang>. */
  lang: string | null;
  /** Google Translate residue: html.translated-ltr/rtl, or <font style="vertical-align: …">. */
  mtResidue: boolean;
  /**
   * Distinct hosts of the page's links and absolutely addressed images, lower case; for hosts in PATH_HOSTS
   * (shared hosts where registry entries are scoped to a path, "odysee.com/@rtfrance:a") "host/first-segment".
   */
  hosts: string[];
  /** Text of both ends of the main text region (scripts, styles and navigation left out), joined by "\n". */
  edges: string;
}

export const DIGEST_LIMITS = {
  /** Links and images read off the page. */
  links: 1_500,
  media: 100,
  /** Characters from each end of the main region, text nodes per end, <article> elements compared. */
  edgeChars: 1_200,
  edgeNodes: 2_000,
  articles: 20,
  /** Schema bounds. */
  hosts: 3_300,
  hostChars: 300,
  urlChars: 8_192,
  textChars: 1_000,
};

/** Hosts on which some registry entry is scoped to a path (written by scripts/registry-build.mjs). */
export const PATH_SCOPED_HOSTS: ReadonlySet<string> = new Set(PATH_HOSTS as string[]);

function str(v: unknown, max: number): string | null {
  return typeof v === 'string' ? v.slice(0, max) : null;
}

/**
 * A list of digest hosts, bounded: null when it is not a list or too long; a bad entry is left out, not the list
 * (one odd link must not turn the extension off for a whole page).
 */
export function parseHosts(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length > DIGEST_LIMITS.hosts) return null;
  return raw.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length <= DIGEST_LIMITS.hostChars);
}

/** Anything → a PageDigest with every field bounded, or null when it is not one. */
export function parseDigest(raw: unknown): PageDigest | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.url !== 'string' || r.url.length > DIGEST_LIMITS.urlChars) return null;
  const hosts = parseHosts(r.hosts);
  if (!hosts) return null;
  const optional = (v: unknown) => (v === null || v === undefined ? null : str(v, DIGEST_LIMITS.urlChars));
  return {
    url: r.url,
    // Invisible characters out (text/invisible.ts), as extraction does: "R\u200BT" in a title opens the gate as RT.
    title: withoutInvisible(str(r.title, DIGEST_LIMITS.textChars) ?? ''),
    siteName: withoutInvisible(str(r.siteName, DIGEST_LIMITS.textChars) ?? ''),
    h1: withoutInvisible(str(r.h1, DIGEST_LIMITS.textChars) ?? ''),
    canonical: optional(r.canonical),
    ogUrl: optional(r.ogUrl),
    lang: r.lang === null || r.lang === undefined ? null : str(r.lang, 64),
    mtResidue: r.mtResidue === true,
    hosts,
    edges: withoutInvisible(str(r.edges, DIGEST_LIMITS.edgeChars * 2 + 1) ?? ''),
  };
}
