// Builds page facts and a signal context for the signals' table tests, without a DOM.
import { emptyFacts } from './facts';
import type { PageFacts } from './types';
import { makeContext, type SignalContext } from './signals/context';
import { lookupUrl } from './registry/index';

export function facts(over: Partial<PageFacts> = {}): PageFacts {
  return { ...emptyFacts('https://example-news.test/2024/01/article/'), ...over };
}

/** A context for the given facts, with the real registry behind it. */
export function context(over: Partial<PageFacts> = {}, language: string | null = null): SignalContext {
  const f = facts(over);
  if (!f.text && f.paragraphs.length) f.text = f.paragraphs.join('\n');
  return makeContext(f, lookupUrl(f.url, { archivedFrom: f.archivedFrom }), language ?? f.declaredLanguage?.slice(0, 2) ?? null);
}

/** count strings of up to maxLength characters drawn from alphabet, the same ones on every run (seeded). */
export function randomStrings(alphabet: string[], count: number, maxLength: number, seed = 1): string[] {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) / 0x1000000;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * (maxLength + 1)) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''));
}
