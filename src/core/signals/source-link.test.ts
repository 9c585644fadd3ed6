import { detect, trimAddressText, trimLinkText, withoutTrailingSlashes } from './source-link';
import { context, randomStrings } from '../test-kit';
import type { LinkFact, PageFacts } from '../types';

const BODY = ['First paragraph of the article with enough words in it.', 'Second paragraph of the article.', 'Third paragraph.', 'Fourth paragraph.', 'Fifth paragraph.', 'Sixth paragraph.', 'Seventh paragraph, the last.'];
const NAV: LinkFact[] = [
  { href: 'https://example-news.test/', text: 'Home', inArticle: false },
  { href: 'https://example-news.test/world/', text: 'World', inArticle: false },
];
const FOOTER: LinkFact[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => ({ href: `https://example-news.test/${x}/`, text: x, inArticle: false }));
const OWN: LinkFact = { href: 'https://example-news.test/2024/01/other/', text: 'Another story of ours', inArticle: true };

/** A page whose article holds one ordinary link plus `link`, with `paragraphs` (default BODY). */
function page(link: LinkFact, paragraphs: string[] = BODY, where: 'article' | 'after' | 'footer' = 'article'): Partial<PageFacts> {
  const links =
    where === 'article' ? [...NAV, OWN, link, ...FOOTER] : where === 'after' ? [...NAV, OWN, link, ...FOOTER] : [...NAV, OWN, ...FOOTER, ...FOOTER, link];
  return { paragraphs, links };
}

const a = (href: string, text: string, inArticle = true): LinkFact => ({ href, text, inArticle, selector: '#post > p > a' });

type Row = [string, Partial<PageFacts>, string | null];

const RT_ARTICLE = 'https://www.rt.com/russia/590571-putin-choe-north-korea/';

// [case, facts, outlet the signal points to (null = does not fire)]
const ROWS: Row[] = [
  ['de: <p><a>Quelllink</a></p> in the article', page(a(RT_ARTICLE, 'Quelllink'), ['Titel – RT Russland und ehemalige Sowjetunion', 'Quelllink', ...BODY]), 'rt'],
  ['en: "Source" → tass.com', page(a('https://tass.com/politics/1700000', 'Source')), 'tass'],
  ['fr: "Lien source" → francais.rt.com (rt-france)', page(a('https://francais.rt.com/international/100-x', 'Lien source')), 'rt-france'],
  ['es: "Fuente: Sputnik" → sputnikglobe.com', page(a('https://sputnikglobe.com/20230101/x-100.html', 'Fuente: Sputnik')), 'sputnik'],
  ['pl: "Źródło" → de.rt.com (rt-de)', page(a('https://de.rt.com/europa/190000-x/', 'Źródło')), 'rt-de'],
  ['ru: "Источник" → ria.ru', page(a('https://ria.ru/20240101/x-1900000.html', 'Источник')), 'ria-novosti'],
  ['zh: "原文链接" → xinhuanet.com', page(a('http://www.xinhuanet.com/politics/2023-02/11/c_1129357000.htm', '原文链接')), 'xinhua'],
  ['en: "Read the original" → globaltimes.cn', page(a('https://www.globaltimes.cn/page/202302/1285000.shtml', 'Read the original')), 'global-times'],
  ['it: paragraph "Fonte: <a>Tass</a>" (label before the link)', page(a('https://tass.com/world/1600000', 'Tass'), [...BODY, 'Fonte: Tass']), 'tass'],
  ['bare "rt.com" alone in the last paragraph', page(a(RT_ARTICLE, 'rt.com'), [...BODY, 'rt.com']), 'rt'],
  ['bare "RT" alone in the first paragraph', page(a(RT_ARTICLE, 'RT'), ['RT', ...BODY]), 'rt'],
  ['"Quelle" → rt.com just after the article (not in it)', page(a(RT_ARTICLE, 'Quelle', false), BODY, 'after'), 'rt'],
  ['cs: "www.rt.com" → an rt.com article, just after the article', page(a(RT_ARTICLE, 'www.rt.com', false), BODY, 'after'), 'rt'],
  ['en: "Read more at <a>BelTA</a>" as the last paragraph', page(a('https://www.belta.by/society/view/x-549211-2023/', 'BelTA'), [...BODY, 'Read more at BelTA']), 'belta'],
  ['de: "Weiterlesen: <a>https://www.rt.com/news/…</a>"', page(a('https://www.rt.com/news/571512-x/', 'https://www.rt.com/news/571512-x/'), [...BODY, 'Weiterlesen: https://www.rt.com/news/571512-x/']), 'rt'],
  // no-fire
  ['it: "Tass" inline ("Dalla Tass si apprendeva …")', page(a('https://tass.com/society/1905667', 'Tass'), [...BODY.slice(0, 3), 'Dalla Tass si apprendeva che il Ministero aveva pianificato un’esercitazione.', ...BODY.slice(3)]), null],
  ['en: "said in a statement" → tass.com', page(a('https://tass.com/politics/1', 'said in a statement'), [...BODY, 'The ministry said in a statement that talks would go on.']), null],
  ['en: "according to reports" → rt.com', page(a(RT_ARTICLE, 'according to reports'), [...BODY, 'The meeting took place, according to reports.']), null],
  ['bare "RT" inside a sentence in the middle of the article', page(a(RT_ARTICLE, 'RT'), [...BODY.slice(0, 3), 'The channel RT aired the speech in full.', ...BODY.slice(3)]), null],
  ['bare "www.rt.com" → https://www.rt.com/ (home page) alone in the first paragraph', page(a('https://www.rt.com/', 'www.rt.com'), ['www.rt.com', ...BODY]), null],
  ['"Source" → reuters.com (not a state outlet)', page(a('https://www.reuters.com/world/x/', 'Source')), null],
  ['"Source" → breitbart.com ("ends in rt.com")', page(a('https://www.breitbart.com/politics/x/', 'Source')), null],
  ['"Quelle" → rt.com on de.rt.com itself', { ...page(a(RT_ARTICLE, 'Quelle')), url: 'https://de.rt.com/russland/1-x/' }, null],
  ['"Quelle" → rt.com in the site footer, far from the article', page(a(RT_ARTICLE, 'Quelle', false), BODY, 'footer'), null],
  ['"rt.com" → https://www.rt.com/ (home page) in the sidebar', page(a('https://www.rt.com/', 'rt.com', false), BODY, 'after'), null],
  ['"Source" → bbc.com (public media)', page(a('https://www.bbc.com/news/world-1', 'Source')), null],
  ['"Bildquelle" → tass.com (photo credit)', page(a('https://tass.com/politics/2', 'Bildquelle')), null],
  ['"Source: <a>RT</a>" in the figcaption of a video\'s figure (inCredit)', page({ ...a(RT_ARTICLE, 'RT'), inCredit: true }, [...BODY, 'Source: RT']), null],
  ['"Source" → rt.com inside a media credit', page({ ...a(RT_ARTICLE, 'Source'), inCredit: true }), null],
  ['"Source: <a>RT</a>" at the article\'s end, not in a media credit', page(a(RT_ARTICLE, 'RT'), [...BODY, 'Source: RT']), 'rt'],
  // Extraction (credits.ts) leaves a figure under a site-local logo no credit: its caption is the last paragraph.
  ['"Source: <a>RT</a>" in the figcaption of a site-local logo figure (not RT\'s media: not inCredit)', page(a(RT_ARTICLE, 'RT'), [...BODY, 'You can share this story on social media:', 'Source: RT']), 'rt'],
];

describe('source-link', () => {
  test.each(ROWS)('%s', (_case, facts, outlet) => {
    const signals = detect(context(facts));
    if (outlet === null) {
      expect(signals).toEqual([]);
      return;
    }
    expect(signals).toHaveLength(1);
    const link = facts.links!.find((l) => l.href.includes('rt.com') || l.href.includes('tass') || l.href.includes('sputnik') || l.href.includes('ria.ru') || l.href.includes('xinhuanet') || l.href.includes('globaltimes') || l.href.includes('belta'))!;
    expect(signals[0]).toMatchObject({ id: 'source-link', outlet, evidence: { text: link.text, url: link.href } });
  });

  test.each([
    ['a bare link alone in the last paragraph: a copying mark', page(a('https://lenta.ru/news/2023/02/14/kirby/', 'Lenta.ru'), [...BODY, 'Lenta.ru']), true],
    ['a bare link alone in the first paragraph: a source link, no mark', page(a('https://lenta.ru/news/2023/02/14/kirby/', 'Lenta.ru'), ['Lenta.ru', ...BODY]), false],
    ['"Source" → the article: a source link, no mark', page(a('https://lenta.ru/news/2023/02/14/kirby/', 'Source')), false],
  ] as [string, Partial<PageFacts>, boolean][])('copy: %s', (_case, facts, copy) => {
    const [s] = detect(context(facts));
    expect(s?.id).toBe('source-link');
    expect(s?.copy === true).toBe(copy);
  });

  test('the selector of the link is kept', () => {
    const [s] = detect(context(page(a(RT_ARTICLE, 'Quelllink'))));
    expect(s?.evidence.selector).toBe('#post > p > a');
  });

  test('several source links to one network give one signal', () => {
    const facts = page(a(RT_ARTICLE, 'Source'));
    facts.links = [...facts.links!, a('https://de.rt.com/europa/1-x/', 'Quelle')];
    expect(detect(context(facts))).toHaveLength(1);
  });
});

describe('source-link: linear trims answer as the old patterns', () => {
  const texts = ['"RT"', '(rt.com).', '<https://rt.com/>', `)${')'.repeat(2000)}\u0000`, `${'/'.repeat(2000)}\u0000/`, ...randomStrings(['rt', '.', '/', '(', ')', '"', '»', '<', '>', ',', ']', '[', 'x'], 3000, 10)];
  test('same results', () => {
    for (const t of texts) {
      expect(trimLinkText(t)).toBe(t.replace(/^[«"“„'(\[]+|[»"”'),.\]]+$/gu, ''));
      expect(trimAddressText(t)).toBe(t.replace(/^[«"“„'(\[<]+|[»"”'),.\]>]+$/gu, ''));
      expect(withoutTrailingSlashes(t)).toBe(t.replace(/\/+$/, ''));
    }
  });
});
