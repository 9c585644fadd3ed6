// Builds page facts and a signal context for the signals' table tests, without a DOM.
import { emptyFacts } from '../facts';
import type { PageFacts } from '../types';
import { makeContext, type SignalContext } from './context';
import { lookupUrl } from '../registry/index';

export function facts(over: Partial<PageFacts> = {}): PageFacts {
  return { ...emptyFacts('https://example-news.test/2024/01/article/'), ...over };
}

/** A context for the given facts, with the real registry behind it. */
export function context(over: Partial<PageFacts> = {}, language: string | null = null): SignalContext {
  const f = facts(over);
  if (!f.text && f.paragraphs.length) f.text = f.paragraphs.join('\n');
  return makeContext(f, lookupUrl(f.url, { archivedFrom: f.archivedFrom }), language ?? f.declaredLanguage?.slice(0, 2) ?? null);
}
