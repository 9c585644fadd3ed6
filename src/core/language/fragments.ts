// Foreign fragments in one paragraph: bracketed insertions and runs of words in a language (or script) other
// than the page's, with the rules that tell them from names, glosses, citations and loan phrases. What the
// mt-foreign-fragment signal reports; its table of cases is in that file.
import { FUNCTION_WORDS, HAN_FUNCTION, JA_PHRASE, scriptOfLanguage } from './languages';
import { loanSpans, overlaps } from './loan-phrases';
import { dominantScript, family, type Script } from './scripts';
import { foreignFunctionWords, fwLanguages, isFunctionWordOf, tokenize, voteLanguage, type Token } from './tokens';
import { maskNonProse } from '../text/masks';

// ---------------------------------------------------------------------------------------------------------
// Quotation context: a span inside quotation marks whose content is foreign is a deliberate citation.

export const QUOTE_CHARS = '"„“”«»‹›「」『』‚‘\u201f';

export function isQuote(ch: string | undefined): boolean {
  return !!ch && QUOTE_CHARS.includes(ch);
}

/** A token of the page's own language: one of its function words, or (page in a non-Latin script) a word in that script. */
function isPageWord(t: Token, pageLang: string | null, pageScript: Script): boolean {
  if (family(t.script) !== pageScript) return false;
  if (pageLang && FUNCTION_WORDS.has(pageLang) && scriptOfLanguage(pageLang) === pageScript) return isFunctionWordOf(t, pageLang);
  return pageScript !== 'latin';
}

/** True when [s, e) sits between quotation marks (same sentence) with no word of the page's language between. */
function inForeignQuote(text: string, tokens: Token[], s: number, e: number, pageLang: string | null, pageScript: Script): boolean {
  let left = -1;
  for (let i = s - 1; i >= 0 && i >= s - 200; i--) {
    if (isQuote(text[i])) {
      left = i;
      break;
    }
    if ('.!?。'.includes(text[i] ?? '')) break;
  }
  let right = -1;
  for (let i = e; i < text.length && i < e + 200; i++) {
    if (isQuote(text[i])) {
      right = i;
      break;
    }
    if ('!?。'.includes(text[i] ?? '')) break;
  }
  if (left < 0 || right < 0) return false;
  const between = tokens.filter((t) => (t.start > left && t.end <= s) || (t.start >= e && t.end < right));
  return !between.some((t) => isPageWord(t, pageLang, pageScript));
}

// ---------------------------------------------------------------------------------------------------------
// Fragments

export interface Fragment {
  start: number;
  end: number;
  text: string;
  from?: string;
  /** In a script other than the page's (then the paragraph's own function words need not dominate). */
  cross: boolean;
}

const BRACKET_RE = /\[([^\][]{1,80})\]|\(([^()]{1,80})\)|（([^（）]{1,80})）|［([^［］]{1,80})］|【([^【】]{1,80})】/gu;
const PAIRS: [string, string][] = [['[', ']'], ['(', ')'], ['（', '）'], ['［', '］'], ['【', '】']];

/** Two words share a stem (the gloss "Kreml (the Kremlin)", "Westen (the West)"). */
function stemShared(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const x = norm(a);
  const y = norm(b);
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x[i] === y[i]) i++;
  return i >= 4 || (n >= 3 && i === n);
}

/** Language of a fragment written in a script other than the page's, or null when nothing marks it as a phrase. */
function crossScriptLanguage(fragment: string, words: Token[], script: Script): string | null {
  if (script === 'han') {
    if (/\p{Script=Hiragana}/u.test(fragment)) return JA_PHRASE.test(fragment) ? 'ja' : null;
    const han = [...fragment].filter((c) => /\p{Script=Han}/u.test(c)).length;
    return han >= 2 && HAN_FUNCTION.test(fragment) ? 'zh' : null;
  }
  if (script === 'hangul' || script === 'thai' || script === 'other') return null;
  // Outside the Latin script, one-letter prepositions are telling too (Russian "в", "с", "к").
  const fws = words.filter((t) => t.script === script && fwLanguages(t).length && (t.lower.length >= 2 || script !== 'latin'));
  if (!fws.length) return null;
  const votes = new Map<string, number>();
  for (const t of fws) for (const l of fwLanguages(t)) votes.set(l, (votes.get(l) ?? 0) + 1 / fwLanguages(t).length);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[1] && ranked[1][1] >= ranked[0]![1] ? '' : ranked[0]![0];
}

function bracketFragments(text: string, masked: string, tokens: Token[], pageLang: string | null, pageScript: Script): Fragment[] {
  const out: Fragment[] = [];
  for (const m of masked.matchAll(BRACKET_RE)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    const square = m[0][0] !== '(' && m[0][0] !== '（';
    const start = m.index;
    const end = start + m[0].length;
    // Words, spaces, apostrophes and hyphens only: no numbers, colons, slashes ("[1]", "[Source: Xinhua]").
    if (!inner.trim() || !/^[\s\p{L}\p{M}'’-]+$/u.test(inner)) continue;
    const words = tokenize(inner, start + 1);
    if (!words.length || words.length > 6) continue;
    const scripts = new Set(words.map((w) => family(w.script)));
    if (scripts.size !== 1) continue;
    const script = [...scripts][0] as Script;
    if (words.every((w) => w.text === w.text.toUpperCase() && w.text !== w.text.toLowerCase())) continue; // an abbreviation: "(NATO)", "[USA]"
    const content = words.filter((w) => !fwLanguages(w).length);
    // A name or title: capitalised, and every content word too ("(Ministry of Foreign Affairs)", "[The Guardian]").
    if (words[0]?.cap && content.every((w) => w.cap)) continue;
    const cross = script !== pageScript;
    let from: string | null;
    if (cross) {
      from = crossScriptLanguage(inner, words, script);
      if (from === null) continue;
      // Across scripts a stem cannot be compared, so a round-bracket gloss of a name needs more: a lower-case word
      // or two function words ("(the world)" yes, "(the Kremlin)" after "Кремль" no).
      const alphabetic = script !== 'han';
      if (alphabetic && words.length < 2) continue;
      if (alphabetic && !square && !content.some((w) => !w.cap) && foreignFunctionWords(words, null).length < 2) continue;
    } else {
      if (!pageLang || !FUNCTION_WORDS.has(pageLang) || scriptOfLanguage(pageLang) !== pageScript) continue;
      if (words.length < 2 || words.some((w) => isFunctionWordOf(w, pageLang))) continue;
      from = voteLanguage(words, pageLang);
      if (from === null) continue;
      if (!square) {
        // A gloss of the term just before: after a closing quotation mark, or sharing its stem.
        const before = text.slice(Math.max(0, start - 3), start).trimEnd();
        if (isQuote(before[before.length - 1])) continue;
        const prev = tokens.filter((t) => t.end <= start).slice(-3);
        if (prev.some((p) => content.some((c) => stemShared(p.text, c.text)))) continue;
      }
    }
    if (overlaps(loanSpans(inner), 0, inner.length)) continue;
    if (inForeignQuote(masked, tokens, start, end, pageLang, pageScript)) continue;
    out.push({ start, end, text: text.slice(start, end), cross, ...(from ? { from } : {}) });
  }
  return out;
}

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^\s+$/u.test(text.slice(a.end, b.start));
}

/**
 * Runs of two or more adjacent function words of one foreign language in the page's own (Latin) script, with
 * the word they govern: "of the world", "in the region". Between capitalised words it is a name or title.
 */
function sameScriptRuns(text: string, tokens: Token[], pageLang: string): Fragment[] {
  const out: Fragment[] = [];
  const foreign = (t: Token | undefined): t is Token => !!t && t.script === 'latin' && t.lower.length >= 2 && fwLanguages(t).length > 0 && !isFunctionWordOf(t, pageLang);
  for (let i = 0; i < tokens.length; i++) {
    if (!foreign(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && foreign(tokens[j + 1]) && onlySpaceBetween(text, tokens[j]!, tokens[j + 1]!)) j++;
    const run = tokens.slice(i, j + 1);
    const runStart = i;
    i = j;
    // Two words or more, one of three letters or more (two-letter words collide across languages: "da sa", "to je").
    if (run.length < 2 || !run.some((t) => t.lower.length >= 3)) continue;
    // One language for the whole run ("of the", not "no to" = Spanish + Czech).
    const shared = run.map((t) => fwLanguages(t)).reduce((a, b) => a.filter((x) => b.includes(x)));
    if (!shared.length) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const prev = tokens[runStart - 1];
    const next = tokens[j + 1];
    const prevAdj = prev && onlySpaceBetween(text, prev, first) ? prev : undefined;
    const nextAdj = next && onlySpaceBetween(text, last, next) ? next : undefined;
    // A name or title: the run starts with a capital mid-text, or sits between capitalised words ("Lord of the Rings").
    if (first.cap || (prevAdj?.cap && nextAdj?.cap) || (!prevAdj && nextAdj?.cap)) continue;
    const endTok = nextAdj && !isFunctionWordOf(nextAdj, pageLang) ? nextAdj : last;
    if (overlaps(loanSpans(text), (prevAdj ?? first).start, endTok.end)) continue;
    const from = shared.length === 1 ? shared[0] : voteLanguage(run, pageLang);
    out.push({ start: first.start, end: endTok.end, text: text.slice(first.start, endTok.end), cross: false, ...(from ? { from } : {}) });
  }
  return out;
}

/** Unbracketed runs in another script: "… said 来自 the …", "… заявил of the world …"; they need function words too. */
function crossScriptRuns(text: string, tokens: Token[], pageScript: Script): Fragment[] {
  const out: Fragment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = family(tokens[i]!.script);
    if (s === pageScript || s === 'other') continue;
    let j = i;
    while (j + 1 < tokens.length && family(tokens[j + 1]!.script) === s && /^[\s'’-]*$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
    const run = tokens.slice(i, j + 1);
    i = j;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const fragment = text.slice(start, end);
    // Inside brackets of its own: bracketFragments decides, with the gloss rules.
    const before = text.slice(0, start).trimEnd();
    const after = text.slice(end).trimStart();
    if (PAIRS.some(([o, c]) => before.endsWith(o) && after.startsWith(c))) continue;
    let from: string | null;
    if (s === 'han') {
      from = crossScriptLanguage(fragment, run, s);
    } else {
      if (s === 'hangul' || s === 'thai') continue;
      // Two adjacent function words of one language, not in a capitalised name ("Bank of the West").
      const adjacent = run.some((t, k) => {
        const p = run[k - 1];
        return !!p && t.lower.length >= 2 && p.lower.length >= 2 && fwLanguages(t).some((l) => fwLanguages(p).includes(l));
      });
      if (!adjacent) continue;
      const content = run.filter((t) => !fwLanguages(t).length);
      if (run[0]!.cap || (content.length && content.every((t) => t.cap))) continue;
      from = voteLanguage(run, null);
    }
    if (from === null || overlaps(loanSpans(text), start, end)) continue;
    out.push({ start, end, text: fragment, cross: true, ...(from ? { from } : {}) });
  }
  return out;
}

/** Paragraphs that look like code, not prose. */
function codeLike(p: string): boolean {
  return (p.match(/[{};=<>]/gu)?.length ?? 0) >= 4 || /=>|\bfunction\s*\(|\breturn\s/u.test(p);
}

/** The fragments of one paragraph, given the page's language and script; text quotes the paragraph exactly. */
export function fragmentsOf(paragraph: string, pageLang: string | null, pageScript: Script): Fragment[] {
  if (codeLike(paragraph)) return [];
  const masked = maskNonProse(paragraph);
  const tokens = tokenize(masked);
  if (tokens.length < 4) return [];
  // The paragraph must be in the page's script: a foreign quotation or tweet as a whole is not residue.
  if (dominantScript(masked) !== pageScript) return [];
  // Short paragraphs (captions, credits) only for fragments in another script.
  const short = tokens.length < 8 && pageScript !== 'han';
  let found = bracketFragments(paragraph, masked, tokens, pageLang, pageScript);
  const listed = !!pageLang && FUNCTION_WORDS.has(pageLang) && scriptOfLanguage(pageLang) === pageScript;
  if (listed && pageScript === 'latin' && !short) found.push(...sameScriptRuns(masked, tokens, pageLang));
  found.push(...crossScriptRuns(masked, tokens, pageScript));
  found = found.filter((f) => f.text.startsWith('[') || f.text.startsWith('(') || f.text.startsWith('（') || f.text.startsWith('［') || f.text.startsWith('【') || !inForeignQuote(masked, tokens, f.start, f.end, pageLang, pageScript));
  if (short) found = found.filter((f) => f.cross);
  if (listed && found.some((f) => !f.cross)) {
    // The page's language must clearly outweigh the foreign function words of the paragraph (only fragments in
    // the page's own script are dropped otherwise, so without one there is nothing to count).
    const own = tokens.filter((t) => isFunctionWordOf(t, pageLang)).length;
    const other = foreignFunctionWords(tokens, pageLang).filter((t) => t.script === pageScript).length;
    if (own < 4 || own < 2 * other) found = found.filter((f) => f.cross);
  }
  const seen = new Set<number>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((f) => !seen.has(f.start) && !!seen.add(f.start))
    .map((f) => ({ ...f, text: paragraph.slice(f.start, f.end) }));
}
