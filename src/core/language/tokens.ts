// Word tokens of a paragraph with their script and case, and what the function-word tables say about them.
import { LANGS_OF_WORD } from './languages';
import { scriptOf, type Script } from './scripts';
import { forEachWord } from '../text/word-spans';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  script: Script;
  cap: boolean;
}

/** Words as word-spans.ts finds them (letters and marks, then digits, apostrophes, hyphens too), without trailing apostrophes or hyphens. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  forEachWord(text, (from, to) => {
    let end = to;
    for (let c = text.charCodeAt(end - 1); c === 0x27 || c === 0x2019 || c === 0x2d; c = text.charCodeAt(end - 1)) end--;
    const t = text.slice(from, end);
    const first = t[0] ?? '';
    const start = from + offset;
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/gu, "'") : lower, start, end: start + t.length, script: scriptOf(first), cap: first !== first.toLowerCase() });
  });
  return out;
}

/** Languages for which the token is a function word (elisions like l', d', qu' included). */
export function fwLanguages(tok: Token): readonly string[] {
  const direct = LANGS_OF_WORD.get(tok.lower);
  if (direct) return direct;
  const apo = tok.lower.indexOf("'");
  if (apo > 0) return LANGS_OF_WORD.get(tok.lower.slice(0, apo + 1)) ?? [];
  return [];
}

export function isFunctionWordOf(tok: Token, lang: string): boolean {
  return fwLanguages(tok).includes(lang);
}

/** Function words that are evidence for some other language than `pageLang`: at least two letters, not the page's. */
export function foreignFunctionWords(tokens: Token[], pageLang: string | null): Token[] {
  return tokens.filter((t) => t.lower.length >= 2 && fwLanguages(t).length > 0 && !(pageLang && isFunctionWordOf(t, pageLang)));
}

/** Vote among the languages the tokens are function words of: null when none, '' when the vote is tied. */
export function voteLanguage(tokens: Token[], pageLang: string | null): string | null {
  const votes = new Map<string, number>();
  for (const t of foreignFunctionWords(tokens, pageLang)) {
    const langs = fwLanguages(t);
    for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1 / langs.length);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return null;
  const second = ranked[1];
  return second && second[1] >= first[1] ? '' : first[0];
}
