import { detect } from './outlet-link';
import { context } from '../test-kit';
import type { LinkFact, PageFacts } from '../types';

const BODY = ['Opening paragraph of the article.', 'Second paragraph.', 'Third paragraph.', 'Fourth paragraph.', 'Fifth paragraph.', 'Sixth paragraph.', 'Seventh paragraph.'];
const NAV: LinkFact[] = [{ href: 'https://example-news.test/', text: 'Home', inArticle: false }];
const a = (href: string, text: string, inArticle = true): LinkFact => ({ href, text, inArticle, selector: 'article > p > a' });

/** The article holds the links; each anchor text stands inside a sentence of the middle paragraph. */
function page(...links: LinkFact[]): Partial<PageFacts> {
  const sentence = `Earlier, ${links.map((l) => l.text).join(' and ')} were mentioned in passing by officials.`;
  return { paragraphs: [...BODY.slice(0, 3), sentence, ...BODY.slice(3)], links: [...NAV, ...links] };
}

type Row = [string, Partial<PageFacts>, string[]];

// [case, facts, outlets the signals point to (empty = does not fire)]
const ROWS: Row[] = [
  ['it: "Tass" inline → tass.com', { paragraphs: [...BODY.slice(0, 3), 'Dalla Tass si apprendeva che il Ministero aveva pianificato un’esercitazione.', ...BODY.slice(3)], links: [...NAV, a('https://tass.com/society/1905667', 'Tass')] }, ['tass']],
  ['en: "said in a statement" → tass.com', page(a('https://tass.com/politics/1', 'said in a statement')), ['tass']],
  ['en: "according to reports" → rt.com', page(a('https://www.rt.com/news/1-x/', 'according to reports')), ['rt']],
  ['de: "berichtete das Staatsfernsehen" → de.rt.com (rt-de)', page(a('https://de.rt.com/russland/1-x/', 'berichtete das Staatsfernsehen')), ['rt-de']],
  ['fr: "selon l\'agence" → sputnikglobe.com', page(a('https://sputnikglobe.com/20230101/x-1.html', "selon l'agence")), ['sputnik']],
  ['es: "informó la agencia" → spanish.xinhuanet.com', page(a('http://spanish.xinhuanet.com/2023-02/11/c_1.htm', 'informó la agencia')), ['xinhua']],
  ['pl: "podała agencja" → ria.ru', page(a('https://ria.ru/20240101/x-1.html', 'podała agencja')), ['ria-novosti']],
  ['zh: "报道" → globaltimes.cn', page(a('https://www.globaltimes.cn/page/202302/1.shtml', '报道')), ['global-times']],
  ['two links to tass.com and one to ria.ru → one signal per outlet', page(a('https://tass.com/a/1', 'one report'), a('https://tass.com/b/2', 'another report'), a('https://ria.ru/c/3', 'a third')), ['tass', 'ria-novosti']],
  // no-fire
  ['"Quelllink" → rt.com (source-link)', page(a('https://www.rt.com/russia/1-x/', 'Quelllink')), []],
  ['"Source: <a>TASS</a>" (source-link)', { paragraphs: [...BODY, 'Source: TASS'], links: [...NAV, a('https://tass.com/world/1', 'TASS')] }, []],
  ['link to tass.com in the site navigation (not in the article)', page(a('https://tass.com/', 'TASS', false)), []],
  ['link to reuters.com', page(a('https://www.reuters.com/world/x/', 'said in a statement')), []],
  ['link to breitbart.com ("ends in rt.com")', page(a('https://www.breitbart.com/politics/x/', 'a report')), []],
  ['link to bbc.com (public media)', page(a('https://www.bbc.com/news/world-1', 'the BBC reported')), []],
  ['link to rt.com on rt.com itself', { ...page(a('https://www.rt.com/news/2-y/', 'earlier')), url: 'https://www.rt.com/news/1-x/' }, []],
  ['mailto: link mentioning rt.com', page(a('mailto:info@rt.com', 'write to us')), []],
  ['link text "RT" pointing to twitter.com', page(a('https://twitter.com/RT_com', 'RT')), []],
];

describe('outlet-link', () => {
  test.each(ROWS)('%s', (_case, facts, outlets) => {
    const signals = detect(context(facts));
    expect(signals.map((s) => s.outlet)).toEqual(outlets);
    for (const s of signals) {
      expect(s).toMatchObject({ id: 'outlet-link' });
      const link = facts.links!.find((l) => l.href === s.evidence.url);
      expect(link?.text).toBe(s.evidence.text);
      expect(s.evidence.selector).toBe('article > p > a');
    }
  });
});
