import type { LinkFact } from '../types';
import { detect, editionOf } from './mt-language-mismatch';
import { context } from '../test-kit';

type Facts = Parameters<typeof context>[0];
const link = (href: string, text: string, inArticle = true): LinkFact => ({ href, text, inArticle });

// [case, page language, facts, from, evidence url]
const FIRES: [string, string, Facts, string, string][] = [
  ['German page, "Quelllink" to rt.com', 'de', { links: [link('https://www.rt.com/russia/590571-putin-choe-north-korea/', 'Quelllink')] }, 'en', 'https://www.rt.com/russia/590571-putin-choe-north-korea/'],
  ['Czech page, "Zdroj" to rt.com', 'cs', { links: [link('https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/', 'Zdroj:')] }, 'en', 'https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/'],
  ['Russian page, canonical on rt.com', 'ru', { canonical: 'https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/' }, 'en', 'https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/'],
  ['Hebrew page, image hotlinked from RT', 'he', { media: ['https://cdni.rt.com/files/2023.02/article/63e3a5b1203027.jpg'] }, 'en', 'https://cdni.rt.com/files/2023.02/article/63e3a5b1203027.jpg'],
  ['Japanese page, "出典" link', 'ja', { links: [link('https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/', '出典')] }, 'en', 'https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/'],
  ['German page through the Google Translate proxy of rt.com', 'de', { url: 'https://www-rt-com.translate.goog/russia/590571-putin-choe-north-korea/?_x_tr_sl=en&_x_tr_tl=de' }, 'en', 'https://www.rt.com/russia/590571-putin-choe-north-korea/'],
  ['English page, source de.rt.com', 'en', { links: [link('https://de.rt.com/international/192000-x/', 'Quelle: de.rt.com')] }, 'de', 'https://de.rt.com/international/192000-x/'],
  ['Polish page, og:url on BelTA’s German edition', 'pl', { ogUrl: 'https://deu.belta.by/politics/view/x-12345-2024/' }, 'de', 'https://deu.belta.by/politics/view/x-12345-2024/'],
  ['English page, "Read more at BelTA" line linking belta.by (Russian edition)', 'en', { paragraphs: ['In Belarus, the number of women among researchers is 38.9%, BelTA learned from a researcher.', 'Read more at BelTA'], links: [link('https://www.belta.by/society/view/sredi-belorusskih-issledovatelej-549211-2023/', 'BelTA')] }, 'ru', 'https://www.belta.by/society/view/sredi-belorusskih-issledovatelej-549211-2023/'],
  ['Ukrainian page, link text is the address', 'uk', { links: [link('https://www.rt.com/news/571512-x/', 'rt.com')] }, 'en', 'https://www.rt.com/news/571512-x/'],
];

const SILENT: [string, string | null, Facts][] = [
  ['German page, source RT DE', 'de', { links: [link('https://de.rt.com/russland/190000-x/', 'Quelle')] }],
  ['English page, canonical on rt.com', 'en', { canonical: 'https://www.rt.com/news/571512-x/' }],
  ['German page, ordinary in-text link to rt.com', 'de', { links: [link('https://www.rt.com/news/571512-x/', 'in einem Interview')] }],
  ['German page, source not an outlet', 'de', { links: [link('https://www.example-news.test/a/', 'Quelle')] }],
  ['no pointer at all', 'de', {}],
  ['page language unknown', null, { links: [link('https://www.rt.com/news/571512-x/', 'Source')] }],
  ['Russian page, source RIA Novosti', 'ru', { links: [link('https://ria.ru/20240115/x.html', 'Источник')] }],
  ['Spanish page, source RT en Español', 'es', { links: [link('https://actualidad.rt.com/actualidad/500000-x', 'Fuente')] }],
  ['Italian page, outlet named in an in-text link', 'it', { links: [link('https://tass.com/society/1905667', 'TASS')] }],
  ['French page, canonical on DW’s French edition', 'fr', { canonical: 'https://www.dw.com/fr/la-perte-des-terres-fertiles/a-123' }],
  ['DW’s own French page', 'fr', { url: 'https://www.dw.com/fr/la-perte-des-terres-fertiles/a-123', canonical: 'https://www.dw.com/fr/la-perte-des-terres-fertiles/a-123' }],
  ['German page pointing to RT DE and rt.com', 'de', { canonical: 'https://de.rt.com/russland/190000-x/', links: [link('https://www.rt.com/news/571512-x/', 'Source')] }],
];

describe('mt-language-mismatch', () => {
  test.each(FIRES)('fires: %s', (_why, lang, facts, from, url) => {
    const signals = detect(context(facts, lang));
    expect(signals.length).toBeGreaterThan(0);
    const s = signals[0]!;
    expect(s.id).toBe('mt-language-mismatch');
    expect(s.from).toBe(from);
    expect(s.evidence.url).toBe(url);
    expect(s.evidence.text).toContain(`page in ${lang}`);
  });

  test.each(SILENT)('silent: %s', (_why, lang, facts) => {
    expect(detect(context(facts, lang))).toEqual([]);
  });

  test('edition language from the address', () => {
    const ctx = context({}, 'de');
    const m = ctx.outletOfUrl('https://www.dw.com/en/some-story/a-1')!;
    expect(m).toBeTruthy();
    expect(editionOf('https://www.dw.com/en/some-story/a-1', m)).toEqual(['en']);
  });
});
