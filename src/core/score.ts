/*
 * Scoring: signals → kind, warn, confidence, outlet and translation findings.
 *
 * 1. The page's own address decides first. On a registered outlet's site or a listed account's page (also through an archive or a
 *    translation proxy) the kind is the outlet's (state-media or public-media) and warn is the outlet's policy.
 * 2. Elsewhere, origin signals add up per outlet network (RT DE and RT both count for RT). Repeats of one
 *    signal id add with diminishing returns (REPEAT_FACTOR), so ten links are not ten pieces of evidence.
 *    A network whose sum reaches REPUBLISHED_THRESHOLD (a little lower on a site reported to repost RT) is the
 *    origin: kind "republished", warn per the outlet's policy. Weights are set so no single text signal
 *    reaches the threshold: a republication needs two independent kinds of evidence (except a copying mark, 5.).
 * 3. Below the threshold, any origin or citation signal towards a state outlet makes the page "cites": it
 *    refers to the outlet, but the article is its own. Public-media outlets are never the reason for
 *    "republished" or "cites".
 * 4. Translation markers add up separately; the source language is the one most markers name, else the
 *    language of the outlet edition the page points to. Once a page is known to carry an outlet's article, a
 *    page language different from that edition's language means the article was translated: that marker then
 *    counts in full (TRANSLATED_THRESHOLD).
 * 5. A listing (search results, a tag or topic page, an aggregator's front page, a feed, a reference list; told
 *    from the page's structure by page-kind.ts) shows other pages' titles and snippets: however much origin
 *    evidence they hold, it is no article of the outlet's. Such a page is at most "cites" toward the outlets it
 *    lists, never "republished" (and never offers a search for "the original", originals.ts). A page with one
 *    dominant article body is never a listing, so a copied article wrapped in a fake result list stays an article.
 * 6. A fact-check (ClaimReview markup whose claim or rating the page shows, or a headline or opening line introduced
 *    as the claim being checked: "DISINFO: …", "Claim: …"; never markup or a <title> alone: fact-check.ts)
 *    is never "republished": its subject is the outlet's claim, so it is "cites", unless its own canonical address is
 *    the outlet's (a copy cannot escape by calling itself a fact-check). Quoted text (blockquotes, quotation marks,
 *    "Claim:" lines) never feeds boilerplate, attribution-line or translation markers: text/own-text.ts.
 * 7. Each string counts once: origin signals of one network whose evidence is the same page string (a title suffix
 *    that is also a boilerplate string, a copyright line that is both attribution line and footer) count once, the
 *    heavier one (count-once.ts, decided per pair).
 * 8. Copying marks (copyingMarks below): one strong trace that the article was taken as it stands is enough for
 *    "republished": the outlet's brand kept as the headline's suffix on a page that declares a site name of its
 *    own which is not the outlet's (title-suffix with copy), or a bare link to one of the outlet's articles (its
 *    name or address as the link text, alone in one of the article's last paragraphs or just after it: source-link
 *    with copy). The network's origin sum is then raised to the threshold, so the confidence stays at its floor
 *    (0.5) unless more evidence adds to it. Measured on the corpus (113 pages, 84 that must not warn): no page
 *    that must not warn carries a title suffix or a source link at all; of the 9 earlier pages with either (all
 *    republications by other evidence too) 5 carry a copying mark, and their verdicts stay as they were; the rule
 *    turns the two copying-mark cases own-en-aggregator-lenta-suffix and -source-link from cites into republished.
 *    Honest citations keep their own headline and descriptive link text inside sentences.
 *    Two more marks of a page taken whole and run through a translator: the outlet's own page boilerplate in a
 *    machine-translated rendering (boilerplate with an mt-boilerplate marker for the same network: Izvestia's
 *    "in Moscow it is located on the 26th button"), and an attribution line that is part of a translated Chinese
 *    portal's furniture line (attribution-line whose text lies in an mt-portal-furniture line: "[Source: Xinhua
 *    News Agency] [Editor: …] Font: [Large Medium Small]", "(Source: Global Times, Author: …)"). Neither occurs on
 *    any corpus page that must not warn (the one essay quoting such a line is not a furniture line).
 */
import { networkIdOf, networkOf, outletById, policyOf, summarize } from './registry/index';
import type { SignalContext } from './signals/context';
import { countOnce } from './count-once';
import { isFactCheck } from './fact-check';
import { CITATION_SIGNALS, ORIGIN_SIGNALS, TRANSLATION_SIGNALS } from './signals/index';
import type { Kind, Outlet, OutletSummary, Signal, TranslationFindings } from './types';

// The scoring constants (the signals' weights and groups are the signals table's, signals/index.ts).
/** Sum of origin weights for one outlet at which the page counts as a republication. */
export const REPUBLISHED_THRESHOLD = 1.0;
/** On sites reported to repost RT articles, a little less evidence is needed (never none). */
export const REPOST_HINT_BONUS = 0.2;
/** Several signals of one id add up, with diminishing returns: the first counts fully, the rest this fraction each. */
export const REPEAT_FACTOR = 0.25;
/** Sum of translation-marker weights at which the page counts as machine-translated. */
export const TRANSLATED_THRESHOLD = 0.6;

export interface Score {
  kind: Kind;
  warn: boolean;
  confidence: number;
  outlet: OutletSummary | null;
  translation: TranslationFindings;
}

/** Σ weights with diminishing returns for repeats of the same signal id. */
export function sumWithRepeats(signals: Signal[]): number {
  const byId = new Map<string, number[]>();
  for (const s of signals) byId.set(s.id, [...(byId.get(s.id) ?? []), s.weight]);
  let total = 0;
  for (const weights of byId.values()) {
    weights.sort((a, b) => b - a);
    total += (weights[0] ?? 0) + weights.slice(1).reduce((acc, w) => acc + w * REPEAT_FACTOR, 0);
  }
  return total;
}


/** The most specific outlet named by the signals of one network (RT DE rather than RT when a signal names it). */
function mostSpecific(signals: Signal[], network: string): Outlet | null {
  const counts = new Map<string, number>();
  for (const s of signals) if (s.outlet && s.outlet !== network) counts.set(s.outlet, (counts.get(s.outlet) ?? 0) + s.weight);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return outletById(best?.[0] ?? network) ?? outletById(network);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

export function translationFindings(signals: Signal[], pointedOutlet: Outlet | null, origin: string | null = null): TranslationFindings {
  const markers = signals.filter((s) => TRANSLATION_SIGNALS.has(s.id));
  const originMismatch = origin !== null && markers.some((m) => m.id === 'mt-language-mismatch' && m.outlet && networkIdOf(m.outlet) === origin);
  const sum = sumWithRepeats(markers) + (originMismatch ? TRANSLATED_THRESHOLD : 0);
  const detected = sum >= TRANSLATED_THRESHOLD;
  const votes = new Map<string, number>();
  for (const m of markers) if (m.from) votes.set(m.from, (votes.get(m.from) ?? 0) + m.weight);
  const voted = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const from = voted ?? pointedOutlet?.languages?.[0];
  return { detected, ...(detected && from ? { from } : {}), confidence: Math.round(clamp(sum / 1.5, 0, 0.99) * 100) / 100, markers };
}

/** Design comment 5: a fact-check cites; only its own canonical address at the outlet makes it the outlet's page. */
function factCheckOf(ctx: SignalContext, sigs: Signal[]): boolean {
  return isFactCheck(ctx.facts) && !sigs.some((s) => s.id === 'canonical');
}

/** Copying marks (5. above): one raises a network's origin sum to the threshold. `all`: every signal of the page. */
export function copyingMarks(sigs: Signal[], origin: number, all: Signal[] = sigs): number {
  const net = (s: Signal) => (s.outlet ? networkIdOf(s.outlet) : null);
  const furniture = all.filter((s) => s.id === 'mt-portal-furniture').map((s) => s.evidence.text ?? '');
  const marked = sigs.some(
    (s) =>
      ORIGIN_SIGNALS.has(s.id) &&
      (s.copy ||
        (s.id === 'boilerplate' && all.some((m) => m.id === 'mt-boilerplate' && net(m) === net(s))) ||
        (s.id === 'attribution-line' && !!s.evidence.text && furniture.some((line) => line.includes(s.evidence.text!)))),
  );
  return marked ? Math.max(origin, REPUBLISHED_THRESHOLD) : origin;
}

export function score(ctx: SignalContext, signals: Signal[]): Score {
  if (ctx.siteOutlet) {
    const outlet = ctx.siteOutlet.outlet;
    const policy = policyOf(outlet);
    return {
      kind: policy === 'public-media' ? 'public-media' : 'state-media',
      warn: policy === 'warn',
      confidence: 0.99,
      outlet: summarize(outlet),
      translation: translationFindings(signals, outlet),
    };
  }
  const byNetwork = new Map<string, Signal[]>();
  for (const s of signals) {
    if (!s.outlet || !(ORIGIN_SIGNALS.has(s.id) || CITATION_SIGNALS.has(s.id))) continue;
    const o = outletById(s.outlet);
    if (!o || policyOf(o) === 'public-media') continue;
    const net = networkOf(o).id;
    byNetwork.set(net, [...(byNetwork.get(net) ?? []), s]);
  }
  const ranked = [...byNetwork.entries()]
    .map(([net, sigs]) => ({ net, sigs, origin: copyingMarks(sigs, sumWithRepeats(countOnce(sigs.filter((s) => ORIGIN_SIGNALS.has(s.id)))), signals) }))
    .sort((a, b) => b.origin - a.origin || b.sigs.length - a.sigs.length);
  const best = ranked[0];
  if (!best) return { kind: 'none', warn: false, confidence: 0.5, outlet: null, translation: translationFindings(signals, null) };
  const outlet = mostSpecific(best.sigs, best.net) ?? null;
  const hint = ctx.site.repostHint && best.net === 'rt' ? REPOST_HINT_BONUS : 0;
  const threshold = REPUBLISHED_THRESHOLD - hint;
  // Rule 5: a listing cites the outlets among its entries; it never carries their article. Rule 6: nor does a fact-check.
  const listing = ctx.pageKind === 'listing';
  const republished = !!outlet && !listing && best.origin >= threshold && !factCheckOf(ctx, best.sigs);
  const translation = translationFindings(signals, outlet, republished ? best.net : null);
  if (outlet && republished) {
    return { kind: 'republished', warn: policyOf(outlet) === 'warn', confidence: Math.round(clamp(0.5 + (best.origin - threshold) / 2, 0.5, 0.99) * 100) / 100, outlet: summarize(outlet), translation };
  }
  return { kind: 'cites', warn: false, confidence: Math.round(clamp(1 - best.origin / threshold, 0.3, 0.9) * 100) / 100, outlet: outlet ? summarize(outlet) : null, translation };
}
