// Builds page facts and a signal context for the signals' table tests, without a DOM.
import type { PageFacts, SiteInfo } from '../types';
import { makeContext, type HostMatch, type SignalContext } from './context';
import { lookupUrl } from '../registry/index';

export function facts(over: Partial<PageFacts> = {}): PageFacts {
  return {
    url: 'https://example-news.test/2024/01/article/',
    declaredLanguage: null,
    detectedLanguage: null,
    title: '',
    headline: null,
    siteName: null,
    canonical: null,
    ogUrl: null,
    jsonLd: { publishers: [], authors: [], urls: [] },
    archivedFrom: null,
    text: '',
    paragraphs: [],
    byline: null,
    captions: [],
    links: [],
    media: [],
    mtResidue: { fontInherit: 0, translatedClass: false },
    ...over,
  };
}

/** A context for the given facts, with the real registry behind it. */
export function context(over: Partial<PageFacts> = {}, language: string | null = null): SignalContext {
  const f = facts(over);
  if (!f.text && f.paragraphs.length) f.text = f.paragraphs.join('\n');
  const where = lookupUrl(f.url, { archivedFrom: f.archivedFrom });
  const site: SiteInfo = where.site;
  const match: HostMatch | null = where.match;
  return makeContext(f, site, match, language ?? f.declaredLanguage?.slice(0, 2) ?? null);
}
