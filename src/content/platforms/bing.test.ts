import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { snippetSpots } from '../../../test/platforms/snippets';
import { BING_ADAPTER } from './bing';

const fixture = loadFixture('bing');

test('bing: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(BING_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(4);
});

test.each([
  ['www.bing.com/search', 'www.bing.com', '/search', true],
  ['cn.bing.com/search', 'cn.bing.com', '/search', true],
  ['Bing News (not a web results page)', 'www.bing.com', '/news/search', false],
  ['the home page', 'www.bing.com', '/', false],
  ['a look-alike host', 'bing.com.evil.example', '/search', false],
])('matches: %s', (_, host, path, want) => {
  expect(BING_ADAPTER.matches(host, path)).toBe(want);
});

const PAGE = 'https://www.bing.com/search?q=rt';
const a1 = (url: string) => `a1${Buffer.from(url).toString('base64url')}`;
const algo = (inner: string) => `<ol id="b_results"><li class="b_algo">${inner}</li></ol>`;

test.each([
  ['h2 > a: after the a, inside the h2', algo('<h2><a href="https://sputnikglobe.com/x">T</a></h2>'), [{ keys: ['sputnikglobe.com'], at: 'a', place: 'after' }]],
  ['/ck/a: decoded by the feed', algo(`<h2><a href="https://www.bing.com/ck/a?!&amp;&amp;p=1&amp;u=${a1('https://www.rt.com/news/1/')}&amp;ntb=1">T</a></h2>`), [{ keys: ['www.rt.com'], at: 'a', place: 'after' }]],
  ['the narrow layout: a > h2, the chip ends the h2', algo('<div class="b_algoheader"><a href="https://de.rt.com/x"><h2>T</h2></a></div>'), [{ keys: ['de.rt.com'], at: 'h2', place: 'append' }]],
  ['the site line (a.tilk) is not the title', algo('<div class="b_tpcn"><a class="tilk" href="https://www.rt.com/">RT</a></div><h2><a href="https://www.rt.com/x">T</a></h2>'), [{ keys: ['www.rt.com'], at: 'a', place: 'after' }]],
  ['a result to x.com/RT_com', algo('<h2><a href="https://x.com/RT_com">RT</a></h2>'), [{ keys: ['x:@rt_com'], at: 'a', place: 'after' }]],
  ['an ad (li.b_ad)', '<ol id="b_results"><li class="b_ad b_adTop"><ul><li class="b_algo"><h2><a href="https://www.rt.com/">RT</a></h2></li></ul></li></ol>', []],
  ['an li.b_algo that is itself marked b_ad', '<ol id="b_results"><li class="b_algo b_ad"><h2><a href="https://www.rt.com/">RT</a></h2></li></ol>', []],
  ['an /aclk ad link', algo('<h2><a href="https://www.bing.com/aclk?ld=e8&amp;u=aHR0cHM">RT</a></h2>'), []],
  ['a /ck/a whose u= is malformed', algo('<h2><a href="https://www.bing.com/ck/a?u=a1!!!">T</a></h2>'), []],
  ['an answer whose h2 links a new search', algo('<h2><a href="/search?q=rt+news">rt news</a></h2>'), []],
  ['a result outside #b_results (the sidebar)', '<ol id="b_context"><li class="b_algo"><h2><a href="https://www.rt.com/">RT</a></h2></li></ol>', []],
])('%s', (_, body, want) => {
  expect(snippetSpots(BING_ADAPTER, PAGE, body)).toEqual(want);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'bing.ts'), 'utf8')).not.toMatch(/data-expect/);
});
