import type { Kind, OriginalLink, OutletSummary, Signal, Verdict } from '../core/types';
import { catalogueTranslator } from '../i18n/catalogue';
import { bannerModel, bestOriginal, directionOf, evidenceItems, LIMITS, type Translate } from './banner-model';

/** Shows which key and substitutions were used: "bannerRepublished(RT|…)", "#bannerWhy" (a real t() returns the bare key only when the message is missing). */
const keys: Translate = (key, subs) => (subs === undefined ? `#${key}` : `${key}(${[subs].flat().join('|')})`);

const catalogue = (lang: 'en' | 'de'): Translate => catalogueTranslator(lang).t;

const RT: OutletSummary = {
  id: 'rt', name: 'RT', aliases: [], country: 'RU', owner: 'ANO TV-Novosti', funding: 'state', category: 'state-controlled',
  typology: { code: 'SC', source: null }, sanctions: [], references: [], domains: ['rt.com'], policy: 'warn',
};

const SOURCE = 'https://www.rt.com/russia/590571-putin-choe-north-korea/';

function verdict(over: Partial<Verdict> = {}): Verdict {
  return {
    url: 'https://weltblick-nachrichten.example/2024/01/15/treffen/',
    language: 'de',
    kind: 'republished' as Kind,
    warn: true,
    confidence: 0.99,
    outlet: RT,
    site: { host: 'weltblick-nachrichten.example' },
    translation: { detected: true, from: 'en', confidence: 0.99, markers: [{ id: 'mt-foreign-fragment', weight: 0.4, from: 'en', evidence: { text: '[the world]' } }] },
    originals: [
      { url: `https://web.archive.org/web/${SOURCE}`, kind: 'archive', label: 'Wayback Machine copy' },
      { url: SOURCE, kind: 'source-link', label: 'Source link: Quelllink' },
    ],
    signals: [
      { id: 'title-suffix', weight: 0.7, outlet: 'rt', evidence: { text: 'RT Russland und ehemalige Sowjetunion' } },
      { id: 'source-link', weight: 0.8, outlet: 'rt', evidence: { text: 'Quelllink', url: SOURCE, selector: '#post > p:nth-of-type(3) > a' } },
    ],
    ...over,
  };
}

const auto = { language: 'auto' as const };

describe('bannerModel: the lead', () => {
  test.each([
    ['republished, English UI', verdict(), 'en', 'bannerRepublished(RT|#category_state_controlled (Russia))', 'bannerTranslated(English)'],
    ['republished, German UI', verdict(), 'de', 'bannerRepublished(RT|#category_state_controlled (Russland))', 'bannerTranslated(Englisch)'],
    ["on the outlet's own site", verdict({ kind: 'state-media', translation: { detected: false, confidence: 0, markers: [] } }), 'en', 'bannerOnOutletSite(RT|#category_state_controlled (Russia))', null],
    ['translated, source language unknown: no note', verdict({ translation: { detected: true, confidence: 0.7, markers: [] } }), 'en', 'bannerRepublished(RT|#category_state_controlled (Russia))', null],
    ['a script subtag in the source language', verdict({ translation: { detected: true, from: 'zh-Hans', confidence: 0.9, markers: [] } }), 'en', 'bannerRepublished(RT|#category_state_controlled (Russia))', 'bannerTranslated(Simplified Chinese)'],
  ])('%s', (_what, v, lang, lead, translated) => {
    const m = bannerModel(v, auto, { lang, t: keys })!;
    expect(m.lead).toBe(lead);
    expect(m.translated).toBe(translated);
  });

  test('no banner when the verdict does not warn or names no outlet', () => {
    expect(bannerModel(verdict({ warn: false }), auto, { lang: 'en', t: keys })).toBeNull();
    expect(bannerModel(verdict({ outlet: null }), auto, { lang: 'en', t: keys })).toBeNull();
  });

  test("the settings' language wins over the browser's", () => {
    const m = bannerModel(verdict(), { language: 'de' }, { lang: 'en-US', t: keys })!;
    expect(m.lang).toBe('de');
    expect(m.translated).toBe('bannerTranslated(Englisch)');
  });

  test('a missing category message falls back to the category id in words', () => {
    const t: Translate = (k, s) => (k.startsWith('category_') ? k : keys(k, s));
    expect(bannerModel(verdict(), auto, { lang: 'en', t })!.lead).toBe('bannerRepublished(RT|state controlled (Russia))');
  });

  test.each([
    ['en', 'Republished from RT, state-controlled media (Russia)', 'machine-translated from English', 'Why?'],
    ['de', 'Übernommen von RT, staatlich kontrollierte Medien (Russland)', 'maschinell übersetzt (Ausgangssprache: Englisch)', 'Warum?'],
  ] as const)('the bundled %s catalogue reads as a sentence', (lang, lead, translated, why) => {
    const m = bannerModel(verdict(), auto, { lang, t: catalogue(lang) })!;
    expect([m.lead, m.translated, m.why]).toEqual([lead, translated, why]);
    expect(m.evidence[0]!.names).toEqual([catalogue(lang)('signal_title_suffix')]);
  });
});

describe('bannerModel: direction and buttons', () => {
  test.each([
    ['en', 'ltr'],
    ['de-AT', 'ltr'],
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa_IR', 'rtl'],
    ['zh-Hans', 'ltr'],
  ] as const)('%s is %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });

  test('labels come from the banner messages', () => {
    const m = bannerModel(verdict(), auto, { lang: 'en', t: keys })!;
    expect([m.label, m.why, m.dismiss, m.never, m.evidenceHeading, m.original?.label]).toEqual(['#bannerRegionLabel', '#bannerWhy', '#bannerDismiss', '#bannerNeverOnSite', '#bannerEvidenceHeading', '#bannerOriginal']);
  });
});

describe('bestOriginal', () => {
  const o = (kind: OriginalLink['kind'], url: string): OriginalLink => ({ kind, url, label: kind });
  test.each([
    ['source link before archive', [o('archive', 'https://web.archive.org/web/x'), o('source-link', SOURCE)], { url: SOURCE, host: 'rt.com' }],
    ['canonical before search', [o('search', 'https://duckduckgo.com/?q=x'), o('canonical', 'https://de.rt.com/a/1')], { url: 'https://de.rt.com/a/1', host: 'de.rt.com' }],
    ['search as the last resort', [o('search', 'https://duckduckgo.com/?q=x')], { url: 'https://duckduckgo.com/?q=x', host: 'duckduckgo.com' }],
    ['not a javascript: address', [o('source-link', 'javascript:alert(1)'), o('archive', 'https://archive.ph/newest/x')], { url: 'https://archive.ph/newest/x', host: 'archive.ph' }],
    ['not a data: or relative address', [o('source-link', 'data:text/html,x'), o('canonical', '/a/1')], null],
    ['not the page itself', [o('canonical', 'https://www.rt.com/a/1#top')], null],
    ['none', [], null],
  ])('%s', (_what, originals, best) => {
    expect(bestOriginal(verdict({ url: 'https://www.rt.com/a/1', originals }))).toEqual(best);
  });
});

describe('evidenceItems', () => {
  const s = (id: string, text?: string, extra: Partial<Signal['evidence']> = {}): Signal => ({ id, weight: 0.5, evidence: { ...(text ? { text } : {}), ...extra } });

  test('one item per quoted text, signal names merged, selector kept', () => {
    const items = evidenceItems([s('boilerplate', 'Folgen Sie RT weiter'), s('mt-boilerplate', 'Folgen Sie  RT\nweiter', { selector: '#a' }), s('source-link', 'Quelllink')], keys);
    expect(items).toEqual([
      { names: ['#signal_boilerplate', '#signal_mt_boilerplate'], quote: 'Folgen Sie RT weiter', text: 'Folgen Sie RT weiter', selector: '#a' },
      { names: ['#signal_source_link'], quote: 'Quelllink', text: 'Quelllink' },
    ]);
  });

  test('an address without text is shown but not searched for; evidence with neither is left out', () => {
    expect(evidenceItems([s('media-host', undefined, { url: 'https://cdni.rt.com/x.jpg' }), s('canonical')], keys)).toEqual([{ names: ['#signal_media_host'], quote: 'https://cdni.rt.com/x.jpg' }]);
  });

  test('long quotes are shortened for the list but searched in full; the list is capped', () => {
    const long = 'Wort '.repeat(100).trim();
    const [item] = evidenceItems([s('boilerplate', long)], keys);
    expect(item!.quote.length).toBe(LIMITS.quoteChars);
    expect(item!.quote.endsWith('…')).toBe(true);
    expect(item!.text).toBe(long);
    const many = Array.from({ length: 30 }, (_, i) => s('outlet-credit', `Text ${i}`));
    expect(evidenceItems(many, keys)).toHaveLength(LIMITS.evidence);
  });

  test('an unknown signal id is named in words', () => {
    expect(evidenceItems([s('new-signal', 'x')], (k) => k)[0]!.names).toEqual(['new signal']);
  });
});
