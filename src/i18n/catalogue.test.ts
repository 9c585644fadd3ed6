import { KINDS as ALL_KINDS } from '../core/types';
import { ALL_CATEGORIES, CATEGORIES } from '../core/categories';
import { SIGNALS, SITE_HOST } from '../core/signals/index';
import { IMPERSONATION_SIGNALS } from '../core/analyze';
import type { Kind } from '../core/types';
import { CATALOGUES, catalogueLanguageOf, catalogueTranslator, countryName, formatDate, formatEntry, formatPercent, languageName, localeFor, lookup, resolveLang } from './catalogue';

const { en, de } = CATALOGUES;
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;
const placeholderRefs = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('the catalogues', () => {
  test('English and German have exactly the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  test('keys are valid message names for browser.i18n', () => {
    for (const k of Object.keys(en)) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });

  test('no message is empty', () => {
    for (const cat of [en, de]) for (const [k, e] of Object.entries(cat)) expect([k, e.message.trim().length > 0]).toEqual([k, true]);
  });

  test('placeholders match between the languages, and every placeholder used is defined', () => {
    for (const [k, e] of Object.entries(en)) {
      const g = de[k]!;
      expect([k, g.placeholders ?? {}]).toEqual([k, Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([n, p]) => [n, { ...p, example: g.placeholders?.[n]?.example }]))]);
      for (const entry of [e, g]) {
        const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
        expect([k, placeholderRefs(entry.message)]).toEqual([k, defined]);
        expect([k, /\$[1-9]/.test(entry.message)]).toEqual([k, false]); // named placeholders only, as documented
      }
    }
  });

  test('every category of categories.ts has its label and explanation in each catalogue (their one place)', () => {
    for (const c of ALL_CATEGORIES) {
      for (const k of [key('category', c), key('categoryHelp', c)]) {
        const [e, d] = [en[k]?.message ?? '', de[k]?.message ?? ''];
        expect([k, e.trim().length > 5, d.trim().length > 5, e !== d]).toEqual([k, true, true, true]);
      }
    }
    expect(en[key('category', 'state-controlled')]?.message).toBe('state-controlled media');
    expect(de[key('category', 'state-controlled')]?.message).toBe('staatlich kontrollierte Medien');
  });

  test('every signal id in the signals table (and site-host) has a name and an explanation', () => {
    for (const id of [...SIGNALS.map((s) => s.id), SITE_HOST.id, ...IMPERSONATION_SIGNALS]) {
      expect([id, !!en[key('signal', id)], !!en[key('signalHelp', id)]]).toEqual([id, true, true]);
    }
  });

  test('every verdict kind has a heading and a line of help', () => {
    const kinds: readonly Kind[] = ALL_KINDS;
    for (const k of kinds) expect([k, !!en[key('kind', k)], !!en[key('kindHelp', k)]]).toEqual([k, true, true]);
  });

  test.each([
    ['bannerRegionLabel', [], 'Provenance Lens notice'],
    ['bannerRepublished', ['RT', 'state-controlled media'], 'Republished from RT, state-controlled media'],
    ['bannerOnOutletSite', ['RT', 'state-controlled media'], 'RT: state-controlled media'],
    ['bannerTranslated', ['English'], 'machine-translated from English'],
    ['bannerWhy', [], 'Why?'],
    ['bannerOriginal', [], 'Original'],
    ['bannerDismiss', [], 'Dismiss'],
    ['bannerNeverOnSite', [], 'Don’t show on this site'],
    ['bannerEvidenceHeading', [], 'Evidence'],
    ['linkMarkerTitle', ['RT', 'state-controlled media'], 'RT — state-controlled media'],
    ['badgeTitleWarn', ['RT', 'state-controlled media'], 'Provenance Lens: RT, state-controlled media'],
    ['badgeTitleRepublished', ['RT', 'state-controlled media'], 'Provenance Lens: republished from RT, state-controlled media'],
    ['badgeTitleInform', ['Daily News', 'captured public media'], 'Provenance Lens: Daily News, captured public media'],
    ['badgeTitlePublic', ['BBC'], 'Provenance Lens: BBC, public media'],
    ['badgeTitleTranslated', [], 'Provenance Lens: signs of machine translation'],
    ['badgeTitleNone', [], 'Provenance Lens: no state-media origin found'],
  ])('the banner/badge key %s is defined with its placeholders', (k, subs, text) => {
    expect(lookup(en, k, subs)).toBe(text);
    expect(lookup(de, k, subs)).not.toBe(k);
  });

  test('German wording of the banner keys', () => {
    expect(lookup(de, 'bannerRepublished', ['RT', 'staatlich kontrollierte Medien'])).toBe('Übernommen von RT, staatlich kontrollierte Medien');
    expect(lookup(de, 'bannerTranslated', ['Englisch'])).toBe('maschinell übersetzt (Ausgangssprache: Englisch)');
  });
});

describe('substitution, as browser.i18n does it', () => {
  const entry = { message: 'Hello $User$, from $SITE$ ($$5) $1', placeholders: { user: { content: '$1' }, site: { content: 'Example ($2)' } } };
  test('named placeholders (any case), positional ones and $$', () => {
    expect(formatEntry(entry, ['Ann', 'x.org'])).toBe('Hello Ann, from Example (x.org) ($5) Ann');
  });
  test('a single string, missing substitutions and unknown placeholders', () => {
    expect(formatEntry(entry, 'Ann')).toBe('Hello Ann, from Example () ($5) Ann');
    expect(formatEntry({ message: 'a $NOPE$ b' })).toBe('a $NOPE$ b');
  });
  test('substituted text is not scanned again', () => {
    expect(formatEntry(entry, ['$2 $SITE$', 'y'])).toBe('Hello $2 $SITE$, from Example (y) ($5) $2 $SITE$');
  });
  test('an unknown key comes back as the key', () => {
    expect(lookup(en, 'noSuchKey')).toBe('noSuchKey');
    expect(lookup(en, '__proto__')).toBe('__proto__');
  });
});

describe('language and locale', () => {
  test.each([
    ['auto', 'de-AT', 'de'],
    ['auto', 'de', 'de'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr', 'en'],
    ['en', 'de-DE', 'en'],
    ['de', 'en-US', 'de'],
  ] as const)('setting %s with browser %s → %s', (setting, ui, lang) => {
    expect(resolveLang(setting, ui)).toBe(lang);
  });
  test('the locale keeps the browser region only for the same language', () => {
    expect(localeFor('en', 'en-US')).toBe('en-US');
    expect(localeFor('de', 'de_AT')).toBe('de-AT');
    expect(localeFor('de', 'en-US')).toBe('de');
    expect(localeFor('en', '')).toBe('en');
  });
  test('a catalogue translator', () => {
    const tr = catalogueTranslator('de');
    expect(tr.t('kind_state_media')).toBe('Staatsmedium');
    expect(tr.t('popupVia', 'web.archive.org')).toBe('über web.archive.org');
  });
});

describe('Intl formatting', () => {
  test.each([
    ['2022-03-01', 'en-GB', '1 March 2022'],
    ['2022-03-01', 'de', '1. März 2022'],
    ['2019-12', 'de', 'Dezember 2019'],
    ['2022', 'en', '2022'],
    ['MJRC State Media Monitor outlet page, Oct 2023', 'de', 'MJRC State Media Monitor outlet page, Oct 2023'],
    ['2022-13-01', 'en', '2022-13-01'],
  ])('date %s in %s → %s', (iso, lang, out) => {
    expect(formatDate(iso, lang)).toBe(out);
  });
  test('countries and languages by name', () => {
    expect(countryName('RU', 'en')).toBe('Russia');
    expect(countryName('RU', 'de')).toBe('Russland');
    expect(countryName('gb', 'de')).toBe('Vereinigtes Königreich');
    expect(countryName('<b>', 'de')).toBe('<b>');
    expect(languageName('en', 'de')).toBe('Englisch');
    expect(languageName('ru', 'en')).toBe('Russian');
    expect(languageName('not a code!', 'en')).toBe('not a code!');
  });
  test('percentages', () => {
    expect(formatPercent(0.99, 'en')).toBe('99%');
    expect(formatPercent(0.99, 'de')).toBe('99\u00a0%'); // a no-break space
  });
});

describe('catalogueLanguageOf', () => {
  test.each([
    ['a German getMessage', (k: string) => lookup(CATALOGUES.de, k), 'de'],
    ['an English getMessage', (k: string) => lookup(CATALOGUES.en, k), 'en'],
    ['a getMessage that knows nothing', () => '', null],
  ])('%s', (_what, getMessage, lang) => {
    expect(catalogueLanguageOf(getMessage)).toBe(lang);
  });
});
