// The engine's one public entry point: page facts → verdict. Pure: no DOM, no browser APIs.
import { impersonationOf } from './impersonation';
import { findOriginals } from './originals';
import { lookupUrl } from './registry/index';
import { score } from './score';
import { makeContext } from './signals/context';
import { runSignals, weightOf } from './signals/index';
import { readersTranslation } from './signals/mt-dom-residue';
import { languageContradicting } from './language/declared';
import { summarize } from './registry/index';
import type { Impersonation, OriginalLink, PageFacts, Signal, Verdict } from './types';

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
  // A registry outlet's own site is itself, whatever it claims; a listed look-alike is an operation's site.
  const imp = ctx.siteOutlet && ctx.siteOutlet.outlet.category !== 'covert-network' ? null : impersonationOf(facts, where);
  if (imp) {
    const evidence = impersonationSignals(imp, where.site.host, where.originalUrl);
    return {
      url: facts.url,
      language,
      kind: 'impersonation',
      warn: true,
      confidence: imp.listed ? (imp.listed.confidence === 'primary' ? 0.95 : 0.85) : imp.likeness !== 'none' ? 0.9 : 0.75,
      // Listed: the operation behind the domain (Doppelganger, its operators and sanctions); else nobody known.
      outlet: imp.listed && where.match ? summarize(where.match.outlet) : null,
      site: where.site,
      translation,
      originals: realOriginals(imp, facts),
      signals: [...evidence, ...signals.filter((x) => !s.translation.markers.includes(x) && x.id !== 'site-host')],
      impersonates: imp,
    };
  }
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

/** The ids of the evidence analyze() gives an impersonation (named in the catalogues as the detectors' are). */
export const IMPERSONATION_SIGNALS = ['lookalike-listed', 'lookalike-domain', 'claimed-brand'] as const;

/** The evidence of an impersonation: the address (listed, or how it resembles the real one) and each claim. */
function impersonationSignals(imp: Impersonation, host: string, url: string): Signal[] {
  const out: Signal[] = [];
  if (imp.listed) out.push({ id: 'lookalike-listed', weight: 1, outlet: imp.listed.network, evidence: { text: host, url } });
  else if (imp.likeness !== 'none') out.push({ id: 'lookalike-domain', weight: 0.5, evidence: { text: `${host} ~ ${imp.domain}`, url } });
  for (const c of imp.claims) out.push({ id: 'claimed-brand', weight: 0.5, evidence: { text: c.text, selector: CLAIM_SELECTORS[c.where] } });
  return out;
}

/** Where each claim sits, for the evidence list (head fields have no place on the page to show). */
const CLAIM_SELECTORS: Record<Impersonation['claims'][number]['where'], string | undefined> = {
  'og:site_name': undefined,
  'application-name': undefined,
  'json-ld': undefined,
  publisher: undefined,
  title: undefined,
  logo: undefined,
  copyright: 'footer',
};

/** The way to the real outlet: its home page, and a search of its site for the page's headline. */
function realOriginals(imp: Impersonation, facts: PageFacts): OriginalLink[] {
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(imp.domain)) return [];
  const out: OriginalLink[] = [{ url: `https://${imp.domain}/`, kind: 'canonical', label: imp.name }];
  const headline = (facts.headline ?? '').trim().slice(0, 200);
  if (headline) out.push({ url: `https://duckduckgo.com/?q=${encodeURIComponent(`site:${imp.domain} ${headline}`)}`, kind: 'search', label: imp.domain });
  return out;
}
