// The one path from a page to its verdict, for the scanner and the extension's background alike: markup bounded
// (nesting.ts) and parsed once on linkedom, facts extracted (Readability in place), the text's language identified
// by the caller's detector (eld in Node, the browser's own in the extension), analysed, and every address in the
// verdict checked (verdict-schema.ts). The engine never throws on a page: any internal error gives the verdict
// the address alone decides (a state outlet's own site is still its own; anywhere else that is `none`), with an
// `error` field saying what failed.
import { analyze } from '../core/analyze';
import { emptyFacts } from '../core/facts';
import type { PageFacts, ServedPage, Verdict } from '../core/types';
import { sanitizeVerdict } from '../core/verdict-schema';
import { factsFromMarkup } from './from-markup';

export type DetectedLanguage = PageFacts['detectedLanguage'];

export interface PageVerdictOptions<L extends DetectedLanguage | Promise<DetectedLanguage>> {
  /** The text's language, from the caller's detector. */
  detectLanguage: (text: string) => L;
  /** The markup has been through limitMarkup already (cli/decode.ts does it). */
  bounded?: boolean;
  /** The page as served, from the content script (the extension only; a saved page has no load). */
  served?: ServedPage;
}

/** The most of an internal error's message a verdict carries (no stack: it is shown and stored). */
const ERROR_CHARS = 300;

function describe(e: unknown): string {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return message.slice(0, ERROR_CHARS);
}

/** The verdict when the page's analysis failed: what its address alone says, and why the rest is missing. */
export function errorVerdict(url: string, e: unknown): Verdict {
  const error = describe(e);
  try {
    return { ...sanitizeVerdict(analyze(emptyFacts(url))), error };
  } catch {
    return {
      url,
      language: null,
      kind: 'none',
      warn: false,
      confidence: 0,
      outlet: null,
      site: { host: '' },
      translation: { detected: false, confidence: 0, markers: [] },
      originals: [],
      signals: [],
      error,
    };
  }
}

function finish(facts: PageFacts, language: DetectedLanguage): Verdict {
  try {
    return sanitizeVerdict(analyze({ ...facts, detectedLanguage: language }));
  } catch (e) {
    return errorVerdict(facts.url, e);
  }
}

/** Markup → verdict; synchronous with a synchronous detector, a promise with an asynchronous one. */
export function verdictFromMarkup(markup: string, url: string, opts: PageVerdictOptions<DetectedLanguage>): Verdict;
export function verdictFromMarkup(markup: string, url: string, opts: PageVerdictOptions<Promise<DetectedLanguage>>): Promise<Verdict>;
export function verdictFromMarkup(markup: string, url: string, opts: PageVerdictOptions<DetectedLanguage | Promise<DetectedLanguage>>): Verdict | Promise<Verdict> {
  let facts: PageFacts;
  let language: DetectedLanguage | Promise<DetectedLanguage>;
  try {
    facts = factsFromMarkup(markup, url, { bounded: opts.bounded });
    if (opts.served) facts = { ...facts, served: opts.served };
    language = opts.detectLanguage(facts.text);
  } catch (e) {
    return errorVerdict(url, e);
  }
  if (language instanceof Promise) return language.then((l) => finish(facts, l), () => finish(facts, null));
  return finish(facts, language);
}
