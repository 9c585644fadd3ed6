// Sample verdicts for component tests and screenshots: the scanner's verdicts for seven corpus pages, exactly as
// their snapshots hold them (test/corpus/<case>/verdict.json; which case gives which sample: SAMPLE_CASES in
// test/corpus-snapshot.ts), plus one hostile verdict made by hand.
//
// samples.json is generated (npm run corpus:regenerate) rather than imported from test/ because code in src/ui may
// not import from test/ (test/boundaries.test.ts) and the screenshot scripts bundle this file; samples.test.ts
// checks that it is what the snapshots give, so it cannot drift from the engine.
import type { Verdict } from '../core/types';
import generated from './samples.json';

const S = generated.samples as unknown as Record<'republished' | 'stateMedia' | 'publicMedia' | 'cites' | 'informational' | 'translateProxy' | 'edition', Verdict>;

/** The founding example: an RT article, machine-translated from English, republished on a German aggregator (test/corpus/seed-rt-de-republish). */
export const republished: Verdict = S.republished;
/** RT's own site (test/corpus/rt-com-news-473849-morales). */
export const stateMedia: Verdict = S.stateMedia;
/** An independent public broadcaster (test/corpus/rdb-bbc-1). */
export const publicMedia: Verdict = S.publicMedia;
/** Own journalism citing TASS (test/corpus/fundus-it-ilgiornale-2025-02-04). */
export const cites: Verdict = S.cites;
/** A captured public outlet without sanctions: informed, not warned (test/corpus/dailynews-co-tz-solar). */
export const informational: Verdict = S.informational;
/** RT through Google Translate (test/corpus/own-translate-goog-rt-de). */
export const translateProxy: Verdict = S.translateProxy;
/** An edition (RT DE, network RT) republished by a WordPress autoposter, found by its source line and hotlinked images (test/corpus/own-de-wp-autoposter-rt-de). */
export const edition: Verdict = S.edition;

/**
 * A hostile verdict: page text with markup and script, and addresses that are not http(s). The popup must show the
 * text as text and make none of those addresses a link.
 */
export const hostile: Verdict = {
  ...republished,
  url: 'https://evil.example/article',
  outlet: {
    ...republished.outlet!,
    name: 'RT <img src=x onerror=alert(1)>',
    owner: '<b>bold</b> owner',
    typology: { code: 'SC', source: 'javascript:alert(1)', asOf: '2023-10' },
    sanctions: [{ jurisdiction: 'EU', act: '<script>alert("act")</script>', date: 'not a date', url: 'javascript:alert(2)' }],
    references: [{ fact: '<i>fact</i>', url: 'data:text/html,<script>alert(3)</script>' }],
  },
  site: { host: 'evil.example' },
  originals: [
    { url: 'javascript:alert(4)', kind: 'source-link', label: 'Source link' },
    { url: 'https://www.rt.com/russia/590571-putin-choe-north-korea/', kind: 'canonical', label: 'Canonical address' },
  ],
  signals: [
    { id: 'title-suffix', weight: 0.7, outlet: 'rt', evidence: { text: '<script>alert("title")</script> | RT' } },
    { id: 'source-link', weight: 0.8, outlet: 'rt', evidence: { text: 'Quelle', url: 'javascript:alert(5)' } },
    { id: 'no-such-signal', weight: 0, evidence: { text: 'from a newer engine' } },
  ],
};

/** Every sample by name, for tests and screenshots. */
export const SAMPLES = { republished, stateMedia, publicMedia, cites, informational, translateProxy, edition, hostile } as const;
export type SampleName = keyof typeof SAMPLES;
