import { context } from '../test-kit';
import { detect } from './canonical';

type F = Parameters<typeof context>[0];
const fires: [string, F, string][] = [
  ['rel=canonical on rt.com', { canonical: 'https://www.rt.com/russia/590571-x/' }, 'rt'],
  ['og:url on de.rt.com (edition)', { ogUrl: 'https://de.rt.com/europa/1-x/' }, 'rt-de'],
  ['JSON-LD url on sputnikglobe.com', { jsonLd: { publishers: [], authors: [], urls: ['https://sputnikglobe.com/20240101/x.html'] } }, 'sputnik'],
  ['canonical on xinhuanet.com', { canonical: 'http://www.xinhuanet.com/world/2024-01/01/c_1.htm' }, 'xinhua'],
  ['canonical on a Pravda network domain', { canonical: 'https://pravda-de.com/world/2024/01/01/1.html' }, 'pravda-network'],
  ['og:url on tass.com', { ogUrl: 'https://tass.com/politics/1' }, 'tass'],
  ['canonical on an RT mirror', { canonical: 'https://rtde.tech/inland/1-x/' }, 'rt-de'],
  ['canonical on globaltimes.cn', { canonical: 'https://www.globaltimes.cn/page/202401/1.shtml' }, 'global-times'],
];
const silent: [string, F][] = [
  ['canonical on the page\'s own site', { canonical: 'https://example-news.test/2024/01/article/' }],
  ['canonical on breitbart.com', { canonical: 'https://www.breitbart.com/tech/2016/x/' }],
  ['canonical on art.com', { canonical: 'https://art.com/x' }],
  ['the page is on rt.com itself', { url: 'https://www.rt.com/news/1-x/', canonical: 'https://www.rt.com/news/1-x/' }],
  ['no canonical at all', {}],
  ['canonical on pravda.com.ua', { canonical: 'https://www.pravda.com.ua/rus/news/1/' }],
  ['canonical on notrt.com', { canonical: 'https://notrt.com/x' }],
  ['og:url on an unrelated host', { ogUrl: 'https://www.theguardian.com/world/x' }],
];
test.each(fires)('fires: %s', (_n, f, outlet) => {
  const found = detect(context(f));
  expect(found.map((s) => s.outlet)).toEqual([outlet]);
  expect(found[0]!.evidence.url).toMatch(/^https?:\/\//);
});
test.each(silent)('silent: %s', (_n, f) => expect(detect(context(f))).toEqual([]));
test('canonical and og:url on the same outlet count once', () => {
  expect(detect(context({ canonical: 'https://www.rt.com/a/', ogUrl: 'https://www.rt.com/a/' }))).toHaveLength(1);
});
