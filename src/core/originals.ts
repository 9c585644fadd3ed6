// Every honest route back to the original article: its own link, its canonical address, archived copies,
// and, when no link survives, a web search restricted to the outlet's site built from what survives translation.
import { isIpLiteral } from './registry/normalize';
import { registrableDomain } from './registry/registrable';
import type { SignalContext } from './signals/context';
import { isSafeUrl } from './verdict-schema';
import type { OriginalLink, Outlet, Signal } from './types';

const MAX_SEARCH_TERMS = 8;
/** The longest word a search term may have (German compounds reach about 40 letters; a longer run is not a name). */
const MAX_WORD_CHARS = 40;
// Names are searched only when every word is in one script that has capitals (a mis-decoded page turns a name into
// "Charle昼杩慣瑰潩…": that is no name, and no search engine finds the article by it).
const ONE_SCRIPT = [/^[\p{Script=Latin}-]+$/u, /^[\p{Script=Cyrillic}-]+$/u, /^[\p{Script=Greek}-]+$/u, /^[\p{Script=Armenian}-]+$/u, /^[\p{Script=Georgian}-]+$/u];

/** Whether a capitalised term can be searched for: each word of it short enough and in one script. */
export function isCleanName(term: string): boolean {
  return term.split(/\s+/).every((w) => w.length <= MAX_WORD_CHARS && ONE_SCRIPT.some((r) => r.test(w)));
}

/** The address as the URL parser writes it, when it may be offered at all (isSafeUrl: http(s), no credentials). */
function httpOnly(url: string | undefined): string | null {
  return isSafeUrl(url) ? new URL(url).href : null;
}

/** Capitalised words inside a sentence, one or two. (?=\p{Lu}) first: the look-behind then runs at capitals only,
 * not back over a run of white space from each of its characters. */
export const CAPITALISED_NAMES = /(?=\p{Lu})(?<=[\p{Ll}\p{Nd},;:]\s+)(\p{Lu}[\p{L}-]{2,}(?:\s+\p{Lu}[\p{L}-]{2,})?)/gu;

/** Names (capitalised words not opening a sentence), numbers and years: they survive machine translation. */
export function searchTerms(headline: string, text: string): string[] {
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w);
  const source = `${headline}\n${headline}\n${text.slice(0, 3_000)}`;
  // Capitalised words inside a sentence (names; in German also nouns, which rank lower as they rarely repeat).
  for (const m of source.matchAll(CAPITALISED_NAMES)) if (isCleanName(m[1]!)) add(m[1]!, 1);
  // Years and figures come through any translation unchanged (at most 12 digits and 6 decimals: a longer run is no figure).
  for (const m of source.matchAll(/\b(1[89]\d\d|20\d\d|\d{2,12}(?:[.,]\d{1,6})?)\b/g)) add(m[1]!, 1.5);
  return [...counts.entries()]
    .filter(([, n]) => n >= 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SEARCH_TERMS)
    .map(([t]) => (/\s/.test(t) ? `"${t}"` : t));
}

/** The outlet's main site for a site: search: the registrable domain most of its addresses share (rt.com, not an IP). */
export function outletSearchDomain(outlet: Outlet): string | undefined {
  const counts = new Map<string, number>();
  for (const d of outlet.domains) {
    if (d.includes('/') || isIpLiteral(d)) continue;
    const reg = registrableDomain(d);
    if (reg) counts.set(reg, (counts.get(reg) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function findOriginals(ctx: SignalContext, signals: Signal[], outlet: Outlet | null): OriginalLink[] {
  const out: OriginalLink[] = [];
  const seen = new Set<string>();
  const push = (url: string | null, kind: OriginalLink['kind'], label: string) => {
    if (!url || seen.has(`${kind}:${url}`)) return;
    seen.add(`${kind}:${url}`);
    out.push({ url, kind, label });
  };
  const { facts, site } = ctx;
  // A page seen through an archive or a proxy: the address it wraps is the original.
  // A proxy or AMP copy: the address it wraps is the original. An archive copy: the live original too, now that
  // the copy is what the reader has.
  if (site.wrapper && ctx.originalUrl !== facts.url) push(httpOnly(ctx.originalUrl), 'source-link', 'Original address');
  // A listing (page-kind.ts) carries no article, so nothing on it is "the original": its source-like links are
  // results, which the link markers already mark.
  if (ctx.pageKind === 'listing') return out;
  for (const s of signals) if (s.id === 'source-link') push(httpOnly(s.evidence.url), 'source-link', s.evidence.text ? `Source link: ${s.evidence.text}` : 'Source link');
  for (const s of signals) if (s.id === 'canonical') push(httpOnly(s.evidence.url), 'canonical', 'Canonical address');
  const direct = out.filter((o) => o.kind === 'source-link' || o.kind === 'canonical').map((o) => o.url);
  for (const url of direct) {
    push(`https://web.archive.org/web/${url}`, 'archive', 'Wayback Machine copy');
    push(`https://archive.ph/newest/${url}`, 'archive', 'archive.today copy');
  }
  if (!direct.length && outlet && !ctx.siteOutlet) {
    const domain = outletSearchDomain(outlet);
    const terms = searchTerms(facts.headline ?? facts.title, facts.text);
    if (domain && terms.length) {
      const q = `site:${domain} ${terms.join(' ')}`;
      // Clean terms keep the address short (8 terms of at most 2 words of 40 letters); checked all the same.
      push(httpOnly(`https://duckduckgo.com/?q=${encodeURIComponent(q)}`), 'search', `Search ${domain}: ${terms.join(' ')}`);
    }
  }
  return out;
}
