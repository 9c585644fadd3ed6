// The scoring rules (score.ts) as a table: signals on a page → kind, warn, outlet, translation.
// Signals are written by hand with the signals table's weights; the expected figures are the rules', worked out here.
import { score } from './score';
import { weightOf } from './signals/index';
import { context } from './test-kit';
import type { Kind, PageFacts, Signal } from './types';

/** A signal as a detector reports it, weighed by the table. */
function sig(id: string, outlet?: string, from?: string): Signal {
  return { id, weight: weightOf(id), ...(outlet ? { outlet } : {}), ...(from ? { from } : {}), evidence: { text: id } };
}
const times = (n: number, s: Signal): Signal[] => Array.from({ length: n }, () => s);

const NEWS = 'https://example-news.test/2024/01/article/';
/** A site the registry lists as reported to repost RT articles. */
const REPOSTER = 'https://198nigerianews.com/2024/01/article/';

interface Expected {
  kind: Kind;
  warn: boolean;
  outlet: string | null;
  translated: boolean;
  from?: string;
}

// [case, page address, signals, expected]
const CASES: [string, string, Signal[], Expected][] = [
  // nothing at all
  ['no signals', NEWS, [], { kind: 'none', warn: false, outlet: null, translated: false }],
  // the threshold (1.0) for origin signals of one network
  ['threshold exactly reached: title suffix 0.7 + hotlinked media 0.3', NEWS, [sig('title-suffix', 'rt'), sig('media-host', 'rt')], { kind: 'republished', warn: true, outlet: 'rt', translated: false }],
  ['threshold just missed: site name 0.6 + hotlinked media 0.3', NEWS, [sig('site-name', 'tass'), sig('media-host', 'tass')], { kind: 'cites', warn: false, outlet: 'tass', translated: false }],
  ['a canonical address alone (0.9) is not enough', NEWS, [sig('canonical', 'sputnik')], { kind: 'cites', warn: false, outlet: 'sputnik', translated: false }],
  ['citation weights never add to the origin sum: canonical 0.9 + links 0.1', NEWS, [sig('canonical', 'sputnik'), sig('outlet-link', 'sputnik'), sig('outlet-credit', 'sputnik')], { kind: 'cites', warn: false, outlet: 'sputnik', translated: false }],
  ['two signals of two networks do not add up', NEWS, [sig('source-link', 'tass'), sig('site-name', 'xinhua')], { kind: 'cites', warn: false, outlet: 'tass', translated: false }],
  // repeats of one id: the first in full, the others a quarter
  ['repeats: site name 0.6 + media 0.3 + 0.075 = 0.975, short', NEWS, [sig('site-name', 'tass'), ...times(2, sig('media-host', 'tass'))], { kind: 'cites', warn: false, outlet: 'tass', translated: false }],
  ['repeats: site name 0.6 + media 0.3 + 0.075 + 0.075 = 1.05', NEWS, [sig('site-name', 'tass'), ...times(3, sig('media-host', 'tass'))], { kind: 'republished', warn: true, outlet: 'tass', translated: false }],
  ['repeats: ten boilerplate lines are 0.5 + 9 × 0.125, not 5', NEWS, times(10, sig('boilerplate', 'rt')), { kind: 'republished', warn: true, outlet: 'rt', translated: false }],
  ['repeats: three boilerplate lines are 0.75', NEWS, times(3, sig('boilerplate', 'rt')), { kind: 'cites', warn: false, outlet: 'rt', translated: false }],
  // a site reported to repost RT: 0.2 less for RT, and only for RT
  ['repost hint: a source link (0.8) to RT suffices there', REPOSTER, [sig('source-link', 'rt')], { kind: 'republished', warn: true, outlet: 'rt', translated: false }],
  ['repost hint: the same source link elsewhere only cites', NEWS, [sig('source-link', 'rt')], { kind: 'cites', warn: false, outlet: 'rt', translated: false }],
  ['repost hint: counts for the whole RT network (RT DE)', REPOSTER, [sig('attribution-line', 'rt-de')], { kind: 'republished', warn: true, outlet: 'rt-de', translated: false }],
  ['repost hint: not for another network', REPOSTER, [sig('source-link', 'tass')], { kind: 'cites', warn: false, outlet: 'tass', translated: false }],
  // the outlet: the most specific edition the signals name; warn per its policy
  ['an edition rather than its network', NEWS, [sig('canonical', 'rt'), sig('title-suffix', 'rt-de')], { kind: 'republished', warn: true, outlet: 'rt-de', translated: false }],
  ['an outlet that is only informed about: republished, no warning', NEWS, [sig('canonical', 'agerpres'), sig('site-name', 'agerpres')], { kind: 'republished', warn: false, outlet: 'agerpres', translated: false }],
  // public media never make a page republished or cites
  ['public media: all origin signals towards the BBC count for nothing', NEWS, [sig('canonical', 'bbc'), sig('site-name', 'bbc'), sig('source-link', 'bbc')], { kind: 'none', warn: false, outlet: null, translated: false }],
  ['public media beside a state outlet: the state outlet decides', NEWS, [sig('canonical', 'bbc'), sig('site-name', 'bbc'), sig('outlet-link', 'tass')], { kind: 'cites', warn: false, outlet: 'tass', translated: false }],
  // citation only
  ['citation only: a link and a credit', NEWS, [sig('outlet-link', 'xinhua'), sig('outlet-credit', 'xinhua')], { kind: 'cites', warn: false, outlet: 'xinhua', translated: false }],
  ['signals without an outlet or of no known outlet do not cite', NEWS, [sig('outlet-link'), sig('outlet-credit', 'no-such-outlet')], { kind: 'none', warn: false, outlet: null, translated: false }],
  // translation markers (threshold 0.6), separately from the origin
  ['translation exactly at the threshold: broken quotes 0.3 + language mismatch 0.3 (a marker naming an outlet does not cite it)', NEWS, [sig('mt-broken-quotes'), sig('mt-language-mismatch', 'tass', 'ru')], { kind: 'none', warn: false, outlet: null, translated: true, from: 'ru' }],
  ['translation just short: a foreign fragment 0.4', NEWS, [sig('mt-foreign-fragment', undefined, 'en')], { kind: 'none', warn: false, outlet: null, translated: false }],
  ['translation: repeats add a quarter (broken quotes 0.3 + 0.075 × 3)', NEWS, times(4, sig('mt-broken-quotes')), { kind: 'none', warn: false, outlet: null, translated: false }],
  ['translation: fragment 0.4 + broken quotes 0.3, from the fragment', NEWS, [sig('mt-foreign-fragment', undefined, 'en'), sig('mt-broken-quotes')], { kind: 'none', warn: false, outlet: null, translated: true, from: 'en' }],
  ['translation: the language most markers name', NEWS, [sig('mt-dom-residue', undefined, 'en'), sig('mt-foreign-fragment', undefined, 'ru'), sig('mt-boilerplate', 'rt', 'ru')], { kind: 'none', warn: false, outlet: null, translated: true, from: 'ru' }],
  ['translation: no marker names a language → the pointed edition\'s first', NEWS, [sig('canonical', 'rt-de'), sig('site-name', 'rt-de'), sig('mt-dom-residue')], { kind: 'republished', warn: true, outlet: 'rt-de', translated: true, from: 'de' }],
  // a language mismatch counts in full once the article is known to be the outlet's
  ['mismatch on a republished article: in full', NEWS, [sig('canonical', 'rt-de'), sig('site-name', 'rt-de'), sig('mt-language-mismatch', 'rt-de', 'de')], { kind: 'republished', warn: true, outlet: 'rt-de', translated: true, from: 'de' }],
  ['mismatch on a page that only cites: its weight only', NEWS, [sig('outlet-link', 'rt-de'), sig('mt-language-mismatch', 'rt-de', 'de')], { kind: 'cites', warn: false, outlet: 'rt-de', translated: false }],
  ['mismatch towards another network than the republished one: its weight only', NEWS, [sig('canonical', 'rt-de'), sig('site-name', 'rt-de'), sig('mt-language-mismatch', 'tass', 'ru')], { kind: 'republished', warn: true, outlet: 'rt-de', translated: false }],
  // copying marks: one trace that the article was taken as it stands is enough on its own
  ['copying mark: a title suffix on a page naming another site', NEWS, [{ ...sig('title-suffix', 'lenta-ru'), copy: true }], { kind: 'republished', warn: true, outlet: 'lenta-ru', translated: false }],
  ['copying mark: a bare source link at the end', NEWS, [{ ...sig('source-link', 'lenta-ru'), copy: true }], { kind: 'republished', warn: true, outlet: 'lenta-ru', translated: false }],
  ['a title suffix without the mark (no site name of its own) stays below', NEWS, [sig('title-suffix', 'lenta-ru')], { kind: 'cites', warn: false, outlet: 'lenta-ru', translated: false }],
  ['a copy flag on a citation signal counts nothing', NEWS, [{ ...sig('outlet-link', 'lenta-ru'), copy: true }], { kind: 'cites', warn: false, outlet: 'lenta-ru', translated: false }],
  ['copying mark: the outlet\'s boilerplate in a translated rendering', NEWS, [sig('boilerplate', 'izvestia'), sig('mt-boilerplate', 'izvestia', 'ru')], { kind: 'republished', warn: true, outlet: 'izvestia', translated: true, from: 'ru' }],
  ['the outlet\'s boilerplate as it is written: no mark', NEWS, [sig('boilerplate', 'izvestia')], { kind: 'cites', warn: false, outlet: 'izvestia', translated: false }],
  ['copying mark: an attribution line inside a translated portal furniture line', NEWS, [{ ...sig('attribution-line', 'global-times'), evidence: { text: 'Source: Global Times' } }, { ...sig('mt-portal-furniture', undefined, 'zh'), evidence: { text: '(Source: Global Times, Author: Niu Ruifei)' } }], { kind: 'republished', warn: true, outlet: 'global-times', translated: true, from: 'zh' }],
  ['an attribution line elsewhere than the furniture line: no mark', NEWS, [{ ...sig('attribution-line', 'global-times'), evidence: { text: 'Source: Global Times' } }, { ...sig('mt-portal-furniture', undefined, 'zh'), evidence: { text: '[Editor: Li Xufeng]' } }], { kind: 'cites', warn: false, outlet: 'global-times', translated: true, from: 'zh' }],
  // the page's own address decides first
  ['site host: on de.rt.com the kind is the outlet\'s, whatever the signals', 'https://de.rt.com/europa/1-x/', [sig('outlet-link', 'tass'), sig('canonical', 'bbc')], { kind: 'state-media', warn: true, outlet: 'rt-de', translated: false }],
  ['site host: on bbc.com public media, never a warning', 'https://www.bbc.com/news/world-1', [sig('canonical', 'rt'), sig('site-name', 'rt'), sig('source-link', 'rt')], { kind: 'public-media', warn: false, outlet: 'bbc', translated: false }],
  ['site host: a language mismatch there counts only its weight', 'https://de.rt.com/europa/1-x/', [sig('mt-language-mismatch', 'rt-de', 'de')], { kind: 'state-media', warn: true, outlet: 'rt-de', translated: false }],
  ['site host: translation markers still add up there', 'https://de.rt.com/europa/1-x/', [sig('mt-dom-residue')], { kind: 'state-media', warn: true, outlet: 'rt-de', translated: true, from: 'de' }],
];

describe('score', () => {
  test.each(CASES)('%s', (_name, url, signals, want) => {
    const facts: Partial<PageFacts> = { url };
    const s = score(context(facts), signals);
    const got: Expected = { kind: s.kind, warn: s.warn, outlet: s.outlet?.id ?? null, translated: s.translation.detected, ...(s.translation.from ? { from: s.translation.from } : {}) };
    expect(got).toEqual(want);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThan(1);
  });

  test('confidence grows with the evidence above the threshold and falls towards it below', () => {
    const at = (signals: Signal[]) => score(context({ url: NEWS }), signals).confidence;
    expect(at([sig('title-suffix', 'rt'), sig('media-host', 'rt')])).toBe(0.5);
    expect(at([sig('canonical', 'rt'), sig('source-link', 'rt'), sig('title-suffix', 'rt')])).toBe(0.99);
    expect(at([sig('outlet-link', 'rt')])).toBe(0.9);
    expect(at([sig('canonical', 'rt')])).toBe(0.3);
  });
});
