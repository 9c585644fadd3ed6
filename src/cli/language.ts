// Language identification in Node (the scanner): eld's small n-gram model, 60 languages, no network. The small
// model loads in about two thirds of the medium one's time and memory (0.56 vs 0.86 s, 185 vs 226 MB resident)
// and answers the same language on every corpus page, with confidences within 0.06 of the medium model's.
// The browser side uses the browser's own detector instead (src/platform/language.ts), so eld is never bundled
// into the extension. Both return the same shape, so the engine sees one kind of PageFacts.detectedLanguage.
//
// Confidence (0..1): eld's reliability check plus the margin between its two best scores. eld's scores for
// related languages sit close together (de/nl/da, es/pt/ca, ru/uk/bg, cs/sk, hr/sr, no/da/sv), so the margin is
// relative to the top score: 0.2 or more is a clear lead. An unreliable answer stays below 0.5, which is the bar
// at which analyze.ts prefers the detected language over the one the markup declares.
import { eld } from 'eld/small';

/** At most this much article text is looked at (the head of the article decides, as in the browser). */
export const SAMPLE_CHARS = 4_000;
/** Fewer letters than this and no answer is given: headlines and captions mislead n-gram models. */
export const MIN_LETTERS = 40;
/** Relative lead of the top score over the second at which the lead counts as clear. */
const CLEAR_MARGIN = 0.2;

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
// (e-mail)|run: the second branch steps over a run the first failed on, which is otherwise retried from each of
// its characters (quadratic: 670 ms on 32,000). No e-mail can start inside that run.
const EMAIL_RE = /\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)|\b[\w.+-]+/gu;
const HANDLE_RE = /(?:^|\s)[@#][\p{L}\p{N}_]+/gu;
const NUMBER_RE = /[\p{N}]+(?:[.,:/-][\p{N}]+)*/gu;
const LETTER_RE = /\p{L}/gu;

/** The text the detector sees: addresses, handles and numbers out, whitespace squashed, at most SAMPLE_CHARS. */
export function languageSample(text: string): string {
  return text
    .slice(0, SAMPLE_CHARS * 2)
    .replace(URL_RE, ' ')
    .replace(EMAIL_RE, (m, email: string | undefined) => (email === undefined ? m : ' '))
    .replace(HANDLE_RE, ' ')
    .replace(NUMBER_RE, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, SAMPLE_CHARS);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** eld reads only this much of what it is given (its detect() cuts the text first; language.test.ts checks). */
export const DETECTOR_READS = 1_000;
/** Prefixes of the text tried before the whole of it, so that most pages clean a few KB instead of 8. */
const HEADS = [1_500, 3_000];
const SPACE_RE = /\s/gu;

/**
 * The start of languageSample(text), at least DETECTOR_READS long when the sample is: the sample of a prefix cut
 * just before a white-space character. No pattern of languageSample matches across white space (the handle
 * pattern only starts with it), so the prefix's sample is a prefix of the text's.
 */
export function sampleHead(text: string): string {
  for (const k of HEADS) {
    SPACE_RE.lastIndex = k;
    const cut = SPACE_RE.exec(text)?.index ?? -1;
    if (cut < 0 || cut >= SAMPLE_CHARS * 2) break;
    const head = languageSample(text.slice(0, cut));
    if (head.length >= DETECTOR_READS) return head;
  }
  return languageSample(text);
}

/** Whether s holds at least n letters (counted until there are enough). */
function hasLetters(s: string, n: number): boolean {
  if (n <= 0) return true;
  LETTER_RE.lastIndex = 0;
  let seen = 0;
  while (LETTER_RE.exec(s)) if (++seen >= n) return true;
  return false;
}

/** Language of an article text as { lang: ISO 639-1, confidence: 0..1 }, or null when there is too little text. */
export function detectLanguageNode(text: string): { lang: string; confidence: number } | null {
  if (!text) return null;
  let sample = sampleHead(text);
  // Too few letters in the head: the whole sample decides (it may hold more).
  if (!hasLetters(sample, MIN_LETTERS)) {
    sample = languageSample(text);
    if (!hasLetters(sample, MIN_LETTERS)) return null;
  }
  let result: ReturnType<typeof eld.detect>;
  try {
    result = eld.detect(sample);
  } catch {
    return null;
  }
  const lang = result.language;
  if (!lang) return null;
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const top = scores[0] ?? 0;
  const second = scores[1] ?? 0;
  const margin = top > 0 ? Math.max(0, (top - second) / top) : 0;
  const lead = Math.min(1, margin / CLEAR_MARGIN);
  const confidence = result.isReliable() ? 0.5 + 0.49 * lead : 0.45 * lead;
  return { lang, confidence: round2(confidence) };
}
