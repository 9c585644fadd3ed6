// Page facts with nothing read yet: what a page the gate shuts on, or an address-only verdict, reports.
import type { PageFacts } from './types';

export function emptyFacts(url: string): PageFacts {
  return {
    url,
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
    structure: { entries: 0, entryHosts: 0, bodyChars: 0, jsonLdTypes: [], ogType: null },
  };
}
