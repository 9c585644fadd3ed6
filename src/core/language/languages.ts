// The languages the machine-translation signals know: their function words, the codes that alias them and the
// script each is written in. The tables are data (src/data/languages.json); this module indexes them.
import data from '../../data/languages.json';
import type { Script } from './scripts';

/** Function words per language (lower case): articles, prepositions, conjunctions, pronouns, auxiliaries. */
export const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(data.functionWords as Record<string, string[]>).map(([lang, words]) => [lang, new Set(words)]));

/** Other codes a page may declare or a browser may detect, mapped to the list that covers them. */
const LANG_ALIASES: Record<string, string> = data.aliases;

/** The script of each language not written in the Latin script. */
const SCRIPT_OF_LANG = data.scripts as Record<string, Script>;

/** Established loan phrases ("de facto", "state of the art"): never machine-translation residue. */
export const LOAN_PHRASES: readonly string[] = data.loanPhrases;

/**
 * Chinese function characters that names and set terms rarely contain (的 了 是 来自 们 这 …): a Han fragment
 * with one is a phrase. Japanese: a Han character followed by a particle (世界の, 政府は) marks a phrase.
 */
export const HAN_FUNCTION = /[的了是们們这這那吗嗎呢]|来自|來自|正在|已经|已經|对于|對於|被/u;
export const JA_PHRASE = /\p{Script=Han}[のはをにがでともへ]/u;

/** The languages whose function words include a word (lower case, ’ written '). */
export const LANGS_OF_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, set] of FUNCTION_WORDS) for (const w of set) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

/** "de-CH" → "de"; "nb" → "no"; null for nothing. */
export function baseLanguage(lang: string | null | undefined): string | null {
  const base = lang?.toLowerCase().split(/[-_]/u)[0];
  if (!base) return null;
  return LANG_ALIASES[base] ?? base;
}

export function scriptOfLanguage(lang: string | null): Script | null {
  if (!lang) return null;
  return SCRIPT_OF_LANG[lang] ?? (FUNCTION_WORDS.has(lang) ? 'latin' : null);
}
