/*
 * Impersonation (issue 14): the page presents itself as a real outlet that it is not. Two ways in:
 *  1. listed: its domain is a published look-alike (src/data/lookalikes.json: Doppelganger's spiegel.ltd, …): the
 *     list names the brand it imitates and the real domains;
 *  2. claimed: the page names itself as a brand (og:site_name, application-name, JSON-LD WebSite / Organization
 *     name or publisher, the logo's alt or SVG title, the copyright line, the title's last segment) whose domains do
 *     not include the page's registrable domain (core/brands/news-brands.ts), and that is enough evidence:
 *     - a name of its own (not an ordinary word) in one of the site's identity fields (every place but the title and
 *       the article's JSON-LD publisher, which travel with a copied or syndicated article), or
 *     - any claim, the title's included, on a domain that looks like the brand's (same label on another TLD, one
 *       edit or a confusable character, the brand plus filler), or
 *     - an ambiguous name ("Spiegel", "Welt", "Bild" are words) only with such a domain or in two different places.
 *     A state outlet's brand counts only with a look-alike domain: a republisher that keeps RT's og:site_name is a
 *     republication (score.ts), not a site dressed up as RT.
 * Never: the brand's own domains and subdomains (archived and translated copies are unwrapped to them first,
 * registry/unwrap.ts); a registry outlet's own site; reading and syndication services that show the brand as a
 * provider (SYNDICATORS); an article that only quotes or credits a brand (the claim places are the site's own,
 * never the article text).
 *
 * | page                                                    | verdict                                          |
 * |---------------------------------------------------------|--------------------------------------------------|
 * | spiegel.ltd (listed), og:site_name "DER SPIEGEL"        | impersonation: Der Spiegel, spiegel.de, listed    |
 * | lemonde-info.top, og:site_name "Le Monde"               | impersonation: Le Monde (filler, claimed)        |
 * | spiegel.de, www.spiegel.de, web.archive.org/…/spiegel.de | none (the brand's own)                          |
 * | msn.com article "… | Der Spiegel", provider Der Spiegel | none (a syndicator)                              |
 * | spiegel-shop.example, og:site_name "Spiegel & Glas"     | none ("Spiegel" is a word, one place, no likeness)|
 * | news.example, og:site_name "RT" on a copy of RT         | none here (score.ts: republished)                |
 */
import lookalikesJson from '../data/lookalikes.json';
import { lookalikeOf, newsBrandsByName, ownersOf, type Lookalike, type NewsBrand } from './brands/news-brands';
import { publicSuffixOf, registrableDomain } from './registry/registrable';
import type { UrlLookup } from './registry/lookup-url';
import type { BrandClaim, ClaimPlace, Impersonation, Likeness, PageFacts } from './types';

interface LookalikeEntry {
  domain: string;
  network: string;
  brand: string;
  real: string[];
  country?: string;
  firstSeen?: string;
  confidence: 'primary' | 'secondary';
  sources: { name: string; url: string }[];
}

const LOOKALIKES = new Map((lookalikesJson as LookalikeEntry[]).map((l) => [l.domain, l]));

/**
 * Endings where a domain that merely looks like a brand's counts (unlisted look-alikes): those the listed
 * operations used (.ltd, .work, .pm, .live, .today …), less the generic and national endings where namesakes and
 * licensed editions live (thesun.my, dailytelegraph.com.au, businessinsider.in, cosmopolitan.lt, newsweek.rs are
 * real papers of their own): a look-alike there needs a listing.
 */
const NATIONAL_OR_GENERIC = new Set(['com', 'net', 'org', 'in', 'co', 'eu', 'com.co', 'kiev.ua']);
const LOOKALIKE_ENDINGS: ReadonlySet<string> = new Set(
  [...LOOKALIKES.keys()].map((d) => publicSuffixOf(d) ?? '').filter((x) => x && !NATIONAL_OR_GENERIC.has(x)),
);

/** Reading proxies and archives that carry a page under their own address (archive.today's short links among them). */
const CARRIERS: ReadonlySet<string> = new Set(['12ft.io', 'archive-it.org', 'archive.ph', 'archive.today', 'archive.is', 'archive.li', 'archive.vn', 'archive.md', 'archive.fo', 'googleusercontent.com', 'bing.net', 'translatoruser.net', 'ghostarchive.org', 'removepaywall.com', 'archive.org']);

/**
 * Reading and syndication services that carry other outlets' articles under the outlet's name as provider: the
 * brand they show is a credit, not a claim to be it (registrable domains).
 */
export const SYNDICATORS: ReadonlySet<string> = new Set([
  'msn.com', 'yahoo.com', 'yahoo.co.jp', 'news.google.com', 'google.com', 'apple.news', 'flipboard.com', 'pressreader.com',
  'smartnews.com', 'newsbreak.com', 'ground.news', 'upday.com', 'squidapp.co', 'opera.com', 'dzen.ru', 'feedly.com',
  'inoreader.com', 'newsnow.co.uk', 'newsnow.com', 'pocket.com', 'getpocket.com', 'readly.com', 'blendle.com',
  'zinio.com', 'magzter.com', 'bing.com', 'aol.com', 'newsbreakapp.com', 'start.me', 't-online.de.msn.com',
]);

/** The listed look-alike an address's host is (the host itself or its registrable domain), or null. */
export function listedLookalike(host: string): LookalikeEntry | null {
  const h = host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return LOOKALIKES.get(h) ?? LOOKALIKES.get(registrableDomain(h) ?? '') ?? null;
}

/** A separator between a title's parts, with one space on each side (titles are squashed: one space at a time). */
const TITLE_SEPARATORS = /\s[|–—·•:»-]\s/;

/** Every place the page names itself, as written (bounded: a handful of fields). */
export function claimsOf(facts: PageFacts): BrandClaim[] {
  const out: BrandClaim[] = [];
  const add = (where: BrandClaim['where'], text: string | null | undefined) => {
    const t = (text ?? '').trim();
    if (t && t.length <= 200 && !out.some((c) => c.where === where && c.text === t)) out.push({ where, text: t });
  };
  const id = facts.identity;
  if (facts.siteName && facts.siteName !== id?.appName) add('og:site_name', facts.siteName);
  add('application-name', id?.appName);
  for (const n of id?.websiteNames ?? []) add('json-ld', n);
  for (const n of facts.jsonLd.publishers.slice(0, 5)) add('publisher', n);
  const segments = facts.title.split(TITLE_SEPARATORS);
  if (segments.length > 1) add('title', segments[segments.length - 1]);
  for (const l of id?.logos ?? []) add('logo', l);
  for (const c of id?.copyright ?? []) add('copyright', c);
  return out;
}

/** The real outlet a listed look-alike imitates. */
function fromList(entry: LookalikeEntry, claims: BrandClaim[]): Impersonation {
  const source = entry.sources[0] ?? { name: entry.network, url: '' };
  return {
    name: entry.brand,
    domain: entry.real[0] ?? '',
    domains: [...entry.real],
    likeness: 'listed' as Likeness,
    claims,
    listed: { network: entry.network, confidence: entry.confidence, ...(entry.firstSeen ? { firstSeen: entry.firstSeen } : {}), source: { name: source.name, url: source.url } },
  };
}

/** Whom the page imitates, or null. `where`: the page's address as the registry reads it (unwrapped). */
export function impersonationOf(facts: PageFacts, where: UrlLookup): Impersonation | null {
  const host = where.site.host;
  const listed = listedLookalike(host);
  const claims = claimsOf(facts);
  if (listed) return fromList(listed, claims);
  return claimedImpersonation(host.toLowerCase().replace(/\.$/, ''), claims, where);
}

/** Words that surround a name without being it: legal forms, "Logo", "online" (compared without dots, lower case). */
const AROUND_WORDS = new Set(['gmbh', '&', 'co', 'kg', 'cokg', 'ag', 'se', 'ltd', 'limited', 'llc', 'inc', 'sa', 'sas', 'spa', 'sarl', 'plc', 'bv', 'nv', 'logo', 'online']);
/** Web address endings after a name ("Le Monde.fr"). */
const WEB_ENDINGS = ['.com', '.de', '.fr', '.net', '.org', '.co.uk', '.it', '.es', '.pl', '.ua', '.info'];
const TRIM = new Set([' ', ',', '.', ';', ':', '·', '|', '&', '-']);

function trimEnd(t: string): string {
  let end = t.length;
  while (end > 0 && TRIM.has(t[end - 1]!)) end--;
  return t.slice(0, end);
}

/** The names a claim may stand for: as written, and without what commonly surrounds a name ("DER SPIEGEL GmbH & Co. KG" → "DER SPIEGEL"). */
function claimNames(text: string): string[] {
  const out = [text];
  const words = trimEnd(text).split(' ');
  while (words.length > 1 && AROUND_WORDS.has(words[words.length - 1]!.replace(/\./g, '').toLowerCase())) words.pop();
  let t = trimEnd(words.join(' '));
  const lower = t.toLowerCase();
  const ending = WEB_ENDINGS.find((e) => lower.endsWith(e));
  if (ending && t.length > ending.length) t = t.slice(0, -ending.length);
  if (t && t !== text) out.push(t);
  return out;
}

const LIKENESS: Record<Lookalike['kind'], Likeness> = { tld: 'same-label', confusable: 'confusable', edit: 'one-edit', filler: 'filler' };

interface Claimed {
  brand: NewsBrand;
  places: Set<ClaimPlace>;
  /** Named by a name of its own (not an ordinary word) somewhere. */
  plain: boolean;
  /** Named so in one of the site's identity fields (every place but the title). */
  plainIdentity: boolean;
}

/**
 * The claimed way in (2. above). `host`: the page's host, unwrapped; `claims`: claimsOf. A page on any listed
 * brand's own domain (sister titles of a group, a franchise's national edition) impersonates nobody.
 */
function claimedImpersonation(host: string, claims: BrandClaim[], where: UrlLookup): Impersonation | null {
  if (!claims.length || where.match) return null;
  const reg = registrableDomain(host) ?? host;
  if (SYNDICATORS.has(reg) || SYNDICATORS.has(host.replace(/^www\./, '')) || CARRIERS.has(reg)) return null;
  // Without a listing, only a domain dressed up as the brand's, under an ending such operations use, is a disguise.
  if (!LOOKALIKE_ENDINGS.has(publicSuffixOf(host) ?? '')) return null;
  if (ownersOf(host).length) return null;
  const byBrand = new Map<NewsBrand, Claimed>();
  for (const c of claims) {
    const seen = new Set<NewsBrand>();
    for (const name of claimNames(c.text)) {
      for (const m of newsBrandsByName(name)) {
        if (seen.has(m.brand)) continue;
        seen.add(m.brand);
        const e = byBrand.get(m.brand) ?? { brand: m.brand, places: new Set<ClaimPlace>(), plain: false, plainIdentity: false };
        e.places.add(c.where);
        if (!m.ambiguous) {
          e.plain = true;
          // Only the site's own name fields name the site: the title's last part and an article's JSON-LD publisher
          // travel with a copied or syndicated article, logos include the press that wrote about a shop and a
          // network's member logo, copyright lines credit wires ("Copyright 2024 NPR").
          if (c.where === 'og:site_name' || c.where === 'application-name' || c.where === 'json-ld') e.plainIdentity = true;
        }
        byBrand.set(m.brand, e);
      }
    }
  }
  if (!byBrand.size) return null;
  const looks = lookalikeOf(host);
  let best: { e: Claimed; likeness: Likeness; score: number } | null = null;
  for (const e of byBrand.values()) {
    const look = looks.find((l) => l.brand === e.brand);
    const resembles = !!look && !look.weak;
    // Unlisted, a claim alone is never enough (namesakes, member stations, licensed editions, wire credits): the
    // domain must look like the brand's, and the site's own name field claim it (or two places a plain name).
    const enough = resembles && (e.plainIdentity || (e.places.size >= 2 && e.plain));
    if (!enough) continue;
    const score = (resembles ? 2 : 0) + e.places.size + (e.plain ? 1 : 0);
    if (!best || score > best.score) best = { e, likeness: resembles && look ? LIKENESS[look.kind] : 'none', score };
  }
  if (!best) return null;
  const b = best.e.brand;
  const domain = b.domains[0] ?? '';
  return { name: b.name, domain, domains: [...b.domains].slice(0, 10), likeness: best.likeness, claims };
}
