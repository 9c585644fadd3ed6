// The engine's one public entry point: page facts → verdict. Pure: no DOM, no browser APIs.
import { lookupUrl, summarize, policyOf } from './registry/index';
import type { PageFacts, Signal, Verdict } from './types';

export const ENGINE_VERSION = 1;

export function analyze(facts: PageFacts): Verdict {
  const where = lookupUrl(facts.url, { archivedFrom: facts.archivedFrom });
  const signals: Signal[] = [];
  let verdict: Verdict = {
    url: facts.url,
    language: primaryLanguage(facts),
    kind: 'none',
    warn: false,
    confidence: 0,
    outlet: null,
    site: where.site,
    translation: { detected: false, confidence: 0, markers: [] },
    originals: [],
    signals,
  };
  if (where.match) {
    const { outlet, matchedDomain } = where.match;
    const policy = policyOf(outlet);
    signals.push({ id: 'site-host', weight: 1, outlet: outlet.id, evidence: { url: where.originalUrl, text: matchedDomain } });
    verdict = {
      ...verdict,
      kind: policy === 'public-media' ? 'public-media' : 'state-media',
      warn: policy === 'warn',
      confidence: 1,
      outlet: summarize(outlet),
    };
  }
  return verdict;
}

/** BCP 47 language of the page: the text's own language when a detector was sure, else what the markup declares. */
function primaryLanguage(facts: PageFacts): string | null {
  const detected = facts.detectedLanguage;
  if (detected && detected.confidence >= 0.5) return detected.lang;
  const declared = facts.declaredLanguage?.trim();
  if (!declared) return detected?.lang ?? null;
  try {
    return Intl.getCanonicalLocales(declared)[0] ?? null;
  } catch {
    return null;
  }
}
