// The engine's one public entry point: page facts → verdict. Pure: no DOM, no browser APIs.
import { findOriginals } from './originals';
import { lookupUrl } from './registry/index';
import { score } from './score';
import { makeContext } from './signals/context';
import { runSignals, weightOf } from './signals/index';
import { readersTranslation } from './signals/mt-dom-residue';
import { languageContradicting } from './language/declared';
import type { PageFacts, Signal, Verdict } from './types';

export function analyze(facts: PageFacts): Verdict {
  const where = lookupUrl(facts.url, { archivedFrom: facts.archivedFrom });
  const language = primaryLanguage(facts);
  const ctx = makeContext(facts, where, language);
  const signals: Signal[] = [];
  if (where.match) {
    signals.push({ id: 'site-host', weight: weightOf('site-host'), outlet: where.match.outlet.id, evidence: { url: where.originalUrl, text: where.match.matchedDomain } });
  }
  signals.push(...runSignals(ctx));
  const s = score(ctx, signals);
  // Residue of the reader's own translation in the browser is no finding (mt-dom-residue.ts): only a note.
  const shown = readersTranslation(facts);
  const translation = shown ? { ...s.translation, shownTranslated: shown } : s.translation;
  return {
    url: facts.url,
    language,
    kind: s.kind,
    warn: s.warn,
    confidence: s.confidence,
    outlet: s.outlet,
    site: where.site,
    translation,
    originals: findOriginals(ctx, signals, s.outlet),
    signals: signals.filter((x) => !s.translation.markers.includes(x)),
  };
}

/**
 * BCP 47 language of the page: the text's own language when a detector was sure, else what the markup declares,
 * unless the text's function words plainly contradict it (language/declared.ts: a Swahili article under a theme's
 * lang="en-US", which the scanner's detector cannot name).
 */
export function primaryLanguage(facts: PageFacts): string | null {
  const detected = facts.detectedLanguage;
  if (detected && detected.confidence >= 0.5) return detected.lang;
  const declared = facts.declaredLanguage?.trim();
  // Markup sometimes declares nonsense ("utf-8" as Content-Language): only a language tag counts.
  if (!declared || !/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(declared)) return detected?.lang ?? null;
  const contradicted = languageContradicting(declared, facts.text);
  if (contradicted) return contradicted;
  try {
    return Intl.getCanonicalLocales(declared)[0] ?? null;
  } catch {
    return null;
  }
}
