// Real outlets and institutions, the names they give themselves and the domains that are theirs: the table of the
// impersonation signal (a page that claims a brand its domain does not belong to). The table is data
// (src/data/news-brands.json, its $comment says what each field means); this file reads it and answers three
// questions, all pure (no DOM, no Node):
//
// - newsBrandsByName(name): which brands a claimed name ("DER SPIEGEL", "Spiegel", "spiegel") stands for. A name
//   matches as written or folded (case, accents, look-alike letters, spaces and punctuation: "Le Monde.fr" ~
//   "LeMonde.fr"); a match on one of the brand's ambiguous names — a common word ("Spiegel" is a mirror), a short
//   initialism — is flagged, and the caller needs more evidence. A name written exactly as one of the brand's own
//   names is not ambiguous ("SPIEGEL" is the magazine's logo; "Spiegel" in a shop's og:site_name may be a mirror).
// - ownsDomain(brand, domain): does the domain (a host or a registrable domain) belong to the brand: one of its
//   domains or below one, below one of its suffixes (gouv.fr), or — for a brand that is one host of a shared site
//   (bmi.bund.de, news.sky.com) — anywhere on that site.
// - lookalikeOf(domain): which brands the domain looks like (likeness.ts says how), never for any brand's own
//   domain or its subdomains, nor for a brand's listed namesakes.
//
// The state outlets are brands too ("a fake RT is a fake"): every entry of brands.json (the state outlets' names)
// becomes a brand with the domains of its registry outlet's network (RT's editions share RT's), so no state outlet's
// domain is written twice. news-brands.json entries may point at a registry outlet too (public broadcasters, KESMA's
// titles); their domains are then the registry's, plus the few the registry lacks.
import { getDomain, getPublicSuffix } from 'tldts';
import data from '../../data/news-brands.json';
import { getRegistry, type RegistryOutlet } from '../registry/data';
import { isIpLiteral, normalizeHost } from '../registry/normalize';
import { foldMixedScript } from '../text/confusables';
import { LATIN_EXTRA, doubledLetter, isFillerWord, nameWithFiller, oneEdit, shapeOf, type Shape } from './likeness';
import { BRANDS } from './table';

export type NewsBrandKind = 'news' | 'institution';

/** An entry of news-brands.json as written. */
export interface NewsBrandEntry {
  id: string;
  name: string;
  names: string[];
  ambiguous?: string[];
  domains: string[];
  country: string;
  kind: NewsBrandKind;
  group?: string;
  outlet?: string;
  outletDomains?: string[];
  suffixes?: string[];
  spellings?: string[];
  namesakes?: string[];
  note?: string;
}

/** A brand as the reader gives it: its domains complete (the table's and the registry's). */
export interface NewsBrand {
  id: string;
  name: string;
  names: readonly string[];
  ambiguous: readonly string[];
  /** Hosts that are the brand's, each with every host below it. */
  domains: readonly string[];
  /** Public suffixes reserved to the brand (an institution's gouv.fr): every domain below one is its. */
  suffixes: readonly string[];
  /** Latin spellings of its name used as domain labels (matched by lookalikeOf, owning nothing). */
  spellings: readonly string[];
  /** Registrable domains of unrelated sites that share its label: never reported as its look-alikes. */
  namesakes: readonly string[];
  country: string;
  kind: NewsBrandKind;
  group?: string;
  /** Its registry outlet, when it is one (a state outlet, a public broadcaster). */
  outlet?: string;
  /** Where it comes from: news-brands.json, or brands.json (a state outlet). */
  source: 'news-brands' | 'state-brands';
}

export const NEWS_BRAND_ENTRIES: readonly NewsBrandEntry[] = data.brands as NewsBrandEntry[];

/** The registrable domain of a host (tldts with the private suffixes, as ../registry/registrable.ts). */
function registrable(host: string): string | null {
  return getDomain(host, { allowPrivateDomains: true });
}

function suffixOf(host: string): string | null {
  return getPublicSuffix(host, { allowPrivateDomains: true });
}

/** A registry domain that names a host (not a path on a shared platform, not an IP address). */
function isHostDomain(d: string): boolean {
  return !d.includes('/') && !isIpLiteral(d);
}

// ---- names
/** A name as compared when not exact: look-alike letters folded, no accents, lower case, letters and digits only. */
export function foldName(name: string): string {
  const plain = foldMixedScript(name.normalize('NFC')).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  let out = '';
  for (const ch of plain) out += LATIN_EXTRA[ch] ?? ch;
  return out.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name as compared exactly: trimmed, its runs of spaces one space, NFC. */
function exactName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export interface NameMatch {
  brand: NewsBrand;
  /** The table's name that matched. */
  name: string;
  /** Matched as written (else folded). */
  exact: boolean;
  /** One of the brand's ambiguous names: a word or an initialism that needs more evidence. */
  ambiguous: boolean;
}

// ---- the table, built on first use
interface Tables {
  brands: readonly NewsBrand[];
  byId: ReadonlyMap<string, NewsBrand>;
  exact: ReadonlyMap<string, { brand: NewsBrand; name: string; ambiguous: boolean }[]>;
  folded: ReadonlyMap<string, { brand: NewsBrand; name: string; ambiguous: boolean }[]>;
  /** Host → the brands whose domain it is. */
  hosts: ReadonlyMap<string, NewsBrand[]>;
  /** Registrable domain of a shared site → the brands that are one host of it. */
  sites: ReadonlyMap<string, NewsBrand[]>;
  /** Public suffix → the brands it is reserved to. */
  suffixes: ReadonlyMap<string, NewsBrand[]>;
  keys: readonly LikenessKey[];
}

/** One name a look-alike can be measured against. */
interface LikenessKey {
  brand: NewsBrand;
  /** What the likeness is shown as: the brand's domain, suffix or spelling. */
  like: string;
  /** The name compared: a domain without its public suffix ("spiegel", "bmi.bund", "diplomatie.gouv"). */
  stem: string;
  shape: Shape;
  /** Letters of the stem as written (the skeleton spells m and w with two). */
  letters: number;
  /** The stem is itself a filler word ("news" of news.cn): no filler look-alikes. */
  fillerWord: boolean;
  /** Compared with the candidate's registrable domain without suffix, or with its whole host without suffix. */
  against: 'registrable' | 'host';
  weak: boolean;
}

let tables: Tables | null = null;

function networkDomains(outletId: string): string[] {
  const reg = getRegistry();
  const root = (o: RegistryOutlet): string => {
    let cur = o;
    const seen = new Set([cur.id]);
    while (cur.parent) {
      const p = reg.byId.get(cur.parent);
      if (!p || seen.has(p.id)) break;
      seen.add(p.id);
      cur = p;
    }
    return cur.id;
  };
  const own = reg.byId.get(outletId);
  if (!own) return [];
  const top = root(own);
  return reg.outlets.filter((o) => root(o) === top).flatMap((o) => o.domains.filter(isHostDomain));
}

function fromEntry(e: NewsBrandEntry): NewsBrand {
  const reg = getRegistry();
  const registryDomains = e.outletDomains ?? (e.outlet ? networkDomains(e.outlet) : []);
  return {
    id: e.id,
    name: e.name,
    names: e.names,
    ambiguous: e.ambiguous ?? [],
    domains: [...new Set([...registryDomains, ...e.domains])],
    suffixes: e.suffixes ?? [],
    spellings: e.spellings ?? [],
    namesakes: e.namesakes ?? [],
    country: e.country,
    kind: e.kind,
    ...(e.group ? { group: e.group } : {}),
    ...(e.outlet && reg.byId.has(e.outlet) ? { outlet: e.outlet } : {}),
    source: 'news-brands',
  };
}

function stateBrands(listed: ReadonlySet<string>): NewsBrand[] {
  const reg = getRegistry();
  return BRANDS.filter((b) => !listed.has(b.outlet)).flatMap((b): NewsBrand[] => {
    const o = reg.byId.get(b.outlet);
    if (!o) return [];
    const network = o.parent ? reg.byId.get(o.parent)?.id : undefined;
    return [
      {
        id: o.id,
        name: o.name,
        names: b.names,
        ambiguous: b.ambiguous ?? [],
        domains: [...new Set(networkDomains(o.id))],
        suffixes: [],
        spellings: [],
        namesakes: [],
        country: o.country,
        kind: 'news',
        group: network ?? o.id,
        outlet: o.id,
        source: 'state-brands',
      },
    ];
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** The stem of a domain: the domain without its public suffix ("spiegel.de" → "spiegel"). */
function stemOf(domain: string): string | null {
  const suffix = suffixOf(domain);
  if (!suffix || suffix === domain) return null;
  return domain.slice(0, domain.length - suffix.length - 1);
}

function keysOf(brand: NewsBrand, handDomains: ReadonlySet<string>): LikenessKey[] {
  const weakWords = new Set(brand.ambiguous.map(foldName));
  const key = (like: string, stem: string, against: LikenessKey['against']): LikenessKey => {
    const last = stem.slice(stem.lastIndexOf('.') + 1);
    const letters = stem.replace(/[-._]/g, '').length;
    const weak = letters <= 3 || isFillerWord(last) || weakWords.has(foldName(last)) || weakWords.has(foldName(stem));
    return { brand, like, stem, shape: shapeOf(stem), letters, fillerWord: isFillerWord(stem), against, weak };
  };
  const out: LikenessKey[] = [];
  for (const d of brand.domains) {
    const reg = registrable(d);
    const stem = stemOf(d);
    if (!reg || !stem) continue;
    if (reg === d) {
      out.push(key(d, stem, 'registrable'));
      // diplomatie.gouv.fr: also "diplomatie.gouv", which diplomatie.gouv.fm shows.
      const lastDot = d.lastIndexOf('.');
      const tldless = d.slice(0, lastDot);
      if (tldless !== stem) out.push(key(d, tldless, 'host'));
    } else if (handDomains.has(d)) out.push(key(d, stem, 'host'));
  }
  for (const s of brand.suffixes) {
    const stem = s.slice(0, s.lastIndexOf('.'));
    if (stem) out.push(key(s, stem, 'registrable'));
  }
  for (const sp of brand.spellings) out.push(key(sp, sp, 'registrable'));
  return out;
}

function getTables(): Tables {
  if (tables) return tables;
  const listed = new Set(NEWS_BRAND_ENTRIES.filter((e) => e.outlet && !e.outletDomains).map((e) => e.outlet!));
  const brands = [...NEWS_BRAND_ENTRIES.map(fromEntry), ...stateBrands(listed)];
  const exact = new Map<string, { brand: NewsBrand; name: string; ambiguous: boolean }[]>();
  const folded = new Map<string, { brand: NewsBrand; name: string; ambiguous: boolean }[]>();
  const hosts = new Map<string, NewsBrand[]>();
  const sites = new Map<string, NewsBrand[]>();
  const suffixes = new Map<string, NewsBrand[]>();
  const keys: LikenessKey[] = [];
  const handById = new Map(NEWS_BRAND_ENTRIES.map((e) => [e.id, new Set(e.domains)]));
  for (const brand of brands) {
    for (const [list, ambiguous] of [[brand.names, false], [brand.ambiguous, true]] as const) {
      for (const name of list) {
        push(exact, exactName(name), { brand, name, ambiguous });
        const f = foldName(name);
        if (f) push(folded, f, { brand, name, ambiguous });
      }
    }
    const hand = handById.get(brand.id) ?? new Set<string>();
    for (const d of brand.domains) {
      push(hosts, d, brand);
      const reg = registrable(d);
      if (reg && reg !== d && hand.has(d)) push(sites, reg, brand);
    }
    for (const s of brand.suffixes) push(suffixes, s, brand);
    // A covert network's throw-away domains (the Pravda network's hundreds) are no brand anyone imitates: owned, not measured.
    if (!brand.outlet || getRegistry().byId.get(brand.outlet)?.category !== 'covert-network') keys.push(...keysOf(brand, hand));
  }
  tables = { brands, byId: new Map(brands.map((b) => [b.id, b])), exact, folded, hosts, sites, suffixes, keys };
  return tables;
}

/** Every brand: the table's, then the state outlets of brands.json. */
export function allNewsBrands(): readonly NewsBrand[] {
  return getTables().brands;
}

export function newsBrandById(id: string): NewsBrand | null {
  return getTables().byId.get(id) ?? null;
}

/**
 * The brands a claimed name stands for, best first: names matched as written before folded ones, plain names
 * before ambiguous ones. Empty when none.
 */
export function newsBrandsByName(name: string): NameMatch[] {
  const t = getTables();
  const best = new Map<NewsBrand, NameMatch>();
  const rank = (m: NameMatch): number => (m.ambiguous ? 2 : 0) + (m.exact ? 0 : 1);
  const offer = (m: NameMatch): void => {
    const had = best.get(m.brand);
    if (!had || rank(m) < rank(had)) best.set(m.brand, m);
  };
  for (const hit of t.exact.get(exactName(name)) ?? []) offer({ ...hit, exact: true });
  const f = foldName(name);
  if (f) {
    const hits = t.folded.get(f) ?? [];
    for (const hit of hits) {
      // A folded match is ambiguous when the brand has an ambiguous name of that fold: "spiegel" is "Spiegel".
      const ambiguous = hit.ambiguous || hits.some((h) => h.brand === hit.brand && h.ambiguous);
      offer({ ...hit, ambiguous, exact: false });
    }
  }
  return [...best.values()].sort((a, b) => rank(a) - rank(b) || a.brand.id.localeCompare(b.brand.id));
}

function hostOf(domain: string): string | null {
  const h = normalizeHost(domain);
  return h && !h.includes('[') ? h : null;
}

/** The brands that own a domain (a host or a registrable domain): see ownsDomain. */
export function ownersOf(domain: string): NewsBrand[] {
  const host = hostOf(domain);
  if (!host) return [];
  const t = getTables();
  const out = new Set<NewsBrand>();
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const tail = labels.slice(i).join('.');
    for (const b of t.hosts.get(tail) ?? []) out.add(b);
    if (i > 0) for (const b of t.suffixes.get(tail) ?? []) out.add(b);
  }
  const reg = registrable(host);
  if (reg) for (const b of t.sites.get(reg) ?? []) out.add(b);
  return [...out];
}

/**
 * True when `domain` (a host or a registrable domain) is the brand's: one of its domains or a host below one,
 * a domain below one of its suffixes, or — for a brand that is one host of a shared site (bmi.bund.de on bund.de,
 * news.sky.com on sky.com) — anywhere on that site: a page elsewhere on the ministry's own domain is no impersonation.
 */
export function ownsDomain(brand: NewsBrand, domain: string): boolean {
  return ownersOf(domain).includes(brand);
}

export type Likeness = 'tld' | 'confusable' | 'edit' | 'filler';

export interface Lookalike {
  brand: NewsBrand;
  kind: Likeness;
  /** The brand's domain (or suffix, or spelling) that the domain looks like. */
  like: string;
  /** The brand's name in the domain is short (3 letters or fewer), an ordinary word (one of its ambiguous names) or
   * a filler word ("news" of news.cn): the likeness alone proves little. */
  weak: boolean;
}

const KIND_RANK: Record<Likeness, number> = { tld: 0, confusable: 1, edit: 2, filler: 3 };

function likeness(key: LikenessKey, cand: Shape): Likeness | null {
  if (cand.text === key.stem) return 'tld';
  const sk = cand.skeleton;
  const own = key.shape.skeleton;
  if (sk === own) return 'confusable';
  // Any edit for a name of 6 letters or more; a doubled letter only for one of 3 to 5.
  if (key.letters >= 6 ? oneEdit(own, sk) : key.letters >= 3 && doubledLetter(own, sk)) return 'edit';
  if (key.letters >= 3 && !key.fillerWord && nameWithFiller(key.shape, cand)) return 'filler';
  return null;
}

/**
 * The brands whose domains `domain` (a host, or a registrable domain) looks like, best first (strong before weak,
 * then tld, confusable, edit, filler, then the longer name): the same name under another suffix (bild.work), one
 * skeleton (blld.live, tonline.life), one edit (spiegeli.life; for names of 3–5 letters only a doubled letter:
 * fazz.lol), or the name plus filler words (lemonde-info.top). Empty for any brand's own domain or a host below
 * one, and for a brand's namesakes. Pass the host when there is one: diplomatie.gouv.fm looks like
 * diplomatie.gouv.fr only as a host (its registrable domain is gouv.fm). `evenIfOwned` measures an owned domain
 * against the other brands (for checking the table: which real outlets' domains look like each other's).
 */
export function lookalikeOf(domain: string, options: { evenIfOwned?: boolean } = {}): Lookalike[] {
  const host = hostOf(domain);
  if (!host) return [];
  const reg = registrable(host);
  if (!reg) return [];
  const owners = ownersOf(host);
  if (owners.length && !options.evenIfOwned) return [];
  const regStem = stemOf(reg);
  const hostStem = stemOf(host.startsWith('www.') ? host.slice(4) : host);
  if (!regStem || !hostStem) return [];
  const regShape = shapeOf(regStem);
  const hostShape = hostStem === regStem ? regShape : shapeOf(hostStem);
  const best = new Map<NewsBrand, { hit: Lookalike; length: number }>();
  for (const key of getTables().keys) {
    if (key.brand.namesakes.includes(reg) || owners.includes(key.brand)) continue;
    const kind = likeness(key, key.against === 'registrable' ? regShape : hostShape);
    if (!kind) continue;
    const hit: Lookalike = { brand: key.brand, kind, like: key.like, weak: key.weak };
    const had = best.get(key.brand);
    if (!had || order({ hit, length: key.stem.length }, had) < 0) best.set(key.brand, { hit, length: key.stem.length });
  }
  return [...best.values()].sort(order).map((x) => x.hit);
}

function order(a: { hit: Lookalike; length: number }, b: { hit: Lookalike; length: number }): number {
  return Number(a.hit.weak) - Number(b.hit.weak) || KIND_RANK[a.hit.kind] - KIND_RANK[b.hit.kind] || b.length - a.length || a.hit.brand.id.localeCompare(b.hit.brand.id);
}
