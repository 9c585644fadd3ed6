/*
 * mt-language-mismatch: the page is in one language, but the outlet edition it names as its origin publishes in
 * another. A German page whose canonical address or source link is www.rt.com (RT's English edition) carries, in
 * all likelihood, a translation of an English article; `from` is the edition's language.
 *
 * Pointers read (strongest first): the page's own site when it is an outlet's seen through a translation proxy,
 * rel=canonical, og:url, JSON-LD url; links whose anchor text is a source label ("Quelle", "Quelllink",
 * "Source", "Источник", "Джерело", "Zdroj", "出典", "来源", "מקור" …), the outlet's own address, or its name as
 * a short line of its own ("Read more at BelTA"); and
 * images or video hotlinked from the outlet's hosts. Decision: an ordinary link inside the article text
 * ("…, sagte Lawrow in einem Interview", "secondo la TASS") is a citation, not a claim of origin, and is not read:
 * honest journalism in any language cites foreign outlets. On an outlet's own site, its own addresses are skipped.
 *
 * The edition's language: a language named by the address (de.rt.com, deutsch.rt.com, eng.belta.by,
 * german.people.com.cn, dw.com/en/…) when the outlet publishes in it; otherwise the outlet's languages minus those
 * of its single-language editions registered as outlets of their own (RT's de, fr, es, ar, sr editions have their
 * own domains: RT's bare domain www.rt.com is its main edition, in its first language, English; its other hosts
 * (cdni.rt.com) stand for the languages left after the editions). Without registered editions, the outlet's languages.
 *
 *   | page | pointer                                                    | fires | from |
 *   | de   | link "Quelllink" → https://www.rt.com/russia/590571-…/     | yes   | en   |
 *   | cs   | link "Zdroj" → https://www.rt.com/news/571512-…/           | yes   | en   |
 *   | ru   | canonical https://www.rt.com/news/571512-…/                | yes   | en   |
 *   | he   | image https://cdni.rt.com/files/2023.02/article/x.jpg      | yes   | en   |
 *   | ja   | link "出典" → https://www.rt.com/news/571512-…/             | yes   | en   |
 *   | de   | page on www-rt-com.translate.goog (site rt.com)            | yes   | en   |
 *   | en   | link "Quelle: de.rt.com" → https://de.rt.com/international/…| yes   | de   |
 *   | pl   | og:url https://deu.belta.by/…                              | yes   | de   |
 *   | en   | "Read more at BelTA" line, link → https://www.belta.by/…   | yes   | ru   |
 *   | uk   | link "rt.com" → https://www.rt.com/news/…                  | yes   | en   |
 * Does not fire on:
 *   | de   | link "Quelle" → https://de.rt.com/russland/…               | no    | same language (RT DE) |
 *   | en   | canonical https://www.rt.com/news/…                        | no    | English edition |
 *   | de   | ordinary in-text link "in einem Interview" → www.rt.com    | no    | a citation      |
 *   | de   | link "Quelle" → https://www.example-news.test/             | no    | not an outlet   |
 *   | de   | no pointer to any outlet                                   | no    |                 |
 *   | (none)| link "Source" → www.rt.com, page language unknown         | no    | no language     |
 *   | ru   | link "Источник" → https://ria.ru/…                         | no    | RIA publishes in Russian |
 *   | es   | link "Fuente" → https://actualidad.rt.com/…                | no    | RT en Español   |
 *   | it   | in-text link "TASS" → https://tass.com/…                   | no    | a citation      |
 *   | fr   | canonical https://www.dw.com/fr/… (DW's French edition)    | no    | address names fr|
 *   | fr   | DW's own page www.dw.com/fr/…                              | no    | the outlet's own site |
 *   | de   | canonical de.rt.com and link "Source" → www.rt.com         | no    | RT also in German |
 */
import { baseLanguage } from '../language/languages';
import { allOutlets } from '../registry/index';
import type { Outlet } from '../types';
import type { Finding, HostMatch, SignalContext } from './context';

export const ID = 'mt-language-mismatch';
const MAX_SIGNALS = 2;

/** Anchor texts that present a link as the article's source, in the languages the engine meets. */
const SOURCE_LABEL =
  /^\s*(?:quelle|quelllink|quellen|originalartikel|original|source|sources|source link|via|источник|первоисточник|оригинал|джерело|крыніца|извор|izvor|zdroj|zdroje|źródło|zrodlo|fuente|fonte|font|forrás|sursa|sursă|kaynak|bron|kilde|källa|lähde|allikas|šaltinis|avots|πηγή|מקור|مصدر|المصدر|منبع|出典|出处|出處|来源|來源|原文|출처|ที่มา|nguồn|sumber)(?![\p{L}\p{N}])\s*:?/iu;

/** Address words naming a language: subdomains (deutsch.rt.com, eng.belta.by) and first path segments (/en/). */
const LANGUAGE_WORDS: Record<string, string> = {
  english: 'en', eng: 'en', en: 'en', german: 'de', deutsch: 'de', deu: 'de', ger: 'de', de: 'de', french: 'fr', francais: 'fr', fra: 'fr', fre: 'fr', fr: 'fr',
  spanish: 'es', espanol: 'es', esp: 'es', spa: 'es', es: 'es', actualidad: 'es', arabic: 'ar', ara: 'ar', ar: 'ar', russian: 'ru', rus: 'ru', ru: 'ru',
  chinese: 'zh', chn: 'zh', zho: 'zh', zh: 'zh', cn: 'zh', japanese: 'ja', jpn: 'ja', jp: 'ja', ja: 'ja', korean: 'ko', kor: 'ko', ko: 'ko', kr: 'ko',
  turkish: 'tr', tur: 'tr', tr: 'tr', persian: 'fa', farsi: 'fa', fa: 'fa', italian: 'it', italiano: 'it', ita: 'it', it: 'it', portuguese: 'pt', portugues: 'pt',
  por: 'pt', pt: 'pt', br: 'pt', polish: 'pl', pol: 'pl', pl: 'pl', serbian: 'sr', srb: 'sr', sr: 'sr', rs: 'sr', ukrainian: 'uk', ukr: 'uk', ua: 'uk',
  uk: 'uk', hindi: 'hi', hi: 'hi', urdu: 'ur', ur: 'ur', francophone: 'fr', hispan: 'es', mundo: 'es',
};

const AMBIGUOUS: ReadonlySet<string> = new Set(['esp', 'por', 'ger', 'kor', 'mundo', 'hispan', 'actualidad']);
const UNAMBIGUOUS_CODES = new Set(['de', 'fr', 'es', 'ru', 'en', 'ar', 'zh', 'ja', 'pt', 'pl', 'tr', 'fa', 'ko', 'sr', 'hi', 'ur']);

/** Languages of single-language editions registered under each outlet (RT → de, fr, es, ar, sr). */
let editionLanguages: Map<string, Set<string>> | null = null;

/** The language a host's subdomain names ("deu.belta.by" → de), or null. */
function subdomainLanguage(domain: string): string | null {
  const labels = domain.toLowerCase().split('.');
  if (labels.length < 3) return null;
  const w = labels[0]!;
  const lang = LANGUAGE_WORDS[w];
  return lang && ((w.length > 2 && !AMBIGUOUS.has(w)) || UNAMBIGUOUS_CODES.has(w)) ? lang : null;
}

/**
 * Languages served elsewhere than an outlet's bare domain: single-language editions registered under it
 * (RT → RT DE, RT France …) and its own language subdomains (BelTA: eng.belta.by, deu.belta.by).
 */
function childEditionLanguages(outletId: string): Set<string> {
  if (!editionLanguages) {
    editionLanguages = new Map();
    const add = (id: string, lang: string) => editionLanguages!.set(id, (editionLanguages!.get(id) ?? new Set<string>()).add(lang));
    for (const o of allOutlets()) {
      if (o.parent && o.languages?.length === 1) add(o.parent, baseLanguage(o.languages[0]) ?? o.languages[0]!);
      for (const d of o.domains) {
        const lang = subdomainLanguage(d);
        if (lang && o.languages?.includes(lang)) add(o.id, lang);
      }
    }
  }
  return editionLanguages.get(outletId) ?? new Set();
}

function outletLanguages(o: Outlet): string[] {
  return (o.languages ?? []).map((l) => baseLanguage(l)).filter((l): l is string => !!l);
}

/** The language(s) of the edition an address of `match` belongs to; empty when the registry does not tell. */
export function editionOf(url: string, match: HostMatch): string[] {
  const langs = outletLanguages(match.outlet);
  const all = new Set([...langs, ...outletLanguages(match.network)]);
  if (!langs.length) return [];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const host = u.hostname.toLowerCase();
  const labels = host.split('.');
  const below = host.endsWith(match.matchedDomain) ? host.slice(0, -match.matchedDomain.length).split('.').filter(Boolean) : labels.slice(0, -2);
  const firstSegment = u.pathname.split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
  for (const word of [...below, ...match.matchedDomain.split('.').slice(0, -2), firstSegment.split(/[-_]/u)[0] ?? '']) {
    const w = word.toLowerCase();
    const lang = LANGUAGE_WORDS[w];
    // A language the outlet is registered with; or one the address names beyond doubt (dw.com/fr/, "english."),
    // since the registry's lists are incomplete. Two-letter words that are also sections (rt.com/uk/) need the list.
    if (lang && (all.has(lang) || (w.length > 2 && !AMBIGUOUS.has(w)) || UNAMBIGUOUS_CODES.has(w))) return [lang];
  }
  if (langs.length === 1) return langs;
  const editions = childEditionLanguages(match.outlet.id);
  // An outlet whose other language editions have domains of their own (RT → de.rt.com, BelTA → eng.belta.by):
  // its bare domain is the main edition, in its first language (www.rt.com: English; www.belta.by: Russian).
  if (editions.size && (below.length === 0 || (below.length === 1 && below[0] === 'www'))) return [langs[0]!];
  const rest = langs.filter((l) => !editions.has(l));
  return rest.length ? rest : langs;
}

interface Pointer {
  url: string;
  kind: string;
}

/** Anchor text that is the outlet's address ("rt.com", "https://www.rt.com/news/…"): a source line, not prose. */
function anchorIsAddress(text: string, match: HostMatch): boolean {
  const t = text.trim().toLowerCase();
  return !!t && !/\s/u.test(t) && t.includes(match.matchedDomain.toLowerCase());
}

/** The outlet's name as the anchor of a short line of its own ("Read more at BelTA", "Source: Xinhua"), not prose. */
function anchorIsSourceLine(text: string, match: HostMatch, paragraphs: string[]): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return false;
  const names = [match.outlet.name, ...match.outlet.aliases, match.network.name].map((n) => n.toLowerCase());
  if (!names.includes(t)) return false;
  return paragraphs.some((p) => p.length <= 60 && p.split(/\s+/u).length <= 6 && p.toLowerCase().includes(t));
}

/** The page's pointers to outlets, strongest first. */
function pointers(ctx: SignalContext): { pointer: Pointer; match: HostMatch }[] {
  const f = ctx.facts;
  const out: { pointer: Pointer; match: HostMatch }[] = [];
  const add = (url: string | null | undefined, kind: string) => {
    if (!url) return;
    const match = ctx.outletOfUrl(url);
    if (match) out.push({ pointer: { url, kind }, match });
  };
  // The outlet's own site counts only when seen through a translation proxy (otherwise it is simply its page).
  if (ctx.siteOutlet && ctx.site.wrapper?.kind === 'google-translate') out.push({ pointer: { url: `https://${ctx.site.host}${safePath(f.url)}`, kind: 'site' }, match: ctx.siteOutlet });
  add(f.canonical, 'canonical');
  add(f.ogUrl, 'og:url');
  for (const u of f.jsonLd.urls) add(u, 'JSON-LD url');
  for (const l of f.links) {
    const match = ctx.outletOfUrl(l.href);
    if (!match) continue;
    if (SOURCE_LABEL.test(l.text) || anchorIsAddress(l.text, match) || anchorIsSourceLine(l.text, match, f.paragraphs)) out.push({ pointer: { url: l.href, kind: 'linked' }, match });
  }
  for (const m of f.media) add(m, 'media from');
  // On an outlet's own site (not through a proxy) its addresses are the page itself, not an origin elsewhere.
  const own = ctx.siteOutlet && ctx.site.wrapper?.kind !== 'google-translate' ? ctx.siteOutlet.network.id : null;
  return own ? out.filter((p) => p.match.network.id !== own) : out;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

export function detect(ctx: SignalContext): Finding[] {
  const page = baseLanguage(ctx.language);
  if (!page) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const agrees = new Set<string>();
  const found = pointers(ctx).map((p) => ({ ...p, edition: editionOf(p.pointer.url, p.match) })).filter((p) => p.edition.length);
  // An outlet the page also points to in its own language (RT DE beside rt.com) is no evidence of translation.
  for (const p of found) if (p.edition.includes(page)) agrees.add(p.match.network.id);
  for (const { pointer, match, edition } of found) {
    if (edition.includes(page) || agrees.has(match.network.id)) continue;
    const key = `${match.outlet.id}|${edition.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      id: ID,
      outlet: match.outlet.id,
      from: edition[0]!,
      evidence: { text: `page in ${page}, ${pointer.kind} ${match.matchedDomain} edition in ${edition.join('/')}`, url: pointer.url },
    });
    if (out.length >= MAX_SIGNALS) break;
  }
  return out;
}
