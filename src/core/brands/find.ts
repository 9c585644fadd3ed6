/*
 * brands: one table of how state outlets' names appear in page text (titles, datelines, credits, source lines),
 * and the matchers the text signals share (title-suffix, attribution-line, outlet-credit, source-link).
 * The table is data (src/data/brands.json, read by table.ts); findBrands and exactBrand are here, brandSegment
 * and knownSection in segment.ts, the quick rejection in quick.ts. Tested in brands.test.ts.
 *
 * Rules
 * - Names are matched case-sensitively ("RT" only in capitals; "Tass"/"TASS" but not "tass"), as whole tokens:
 *   a Latin/Cyrillic/Greek name may not touch a letter or digit of those scripts, nor a hyphenated word
 *   ("RT-PCR", "Anti-RT", "Sputnik-Impfstoff"); "@RT" and "RT @user" (retweets) are not the outlet. A Latin name
 *   may touch CJK characters ("RT世界新闻", "RTワールドニュース"). CJK names need no boundary.
 * - "Sputnik"/"Спутник" followed by V, Light, a digit or a vaccine/satellite word, or preceded by a vaccine word,
 *   is the vaccine or the satellite, not the outlet.
 * - Ambiguous names (initials and common words: "AA", "RIA", "CCTV", "Fars", "Granma", "Спутник", "الجزيرة" …)
 *   count only where a context makes them a name: a dateline "(AA)", a "Source:" line, a copyright line.
 *   findBrands() leaves them out unless asked; title-suffix never takes them ("… – CCTV" may be a video category).
 * - "Pravda" counts only in the network's own forms ("Pravda EN", "pravda-de.com"); never bare.
 * - Al Jazeera is in the table: the registry classifies it state-controlled (MJRC), so its datelines and
 *   suffixes are origin evidence like any other; citing it ("told Al Jazeera") only makes a page "cites".
 * - Outlet ids are the registry's; a name stands for the most specific edition it names ("RT DE" → rt-de).
 * - Brand + section: a title segment that is the brand plus a few words, original or machine-translated, is the
 *   outlet's section name ("RT World News", "RT Russland und ehemalige Sowjetunion", "RT世界新闻", "Мировые новости RT").
 *
 * | text                                                        | findBrands / brandSegment          |
 * |-------------------------------------------------------------|------------------------------------|
 * | "according to RT", "see www.rt.com/russia/…", "RT世界新闻"   | rt                                 |
 * | "RT DE berichtet"                                           | rt-de                              |
 * | "Foto: Mikhail Sinitsyn/TASS", "ИТАР-ТАСС", "タス通信によると" | tass                               |
 * | "сообщает РИА Новости", "laut RIA Nowosti"                  | ria-novosti                        |
 * | "据新华社报道"                                               | xinhua                             |
 * | "Pravda EN reposted it", "pravda-de.com"                    | pravda-network                     |
 * | "selon Sputnik"                                             | sputnik                            |
 * | "Al Jazeera reported"                                       | al-jazeera                         |
 * | "Sputnik V vaccine", "szczepionki Sputnik V", "Sputnika V", "the Sputnik 1 satellite" | nothing   |
 * | "RT-PCR test", "RT @user", "ART and Smart", "Anti-RT protest" | nothing                          |
 * | "CCTV footage", "Anadolu lisesi" (ambiguous, no context)     | nothing                            |
 * | "Ukrainska Pravda", "Pravda said"                           | nothing                            |
 * | "tass Rt rt" (case), "www.breitbart.com"                    | nothing                            |
 * | segment "RT Russland und ehemalige Sowjetunion", "RT World News", "RTワールドニュース" | rt (brand+section) |
 * | segment "Мировые новости RT", "Світові новини RT", "חדשות RT העולמיות" | rt (brand+section) |
 * | segment "RT in Russian", "РТ на русском"                    | rt                                 |
 * | segment "Sputnik International" / "Xinhua" / "RT France"    | sputnik / xinhua / rt-france       |
 * | segment "Why RT was banned", "RT (TV network)", "Sputnik V vaccine" | not a brand segment        |
 * | segment "The Guardian", "Wikipedia", "Politics", "Ukrainska Pravda", a long sentence | not a brand segment |
 */
import { nameStem, quickTest, type QuickTest } from './quick';
import { BRANDS } from './table';
import { foldMixedScript } from '../text/confusables';


export interface BrandHit {
  outlet: string;
  /** The name exactly as on the page. */
  text: string;
  index: number;
  end: number;
  ambiguous: boolean;
}

const WIDE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

type Kind = 'wide' | 'rtl' | 'cjk';

function kindOf(name: string): Kind {
  if (WIDE.test(name)) return 'wide';
  if (RTL.test(name)) return 'rtl';
  return 'cjk';
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal name → regex source: spaces match any run of white space, straight and typographic apostrophes match each other. */
function nameSource(name: string): string {
  return escape(name)
    .replace(/ /g, '[\\s\\u00a0]+')
    .replace(/['’]/g, "['’]");
}

const BOUNDARY: Record<Kind, { before: string; after: string }> = {
  // Not inside a word of an alphabetic script, not part of a hyphenated compound, not a handle or hashtag.
  wide: {
    before: '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_@#])(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}][-‐])',
    after: '(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_])(?![-‐][\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}])',
  },
  rtl: { before: '(?<![\\p{Script=Arabic}\\p{Script=Hebrew}])', after: '(?![\\p{Script=Arabic}\\p{Script=Hebrew}])' },
  cjk: { before: '', after: '' },
};

interface Compiled {
  re: RegExp;
  /** The same, sticky: tried only where quick.nameStarts says a name may start (no match starts elsewhere). */
  at: RegExp;
  /**
   * Quick rejection: the literal start of every name (case-sensitive, plus "ravda", which every Pravda pattern
   * contains) and every host (any case). A text holding none cannot hold a brand; most paragraphs hold none.
   */
  quick: QuickTest | null;
  /** normalised matched text → entry */
  lookup: Map<string, { outlet: string; ambiguous: boolean }>;
  /** `pravda`: one of the name-family patterns (each holds "ravda"); the others find hosts. */
  patterns: { re: RegExp; outlet: string; pravda: boolean }[];
}

export function norm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'");
}

function compile(): Compiled {
  const lookup = new Map<string, { outlet: string; ambiguous: boolean }>();
  const byKind: Record<Kind, string[]> = { wide: [], rtl: [], cjk: [] };
  const hostNames: string[] = [];
  const patterns: Compiled['patterns'] = [];
  for (const e of BRANDS) {
    for (const [list, ambiguous] of [
      [e.names, false],
      [e.ambiguous ?? [], true],
    ] as const) {
      for (const n of list) {
        if (!lookup.has(norm(n))) lookup.set(norm(n), { outlet: e.outlet, ambiguous });
        byKind[kindOf(n)].push(n);
      }
    }
    for (const h of e.hosts ?? []) {
      lookup.set(`host:${h.toLowerCase()}`, { outlet: e.outlet, ambiguous: false });
      hostNames.push(h);
    }
    for (const p of e.patterns ?? []) patterns.push({ re: new RegExp(`${BOUNDARY.wide.before}(?:${p})${BOUNDARY.wide.after}`, 'gu'), outlet: e.outlet, pravda: true });
  }
  const alt = (names: string[]) =>
    [...new Set(names)]
      .sort((a, b) => b.length - a.length)
      .map(nameSource)
      .join('|');
  const parts: string[] = [];
  for (const k of ['wide', 'rtl', 'cjk'] as const) if (byKind[k].length) parts.push(`${BOUNDARY[k].before}(?:${alt(byKind[k])})${BOUNDARY[k].after}`);
  // Addresses as text: "rt.com", "www.rt.com/russia/…" — any case, not part of a longer host name.
  const hosts = `(?<![\\p{L}\\p{N}.@-])(?:https?://)?(?:www\\.)?(?<host>${alt(hostNames)})(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])(?:/[^\\s"'<>)\\]]*)?`;
  // Case-sensitive for names; hosts are matched separately, case-insensitively.
  const allNames = [...byKind.wide, ...byKind.rtl, ...byKind.cjk];
  // A pattern without the literal "ravda" would escape the quick rejection: then there is none.
  const quickOk = BRANDS.every((e) => (e.patterns ?? []).every((p) => p.includes('ravda')));
  return {
    re: new RegExp(parts.join('|'), 'gu'),
    at: new RegExp(parts.join('|'), 'uy'),
    quick: quickOk ? quickTest([...allNames.map(nameStem), 'ravda'], hostNames.map((h) => h.toLowerCase())) : null,
    lookup,
    patterns: [...patterns, { re: new RegExp(hosts, 'giu'), outlet: '', pravda: false }],
  };
}

let compiled: Compiled | null = null;
function table(): Compiled {
  if (!compiled) compiled = compile();
  return compiled;
}

// "Sputnik V", "Sputnik Light", "Sputnik 1", "Sputnik-Impfstoff", "Спутник V", "vaccin Sputnik", "the Sputnik satellite".
const SPUTNIK_NOT_OUTLET_AFTER =
  /^[\s\u00a0«»"“”„'‘’-]*(?:V(?![\p{L}\p{N}])|Light|Lite|Лайт|\p{N}|vacc|vakz|vaks|vakc|vacun|vacin|vaccin|szczep|oček|impf|вакц|moment|crisis|krise|kryzys|shock|schock|satellit|satélite)/iu;
// Read on the 40 characters before a name (isOutletUse): at most 0.001 ms there.
const SPUTNIK_NOT_OUTLET_BEFORE = /(?:vaccin\p{L}*|vaccine|vakzin\p{L}*|impfstoff\p{L}*|szczepionk\p{L}*|vacuna\p{L}*|vacina\p{L}*|vakcín\p{L}*|očkovac\p{L}*|вакцин\p{L}*|препарат\p{L}*|satellit\p{L}*|satélite|спутник\p{L}*|covid\p{L}*)[\s\u00a0«»"“”„'‘’:-]*$/iu;

function isOutletUse(outlet: string, text: string, hit: { index: number; end: number; text: string }): boolean {
  const after = text.slice(hit.end, hit.end + 24);
  const before = text.slice(Math.max(0, hit.index - 40), hit.index);
  if (outlet === 'sputnik' && /^(?:Sputnik|SPUTNIK|Спутник|Sputnjik|سبوتنيك)$/u.test(hit.text)) {
    if (SPUTNIK_NOT_OUTLET_AFTER.test(after) || SPUTNIK_NOT_OUTLET_BEFORE.test(before)) return false;
  }
  // Retweets: "RT @user".
  if (hit.text === 'RT' && /^\s*@/.test(after)) return false;
  return true;
}

export interface FindOptions {
  /** Also return ambiguous names (only for callers that check a context such as a dateline). */
  ambiguous?: boolean;
}

/** Every outlet name in the text, left to right, longest match first, overlaps removed. */
export function findBrands(original: string, opts: FindOptions = {}): BrandHit[] {
  if (!original) return [];
  // Look-alike letters in a Latin word ("RТ" with a Cyrillic Т) fold to Latin, offsets kept (text/confusables.ts).
  const text = foldMixedScript(original);
  const t = table();
  const starts = t.quick?.nameStarts(text);
  const pravda = !t.quick || text.includes('ravda');
  const hosts = !t.quick || t.quick.hosts(text);
  if (starts && !starts.length && !pravda && !hosts) return [];
  const raw: BrandHit[] = [];
  const hit = (m: RegExpMatchArray & { index: number }): void => {
    const e = t.lookup.get(norm(m[0]));
    if (e) raw.push({ outlet: e.outlet, text: m[0], index: m.index, end: m.index + m[0].length, ambiguous: e.ambiguous });
  };
  if (!starts) {
    for (const m of text.matchAll(t.re)) hit(m);
  } else {
    // What the global scan finds, tried only where a name may start: left to right, on after each match's end.
    let reach = 0;
    for (const i of starts) {
      if (i < reach) continue;
      t.at.lastIndex = i;
      const m = t.at.exec(text) as (RegExpExecArray & { index: number }) | null;
      if (!m) continue;
      hit(m);
      reach = m.index + m[0].length;
    }
  }
  for (const p of t.patterns) {
    if (!(p.pravda ? pravda : hosts)) continue;
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const host = m.groups?.host;
      const outlet = host ? t.lookup.get(`host:${host.toLowerCase()}`)?.outlet : p.outlet;
      if (!outlet) continue;
      raw.push({ outlet, text: m[0], index: m.index, end: m.index + m[0].length, ambiguous: false });
    }
  }
  raw.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: BrandHit[] = [];
  let reach = -1;
  for (const h of raw) {
    if (h.index < reach) continue;
    if (!isOutletUse(h.outlet, text, h)) continue;
    if (h.ambiguous && !opts.ambiguous) {
      reach = h.end;
      continue;
    }
    out.push(h);
    reach = h.end;
  }
  return out;
}

/** Leading quotes, then trailing ones: as /^[«"“„'‘]+|[»"”'’.。]+$/gu, but a trailing run is tried from its start only. */
export function trimQuotes(text: string): string {
  return text.replace(/^[«"“„'‘]+/u, '').replace(/(?<![»"”'’.。])[»"”'’.。]+$/u, '');
}

/** Trailing full stops, as /[.。]+$/u; (?<![.。]): a run is tried from its first only, not from each (quadratic). */
export function trimFullStops(text: string): string {
  return text.replace(/(?<![.。])[.。]+$/u, '');
}

/** The text is exactly one outlet name (surrounding white space and quotes aside); ambiguous names included. */
export function exactBrand(text: string): BrandHit | null {
  const s = trimQuotes(text.trim()).trim();
  if (!s) return null;
  const hits = findBrands(s, { ambiguous: true });
  const h = hits[0];
  return hits.length === 1 && h && h.index === 0 && h.end === s.length ? h : null;
}
