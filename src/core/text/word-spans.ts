// The words of a text as /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu finds them, by a hand-written scan: tokenising
// every paragraph of every page with matchAll (an iterator and a match array per word) was most of what the
// machine-translation signals cost. Characters are classed once each, by that pattern's own classes.

const NONE = 0;
/** A letter or mark: starts a word and continues one. */
const START = 1;
/** A digit, an apostrophe (' ’) or a hyphen: continues a word only. */
const MORE = 2;

const START_RE = /^[\p{L}\p{M}]$/u;
const MORE_RE = /^[\p{N}'’-]$/u;
const BMP = new Uint8Array(0x10000).fill(255);
const ASTRAL = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return START_RE.test(ch) ? START : MORE_RE.test(ch) ? MORE : NONE;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP[cp]!;
    // A lone surrogate is no letter (the pattern reads code points; a paired one is decoded before this).
    if (c === 255) BMP[cp] = c = cp >= 0xd800 && cp <= 0xdfff ? NONE : classify(cp);
    return c;
  }
  let c = ASTRAL.get(cp);
  if (c === undefined) {
    c = classify(cp);
    if (ASTRAL.size < 10_000) ASTRAL.set(cp, c);
  }
  return c;
}

/** Calls `word(start, end)` for each word of `text`, left to right. */
export function forEachWord(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    let cp = text.charCodeAt(i);
    let len = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    const c = classOf(cp);
    if (start < 0) {
      if (c === START) start = i;
    } else if (c === NONE) {
      word(start, i);
      start = -1;
    }
    i += len;
  }
  if (start >= 0) word(start, n);
}
