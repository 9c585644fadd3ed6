/*
 * The loose boilerplate matcher shared by the 'boilerplate' (origin) and 'mt-boilerplate' (translation) signals.
 *
 * Data: src/data/boilerplate.json: strings state outlets put on their own pages, each judged `specific` or not,
 * with the renderings machine translation makes of them. Only specific strings (and their renderings) are
 * looked for; a low-specificity string ("Show comments", "This website uses cookies") never matches.
 *
 * Matching is by WORDS, not characters, so it is loose where pages and MT systems differ and strict where it
 * matters:
 *  - text is cut into word tokens (letters, digits, marks, with inner apostrophes: "RT's", "RT'yi"); each Han or
 *    kana character is a token of its own, so CJK needs no spaces ("RT世界新闻" = "RT 世界新闻");
 *  - each token is folded: NFKD, combining marks dropped (accents, Arabic harakat, Hebrew points), lower case,
 *    ß→ss, ς→σ, Arabic/Persian letter variants unified, every apostrophe variant → ', tatweel dropped;
 *  - everything between tokens is ignored: quotes of every kind (“ ” „ « » 「 」 "), dashes (- – — −),
 *    colons, "…", "©", "@", "#", emoji and any run of white space. So “Follow RT on”, "Follow  RT on:" and
 *    "FOLLOW RT ON" are the same phrase, and a trailing ":" or "…" never matters;
 *  - a pattern matches only as a whole-word sequence: "You can share this story" does not match
 *    "You can share this story on social media", and "RT" never matches inside "ART".
 * Each entry also has an anchor saying where on a line it may sit (footers and labels stand on their own lines):
 *  - phrase: anywhere in a paragraph (long, distinctive sentences);
 *  - line:   at the start of a paragraph with at most `maxExtra` (default 8) more words after it
 *            ("Follow RT on Telegram VK X"), so "Users who follow RT on Telegram …" does not count;
 *  - exact:  the paragraph is the phrase, give or take one word ("Question more", "RT News App");
 *  - end:    at the end of a paragraph, as a title suffix ("… – RT World News").
 * (Han/kana characters count half a word when counting extra words.)
 *
 * Where: the first 5 and last 15 paragraphs first (mastheads and footers), then the others, then the head and
 * tail lines of facts.text (Readability's or the body's text, for footers that are not block elements), all under
 * a character budget so a hostile page costs a bounded time. One pass per paragraph: patterns are indexed by
 * their first two tokens, so each token costs one Map look-up (two when it starts some pattern). Results are memoised per signal context.
 */
import rawData from '../../data/boilerplate.json';
import { networkOf, outletById } from '../registry/index';
import type { SignalContext } from './context';

export type Anchor = 'phrase' | 'line' | 'exact' | 'end';

export interface Rendering {
  lang: string;
  text: string;
  kind: 'machine-translation';
}

export interface BoilerplateEntry {
  outlet: string;
  lang: string;
  string: string;
  where: string;
  kind: string;
  source: string;
  confidence: string;
  specific: boolean;
  /** Why the string is (not) specific enough to count, and any caveat. */
  judgement: string;
  anchor?: Anchor;
  maxExtra?: number;
  /** false when machine translation leaves the string as it is or its translations are too generic to count. */
  translate?: boolean;
  renderings?: Rendering[];
}

export interface BoilerplateData {
  entries: BoilerplateEntry[];
}

export const BOILERPLATE: BoilerplateData = rawData as unknown as BoilerplateData;

export interface BoilerplateMatch {
  /** Outlet id of the entry (e.g. "rt", "rt-espanol", "sputnik"). */
  outlet: string;
  /** The entry's original string as the registry has it ("You can share this story on social media:"). */
  original: string;
  /** Language of the original ("en"). */
  originalLang: string;
  /** The entry's kind in the registry ("boilerplate", "title-suffix", "slogan" …). */
  kind: string;
  /** The pattern that matched: the original or one of its renderings. */
  pattern: string;
  /** Language of the pattern ("de" for a German rendering, the original's language otherwise). */
  lang: string;
  /** True when the pattern is a machine-translation rendering, not the original. */
  translated: boolean;
  /** The matched text exactly as it stands on the page. */
  pageText: string;
  /** Where it was found: a paragraph (with its index) or a line of facts.text. */
  source: 'paragraph' | 'text';
  index: number;
}

interface Pattern {
  entry: BoilerplateEntry;
  text: string;
  lang: string;
  translated: boolean;
  tokens: string[];
  anchor: Anchor;
  maxExtra: number;
  units: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

// Character classes, decided once per 256-code-point block on first sight (a regex per character is too slow:
// a hand-written scan reads a 40,000-character article in well under a millisecond).
const SEP = 0; // anything between words: space, punctuation, quotes, dashes, symbols, emoji
const WORD_CHAR = 1; // letter, digit or combining mark
const CJK_CHAR = 2; // Han or kana letter: a token of its own
const JOINER = 3; // apostrophe: part of a word when letters stand on both sides ("RT's", "RT’yi", "מקדונלד׳ס")

const LETTER = /^[\p{L}\p{N}\p{M}]$/u;
const APOSTROPHE_CHARS = "'’‘ʼ´`׳′";
const APOSTROPHES = /['’‘ʼ´`׳′]/g;
const MARKS = /\p{M}+/gu;
const ARABIC_VARIANTS: Record<string, string> = { 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ـ': '' };
const ARABIC_RE = /[ىیکـ]/g;

function isCjk(cp: number): boolean {
  // CJK radicals, kana, CJK unified ideographs and compatibility ideographs, halfwidth kana, supplementary
  // ideographs. Hangul (including its compatibility jamo inside the first range) is written with spaces: a word.
  return (
    (cp >= 0x2e80 && cp <= 0x9fff && !(cp >= 0x3130 && cp <= 0x318f)) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff66 && cp <= 0xff9f) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (APOSTROPHE_CHARS.includes(ch)) return JOINER;
  if (!LETTER.test(ch)) return SEP;
  return isCjk(cp) ? CJK_CHAR : WORD_CHAR;
}

const BLOCKS: (Uint8Array | undefined)[] = [];
const ASTRAL = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const b = cp >> 8;
    let table = BLOCKS[b];
    if (!table) {
      table = new Uint8Array(256);
      for (let i = 0; i < 256; i++) {
        const c = (b << 8) | i;
        table[i] = c >= 0xd800 && c <= 0xdfff ? SEP : classify(c);
      }
      BLOCKS[b] = table;
    }
    return table[cp & 0xff] ?? SEP;
  }
  let c = ASTRAL.get(cp);
  if (c === undefined) {
    c = classify(cp);
    if (ASTRAL.size < 10_000) ASTRAL.set(cp, c);
  }
  return c;
}

const foldCache = new Map<string, string>();

/** Folds one token: see the header. ASCII takes the fast path. */
export function foldToken(token: string, ascii = /^[\x00-\x7f]*$/.test(token)): string {
  if (ascii) return token.indexOf('`') >= 0 ? token.replace(APOSTROPHES, "'").toLowerCase() : token.toLowerCase();
  const cached = foldCache.get(token);
  if (cached !== undefined) return cached;
  const folded = token
    .replace(APOSTROPHES, "'")
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .replace(ARABIC_RE, (c) => ARABIC_VARIANTS[c] ?? c);
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(token, folded);
  return folded;
}

export interface Tokens {
  norm: string[];
  start: number[];
  end: number[];
  /** Running sum of units (1 per word, 0.5 per Han/kana character) before token i; length n + 1. */
  units: number[];
}

/**
 * A scanned string: token offsets and units. Non-ASCII tokens are folded during the scan (cached); ASCII tokens
 * only carry a hash of their folded form and are made into strings on demand, since most words of a page start
 * no pattern and never need to be.
 */
interface Scan {
  s: string;
  count: number;
  start: number[];
  end: number[];
  units: number[];
  hash: number[];
  norm: (string | undefined)[];
}

function asciiHash(folded: string): number {
  let h = 0;
  for (let i = 0; i < folded.length; i++) h = (Math.imul(h, 31) + folded.charCodeAt(i)) | 0;
  return h;
}

function scan(s: string): Scan {
  const start: number[] = [];
  const end: number[] = [];
  const units: number[] = [0];
  const hash: number[] = [];
  const norm: (string | undefined)[] = [];
  let total = 0;
  const n = s.length;
  let wordStart = -1;
  let ascii = true;
  let h = 0;
  const emitWord = (to: number): void => {
    if (ascii) {
      norm.push(undefined);
      hash.push(h);
    } else {
      const f = foldToken(s.slice(wordStart, to), false);
      if (!f) return;
      norm.push(f);
      hash.push(0);
    }
    start.push(wordStart);
    end.push(to);
    units.push((total += 1));
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let cp = c;
    let len = 1;
    let cls: number;
    if (c < 0x80) {
      cls = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? WORD_CHAR : c === 0x27 || c === 0x60 ? JOINER : SEP;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        cp = s.codePointAt(i) ?? c;
        len = cp > 0xffff ? 2 : 1;
      }
      cls = classOf(cp);
    }
    if (cls === WORD_CHAR) {
      if (wordStart < 0) {
        wordStart = i;
        ascii = true;
        h = 0;
      }
      if (c >= 0x80) ascii = false;
      else h = (Math.imul(h, 31) + (c >= 0x41 && c <= 0x5a ? c + 32 : c)) | 0;
      i += len;
      continue;
    }
    if (cls === JOINER && wordStart >= 0 && i + 1 < n) {
      const next = s.codePointAt(i + 1) ?? 0;
      if (classOf(next) === WORD_CHAR) {
        if (c >= 0x80) ascii = false;
        else h = (Math.imul(h, 31) + 0x27) | 0;
        i += 1;
        continue;
      }
    }
    if (wordStart >= 0) {
      emitWord(i);
      wordStart = -1;
    }
    if (cls === CJK_CHAR) {
      // Unified ideographs fold to themselves; kana (voicing marks) and compatibility forms need folding.
      const f = cp >= 0x3400 && cp <= 0x9fff ? s.charAt(i) : foldToken(s.slice(i, i + len), false);
      if (f) {
        norm.push(f);
        hash.push(0);
        start.push(i);
        end.push(i + len);
        units.push((total += 0.5));
      }
    }
    i += len;
  }
  if (wordStart >= 0) emitWord(n);
  return { s, count: start.length, start, end, units, hash, norm };
}

/** The folded token i of a scan, made on demand. */
function tokenAt(sc: Scan, i: number): string {
  let t = sc.norm[i];
  if (t === undefined) {
    t = foldToken(sc.s.slice(sc.start[i], sc.end[i]), true);
    sc.norm[i] = t;
  }
  return t;
}

/** Cuts a string into folded word tokens with their offsets in the string. */
export function tokenize(s: string): Tokens {
  const sc = scan(s);
  const norm: string[] = [];
  for (let i = 0; i < sc.count; i++) norm.push(tokenAt(sc, i));
  return { norm, start: sc.start, end: sc.end, units: sc.units };
}

/** The folded form of a string: its tokens joined by single spaces (how patterns are compared and deduplicated). */
export function normalizeText(s: string): string {
  return tokenize(s).norm.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Patterns, indexed once at module load by their first two tokens

const DEFAULT_MAX_EXTRA = 8;
/** Hashes of the ASCII first tokens of all patterns: an ASCII word whose hash is not here starts no pattern. */
const FIRST_ASCII = new Set<number>();

function compile(data: BoilerplateData): Map<string, Map<string, Pattern[]>> {
  const index = new Map<string, Map<string, Pattern[]>>();
  const seen = new Set<string>();
  const add = (entry: BoilerplateEntry, text: string, lang: string, translated: boolean): void => {
    const t = tokenize(text);
    if (t.norm.length < 2) return; // a single word is never specific (the data test enforces this too)
    const key = t.norm.join(' ');
    if (seen.has(key)) return; // first one wins; the data test reports duplicates
    seen.add(key);
    const p: Pattern = {
      entry,
      text,
      lang,
      translated,
      tokens: t.norm,
      anchor: entry.anchor ?? 'phrase',
      maxExtra: entry.maxExtra ?? DEFAULT_MAX_EXTRA,
      units: t.units[t.norm.length] ?? t.norm.length,
    };
    const [first = '', second = ''] = t.norm;
    if (/^[\x00-\x7f]*$/.test(first)) FIRST_ASCII.add(asciiHash(first));
    let bySecond = index.get(first);
    if (!bySecond) index.set(first, (bySecond = new Map()));
    const list = bySecond.get(second);
    if (list) list.push(p);
    else bySecond.set(second, [p]);
  };
  for (const e of data.entries) {
    if (!e.specific) continue;
    add(e, e.string, e.lang, false);
    for (const r of e.renderings ?? []) add(e, r.text, r.lang, true);
  }
  return index;
}

const INDEX = compile(BOILERPLATE);

// ---------------------------------------------------------------------------------------------------------------
// Matching

interface Hit {
  pattern: Pattern;
  first: number; // token index
  count: number;
}

function anchorOk(p: Pattern, sc: Scan, first: number): boolean {
  const n = sc.count;
  const last = first + p.tokens.length;
  const extra = (sc.units[n] ?? 0) - ((sc.units[last] ?? 0) - (sc.units[first] ?? 0));
  switch (p.anchor) {
    case 'phrase':
      return true;
    case 'line':
      return first === 0 && extra <= p.maxExtra;
    case 'exact':
      return extra <= 1;
    case 'end':
      return last === n;
  }
}

const OPENERS = '"“„«‹「『(\'‘‚@#';
const CLOSERS = '"”“»›」』)\'’';

/** The page text of a hit, widened over the quotes around it (“TV-Novosti” keeps its closing quote) and a "©". */
function pageTextOf(sc: Scan, first: number, count: number): string {
  const s = sc.s;
  let a = sc.start[first] ?? 0;
  let b = sc.end[first + count - 1] ?? s.length;
  while (a > 0 && OPENERS.includes(s[a - 1] ?? '')) a--;
  if (a > 0 && s[a - 1] === '©') a -= 1;
  else if (a > 1 && s[a - 1] === ' ' && s[a - 2] === '©') a -= 2;
  while (b < s.length && CLOSERS.includes(s[b] ?? '')) b++;
  return s.slice(a, b).trim();
}

/** Finds the patterns in one segment (paragraph or line). Overlapping hits: the longest wins. */
function matchSegment(s: string): { hits: Hit[]; scan: Scan } {
  const sc = scan(s);
  const n = sc.count;
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < n; i++) {
    let head = sc.norm[i];
    if (head === undefined) {
      if (!FIRST_ASCII.has(sc.hash[i] ?? 0)) continue;
      head = tokenAt(sc, i);
    }
    const bySecond = INDEX.get(head);
    if (!bySecond) continue;
    const cands = bySecond.get(tokenAt(sc, i + 1));
    if (!cands) continue;
    for (const p of cands) {
      const len = p.tokens.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 2; k < len; k++) {
        if (tokenAt(sc, i + k) !== p.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (ok && anchorOk(p, sc, i)) hits.push({ pattern: p, first: i, count: len });
    }
  }
  if (hits.length < 2) return { hits, scan: sc };
  hits.sort((a, b) => b.count - a.count || a.first - b.first);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.first < k.first + k.count && k.first < h.first + h.count)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.first - b.first);
  return { hits: kept, scan: sc };
}

/** How much text one page may make the matcher read, at most. */
export const MATCH_LIMITS = {
  paragraphChars: 150_000,
  headParagraphs: 5,
  tailParagraphs: 15,
  textHeadChars: 4_000,
  textTailChars: 12_000,
  lineChars: 2_000,
};

/** Paragraph indices in search order: the first few and the last ones (mastheads, footers), then the rest. */
function paragraphOrder(count: number): number[] {
  const order: number[] = [];
  const taken = new Uint8Array(count);
  const take = (i: number): void => {
    if (i >= 0 && i < count && !taken[i]) {
      taken[i] = 1;
      order.push(i);
    }
  };
  for (let i = 0; i < MATCH_LIMITS.headParagraphs; i++) take(i);
  for (let i = count - 1; i >= count - MATCH_LIMITS.tailParagraphs; i--) take(i);
  for (let i = 0; i < count; i++) take(i);
  return order;
}

function toMatch(h: Hit, sc: Scan, source: 'paragraph' | 'text', index: number): BoilerplateMatch {
  const e = h.pattern.entry;
  return {
    outlet: e.outlet,
    original: e.string,
    originalLang: e.lang,
    kind: e.kind,
    pattern: h.pattern.text,
    lang: h.pattern.lang,
    translated: h.pattern.translated,
    pageText: pageTextOf(sc, h.first, h.count),
    source,
    index,
  };
}

/** Matches paragraphs and text: the pure core of boilerplateMatches (exported for tests and timing). */
export function matchPage(paragraphs: readonly string[], text = ''): BoilerplateMatch[] {
  const out: BoilerplateMatch[] = [];
  const seen = new Set<string>();
  const push = (m: BoilerplateMatch): void => {
    const key = `${m.pattern}\u0001${m.pageText}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  let budget = MATCH_LIMITS.paragraphChars;
  for (const i of paragraphOrder(paragraphs.length)) {
    const p = paragraphs[i];
    if (!p) continue;
    if (budget <= 0) break;
    budget -= p.length;
    const { hits, scan: sc } = matchSegment(p);
    for (const h of hits) push(toMatch(h, sc, 'paragraph', i));
  }
  if (text) {
    // Lines of the text that are a paragraph already searched are skipped (most are).
    const searched = new Set<string>(paragraphs);
    const { textHeadChars: head, textTailChars: tail } = MATCH_LIMITS;
    const parts = text.length <= head + tail ? [text] : [text.slice(0, head), text.slice(text.length - tail)];
    for (const part of parts) {
      for (const raw of part.split('\n')) {
        const line = raw.length > MATCH_LIMITS.lineChars ? raw.slice(0, MATCH_LIMITS.lineChars) : raw;
        const squashed = line.trim();
        if (!squashed || searched.has(squashed) || searched.has(squashed.replace(/\s+/g, ' '))) continue;
        const { hits, scan: sc } = matchSegment(line);
        for (const h of hits) push(toMatch(h, sc, 'text', -1));
      }
    }
  }
  return out;
}

const memo = new WeakMap<SignalContext, BoilerplateMatch[]>();

/** The boilerplate found on the page of this context, computed once per context. */
export function boilerplateMatches(ctx: SignalContext): BoilerplateMatch[] {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const found = matchPage(ctx.facts.paragraphs ?? [], ctx.facts.text ?? '');
  memo.set(ctx, found);
  return found;
}

/** True when the page is on a site of the outlet's own network (the address decides there). */
export function onOutletNetworkSite(ctx: SignalContext, outlet: string): boolean {
  if (!ctx.siteOutlet) return false;
  const o = outletById(outlet);
  return ctx.siteOutlet.network.id === (o ? networkOf(o).id : outlet);
}
