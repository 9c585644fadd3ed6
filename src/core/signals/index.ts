// The one table of signals, in the order they run: per signal its id (= its file name), its detector, its weight
// and its group. Each file exports detect(ctx) → findings (signals without a weight: the weight is this table's)
// and has a table test beside it (<id>.test.ts) listing the cases it fires and does not fire on.
//
// Origin weights add up per outlet; a sum of REPUBLISHED_THRESHOLD (score.ts) or more means the article is that
// outlet's. Only the page's own declaration of where its text comes from (a canonical address at the outlet)
// comes close to the threshold alone; every other republication needs two independent kinds of evidence, except a
// copying mark (a finding with copy: the outlet's headline suffix on another site's page, a bare source link at the
// article's end; score.ts 5.).
// Citation signals refer to the outlet without making the article the outlet's; translation markers are scored
// separately (TRANSLATED_THRESHOLD, score.ts).
import type { Signal } from '../types';
import { detect as attributionLine } from './attribution-line';
import { detect as boilerplate } from './boilerplate';
import { detect as canonical } from './canonical';
import type { Finding, SignalContext } from './context';
import { detect as mediaHost } from './media-host';
import { detect as mtBoilerplate } from './mt-boilerplate';
import { detect as mtBrokenQuotes } from './mt-broken-quotes';
import { detect as mtDomResidue } from './mt-dom-residue';
import { detect as mtForeignFragment } from './mt-foreign-fragment';
import { detect as mtLanguageMismatch } from './mt-language-mismatch';
import { detect as mtPortalFurniture } from './mt-portal-furniture';
import { detect as outletCredit } from './outlet-credit';
import { detect as outletLink } from './outlet-link';
import { detect as siteName } from './site-name';
import { detect as sourceLink } from './source-link';
import { detect as titleSuffix } from './title-suffix';

export type Detector = (ctx: SignalContext) => Finding[];

/** origin: the article on this page is the outlet's; citation: the page refers to the outlet; translation: machine-translation markers. */
export type SignalGroup = 'origin' | 'citation' | 'translation';

export interface SignalSpec {
  readonly id: string;
  /** Replaceable so a test can wrap it (the fuzz and hostile-page tests record detectors that throw). */
  detect: Detector;
  readonly weight: number;
  readonly group: SignalGroup;
}

export const SIGNALS: readonly SignalSpec[] = [
  // Origin: the article on this page is the outlet's article.
  { id: 'canonical', detect: canonical, weight: 0.9, group: 'origin' }, // rel=canonical / og:url / JSON-LD url names an outlet's address
  { id: 'site-name', detect: siteName, weight: 0.6, group: 'origin' }, // og:site_name or JSON-LD publisher/author names the outlet
  { id: 'title-suffix', detect: titleSuffix, weight: 0.7, group: 'origin' }, // the outlet's brand or section as the title's or headline's suffix, also translated
  // A source link or an attribution line is the page saying where its text comes from; honest citations use
  // descriptive link text and name the outlet inside sentences instead.
  { id: 'source-link', detect: sourceLink, weight: 0.8, group: 'origin' }, // a link to the outlet with source-like anchor text ("Quelllink", "Source", "Источник")
  { id: 'attribution-line', detect: attributionLine, weight: 0.8, group: 'origin' }, // "MOSCOW (Sputnik) -", "(Xinhua) --", "Quelle: RT DE" at the article's start or end
  { id: 'boilerplate', detect: boilerplate, weight: 0.5, group: 'origin' }, // the outlet's own page boilerplate (share/follow footers), original or machine-translated
  { id: 'media-host', detect: mediaHost, weight: 0.3, group: 'origin' }, // images or video hotlinked from the outlet's hosts
  // Citation: the page refers to the outlet but does not carry its article.
  { id: 'outlet-link', detect: outletLink, weight: 0.1, group: 'citation' }, // an ordinary link to the outlet inside the article
  { id: 'outlet-credit', detect: outletCredit, weight: 0.1, group: 'citation' }, // "Photo: TASS", "according to RIA Novosti"
  // Machine translation markers.
  { id: 'mt-dom-residue', detect: mtDomResidue, weight: 0.9, group: 'translation' },
  { id: 'mt-foreign-fragment', detect: mtForeignFragment, weight: 0.4, group: 'translation' },
  { id: 'mt-broken-quotes', detect: mtBrokenQuotes, weight: 0.3, group: 'translation' },
  { id: 'mt-language-mismatch', detect: mtLanguageMismatch, weight: 0.3, group: 'translation' },
  { id: 'mt-boilerplate', detect: mtBoilerplate, weight: 0.6, group: 'translation' },
  { id: 'mt-portal-furniture', detect: mtPortalFurniture, weight: 0.6, group: 'translation' }, // a Chinese portal's source/editor/font line, translated
];

/**
 * The page is on the outlet's own site (also through an archive or a translation proxy). Not a detector: analyze.ts
 * adds it from the registry's look-up of the page's address, and score.ts decides on that look-up before any weight
 * counts, so this weight is what the signal reports, kept here with the others.
 */
export const SITE_HOST = { id: 'site-host', weight: 1 } as const;

const BY_ID: ReadonlyMap<string, SignalSpec> = new Map(SIGNALS.map((s) => [s.id, s]));

/** A signal's weight (site-host's too); 0 for an id that is no signal. */
export function weightOf(id: string): number {
  return id === SITE_HOST.id ? SITE_HOST.weight : (BY_ID.get(id)?.weight ?? 0);
}

function idsOf(group: SignalGroup): ReadonlySet<string> {
  return new Set(SIGNALS.filter((s) => s.group === group).map((s) => s.id));
}

export const ORIGIN_SIGNALS = idsOf('origin');
export const CITATION_SIGNALS = idsOf('citation');
export const TRANSLATION_SIGNALS = idsOf('translation');

/** Runs every signal, each finding weighed by the table; one that fails on a hostile page is skipped, never fatal. */
export function runSignals(ctx: SignalContext): Signal[] {
  const out: Signal[] = [];
  for (const s of SIGNALS) {
    try {
      for (const { id, ...rest } of s.detect(ctx)) out.push({ id, weight: s.weight, ...rest });
    } catch {
      // A page is hostile input: a detector that trips over it contributes nothing.
    }
  }
  return out;
}
