import { detect, readersTranslation } from './mt-dom-residue';
import { context } from '../test-kit';

type Facts = Parameters<typeof context>[0];

// [case, facts, number of signals, from]
const FIRES: [string, Facts, number, string | undefined][] = [
  ['<font style="vertical-align: inherit;"> runs', { mtResidue: { fontInherit: 12, translatedClass: false } }, 1, undefined],
  ['translated-ltr on <html>', { mtResidue: { fontInherit: 0, translatedClass: true } }, 1, undefined],
  ['both kinds of markup residue', { mtResidue: { fontInherit: 3, translatedClass: true } }, 2, undefined],
  ['translate.goog proxy, source named', { url: 'https://www-rt-com.translate.goog/russia/590571-putin-choe-north-korea/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&_x_tr_pto=wapp' }, 1, 'en'],
  ['translate.goog proxy, source guessed (auto)', { url: 'https://www-rt-com.translate.goog/news/571512/?_x_tr_sl=auto&_x_tr_tl=cs' }, 1, undefined],
  ['front end translate.google.com', { url: 'https://translate.google.com/translate?sl=ru&tl=en&u=https://ria.ru/20240115/x.html' }, 1, 'ru'],
  ['front end translate.google.de, regional source code', { url: 'https://translate.google.de/translate?hl=de&sl=zh-CN&tl=de&u=http://www.xinhuanet.com/a.htm' }, 1, 'zh'],
  ['translate.googleusercontent.com', { url: 'https://translate.googleusercontent.com/translate_c?sl=en&tl=fr&u=https://www.rt.com/news/1/' }, 1, 'en'],
  ['residue as served, same lang as served', { mtResidue: { fontInherit: 0, translatedClass: true, htmlLang: 'de' }, served: { lang: 'de', residue: true } }, 1, undefined],
  ['translated class, lang and meta lang agree', { mtResidue: { fontInherit: 0, translatedClass: true, htmlLang: 'de', metaLang: 'de-DE' } }, 1, undefined],
  ['fonts alone, lang contradicts meta (a copied article body)', { mtResidue: { fontInherit: 12, translatedClass: false, htmlLang: 'de', metaLang: 'en' } }, 1, undefined],
  ['reader-translated through the proxy: the address still counts', { url: 'https://www-rt-com.translate.goog/news/1/?_x_tr_sl=en&_x_tr_tl=de', mtResidue: { fontInherit: 5, translatedClass: true, htmlLang: 'de' }, served: { lang: 'en', residue: false } }, 1, 'en'],
  ['proxy plus markup residue', { url: 'https://www-example-com.translate.goog/a?_x_tr_sl=es&_x_tr_tl=en', mtResidue: { fontInherit: 40, translatedClass: true } }, 3, 'es'],
];

const SILENT: [string, Facts][] = [
  ['no residue, ordinary address', {}],
  ['the parameter without the proxy', { url: 'https://www.example.com/article?_x_tr_sl=en&_x_tr_tl=de' }],
  ['the translator front page', { url: 'https://translate.google.com/' }],
  ['a look-alike host', { url: 'https://translate.goog.example.com/?_x_tr_sl=en&_x_tr_tl=de' }],
  ['translate path on another host', { url: 'https://www.example.com/translate?sl=en&u=https://www.rt.com/' }],
  ['Google, but not its translator', { url: 'https://news.google.com/articles/CBMi?hl=de&gl=DE' }],
  ['source equals target', { url: 'https://www-rt-com.translate.goog/x?_x_tr_sl=en&_x_tr_tl=en' }],
  ['class name in the address only', { url: 'https://de.rt.com/?lang=translated-ltr' }],
  ["residue that appeared after load: the reader's translation", { mtResidue: { fontInherit: 12, translatedClass: true, htmlLang: 'en' }, served: { lang: 'de', residue: false } }],
  ["residue as served, <html lang> changed since: the reader's translation", { mtResidue: { fontInherit: 0, translatedClass: true, htmlLang: 'en' }, served: { lang: 'ru', residue: true } }],
  ["saved page: translated class, lang contradicts content-language", { mtResidue: { fontInherit: 3, translatedClass: true, htmlLang: 'de', metaLang: 'en' } }],
];

describe('readersTranslation', () => {
  test.each([
    ['no residue', { mtResidue: { fontInherit: 0, translatedClass: false, htmlLang: 'en' }, served: { lang: 'de', residue: false } }, null],
    ['appeared after load', { mtResidue: { fontInherit: 2, translatedClass: false, htmlLang: 'en-US' }, served: { lang: 'de', residue: false } }, { to: 'en' }],
    ['as served, lang unchanged', { mtResidue: { fontInherit: 2, translatedClass: true, htmlLang: 'en' }, served: { lang: 'en-GB', residue: true } }, null],
    ['saved page, meta contradicts', { mtResidue: { fontInherit: 0, translatedClass: true, htmlLang: 'de', metaLang: 'en-US' } }, { to: 'de' }],
    ['saved page, no meta', { mtResidue: { fontInherit: 0, translatedClass: true, htmlLang: 'de' } }, null],
  ] as [string, Facts, unknown][])('%s', (_why, facts, want) => {
    expect(readersTranslation(context(facts).facts)).toEqual(want);
  });
});

describe('mt-dom-residue', () => {
  test.each(FIRES)('fires: %s', (_why, facts, n, from) => {
    const signals = detect(context(facts));
    expect(signals).toHaveLength(n);
    for (const s of signals) {
      expect(s.id).toBe('mt-dom-residue');
      expect(s.evidence.text).toBeTruthy();
    }
    const proxy = signals.find((s) => s.evidence.url);
    if (from) expect(proxy?.from).toBe(from);
    else expect(signals.every((s) => s.from === undefined)).toBe(true);
  });

  test.each(SILENT)('silent: %s', (_why, facts) => {
    expect(detect(context(facts))).toEqual([]);
  });
});
