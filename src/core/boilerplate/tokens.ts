// The boilerplate matcher's words: a hand-written scan that cuts text into folded word tokens (see match.ts for
// what counts as a word and how tokens are folded).
import { foldMixedWord } from '../text/confusables';

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
  const folded = foldMixedWord(token) // look-alike letters in a Latin word ("stоry"): text/confusables.ts
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
export interface Scan {
  s: string;
  count: number;
  start: number[];
  end: number[];
  units: number[];
  hash: number[];
  norm: (string | undefined)[];
}

export function asciiHash(folded: string): number {
  let h = 0;
  for (let i = 0; i < folded.length; i++) h = (Math.imul(h, 31) + folded.charCodeAt(i)) | 0;
  return h;
}

export function scan(s: string): Scan {
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
export function tokenAt(sc: Scan, i: number): string {
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
