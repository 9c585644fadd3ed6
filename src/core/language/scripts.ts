// Writing systems: the script of a character and the script most letters of a text are written in. Pure
// functions over Unicode script properties, memoised per character (a page uses a few hundred distinct ones).

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai' | 'other';

/** Script of each character seen so far (a page uses a few hundred distinct characters; the tests below are slow). */
const SCRIPT_MEMO = new Map<string, Script>();
/** Same, for letters only (null: not a letter), kana folded into Han: what dominantScript counts. */
const LETTER_FAMILY_MEMO = new Map<string, Script | null>();
const MEMO_LIMIT = 20_000;

export function scriptOf(ch: string): Script {
  let s = SCRIPT_MEMO.get(ch);
  if (s === undefined) {
    s = scriptOfUncached(ch);
    if (SCRIPT_MEMO.size >= MEMO_LIMIT) SCRIPT_MEMO.clear();
    SCRIPT_MEMO.set(ch, s);
  }
  return s;
}

function scriptOfUncached(ch: string): Script {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
  if (/\p{Script=Hebrew}/u.test(ch)) return 'hebrew';
  if (/\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch) || ch === 'ー') return 'kana';
  if (/\p{Script=Han}/u.test(ch)) return 'han';
  if (/\p{Script=Hangul}/u.test(ch)) return 'hangul';
  if (/\p{Script=Thai}/u.test(ch)) return 'thai';
  return 'other';
}

/** Han and kana count as one writing system (Japanese mixes them). */
export function family(s: Script): Script {
  return s === 'kana' ? 'han' : s;
}

/** The script most letters of `text` are written in (kana counted as Han), or null for text without letters. */
export function dominantScript(text: string): Script | null {
  // Counted in order of first appearance (ties go to the script seen first); ASCII letters take a fast path.
  const counts = new Map<Script, number>();
  let latin = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 0x20;
      if (l >= 0x61 && l <= 0x7a) {
        if (latin++ === 0 && !counts.has('latin')) counts.set('latin', 0);
      }
      continue;
    }
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      ch = d >= 0xdc00 && d <= 0xdfff ? text.slice(i, ++i + 1) : text[i]!;
    } else {
      ch = text[i]!;
    }
    let s = LETTER_FAMILY_MEMO.get(ch);
    if (s === undefined) {
      s = /\p{L}/u.test(ch) ? family(scriptOf(ch)) : null;
      if (LETTER_FAMILY_MEMO.size >= MEMO_LIMIT) LETTER_FAMILY_MEMO.clear();
      LETTER_FAMILY_MEMO.set(ch, s);
    }
    if (s === null) continue;
    if (s === 'latin') {
      if (latin++ === 0 && !counts.has('latin')) counts.set('latin', 0);
      continue;
    }
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (latin) counts.set('latin', latin);
  let best: Script | null = null;
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}
