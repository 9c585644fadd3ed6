import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { snippetSpots } from '../../../test/platforms/snippets';
import { STARTPAGE_ADAPTER } from './startpage';

const fixture = loadFixture('startpage');

test('startpage: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(STARTPAGE_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(4);
});

test.each([
  ['www.startpage.com/sp/search', 'www.startpage.com', '/sp/search', true],
  ['eu.startpage.com/do/search', 'eu.startpage.com', '/do/search', true],
  ['the old /do/dsearch', 'www.startpage.com', '/do/dsearch', true],
  ['the home page', 'www.startpage.com', '/', false],
  ['the anonymous-view proxy', 'eu.startpage.com', '/av/proxy', false],
  ['a look-alike host', 'startpage.com.evil.example', '/sp/search', false],
])('matches: %s', (_, host, path, want) => {
  expect(STARTPAGE_ADAPTER.matches(host, path)).toBe(want);
});

const PAGE = 'https://www.startpage.com/sp/search?query=rt';
const result = (href: string, cls = 'result') => `<div class="w-gl"><div class="${cls}"><a class="result-title result-link" href="${href}" data-testid="gl-title-link"><h2>T</h2></a></div></div>`;

test.each([
  ['a > h2: the chip ends the h2', result('https://www.rt.com/news/1/'), [{ keys: ['www.rt.com'], at: 'h2', place: 'append' }]],
  ['the earlier markup', '<section class="w-gl"><div class="w-gl__result"><a class="w-gl__result-title" href="https://de.rt.com/x"><h2>T</h2></a></div></section>', [{ keys: ['de.rt.com'], at: 'h2', place: 'append' }]],
  ['the site line and Anonymous View are not the title', '<div class="w-gl"><div class="result"><div class="upper"><a class="wgl-site-title" href="https://www.rt.com/">RT</a></div><a href="https://www.bbc.com/x" data-testid="gl-title-link"><h2>T</h2></a><a href="https://eu.startpage.com/av/proxy?ep=1">Anonymous View</a></div></div>', [{ keys: ['www.bbc.com'], at: 'h2', place: 'append' }]],
  ['a result to x.com/RT_com', result('https://x.com/RT_com'), [{ keys: ['x:@rt_com'], at: 'h2', place: 'append' }]],
  ['an ad block beside .w-gl', '<div class="a-bg-result AdSense"><div class="result"><a href="https://www.rt.com/"><h2>RT</h2></a></div></div>', []],
  ['an ad card inside .w-gl that also says .result', result('https://www.rt.com/', 'result a-bg-result'), []],
  ['a link to Startpage itself', result('https://www.startpage.com/es/privacy-policy/'), []],
  ['a javascript: link', result('javascript:void(0)'), []],
])('%s', (_, body, want) => {
  expect(snippetSpots(STARTPAGE_ADAPTER, PAGE, body)).toEqual(want);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'startpage.ts'), 'utf8')).not.toMatch(/data-expect/);
});
