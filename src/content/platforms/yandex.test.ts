import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { snippetSpots } from '../../../test/platforms/snippets';
import { YANDEX_ADAPTER } from './yandex';

const fixture = loadFixture('yandex');

test('yandex: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(YANDEX_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(3);
});

test.each([
  ['yandex.ru/search/', 'yandex.ru', '/search/', true],
  ['yandex.com.tr/search', 'yandex.com.tr', '/search', true],
  ['ya.ru/search/', 'ya.ru', '/search/', true],
  ['the touch layout', 'yandex.ru', '/search/touch/', true],
  ['image search', 'yandex.ru', '/images/search', false],
  ['the home page', 'yandex.ru', '/', false],
  ['a look-alike host', 'yandex.ru.evil.example', '/search/', false],
])('matches: %s', (_, host, path, want) => {
  expect(YANDEX_ADAPTER.matches(host, path)).toBe(want);
});

const PAGE = 'https://yandex.ru/search/?text=rt';
const item = (href: string, attrs = '') => `<ul id="search-result"><li class="serp-item"${attrs}><div class="Organic"><div class="OrganicTitle"><a class="Link OrganicTitle-Link" href="${href}"><h2><span>T</span></h2></a></div></div></li></ul>`;

test.each([
  ['a > h2: the chip ends the h2', item('https://russian.rt.com/x'), [{ keys: ['russian.rt.com'], at: 'h2', place: 'append' }]],
  ['the older h2 > a.organic__url: after the a', '<ul id="search-result"><li class="serp-item"><h2 class="organic__title-wrapper"><a class="link organic__url" href="https://de.rt.com/x"><div>T</div></a></h2></li></ul>', [{ keys: ['de.rt.com'], at: 'a', place: 'after' }]],
  ['/clck/jsredir carrying url=', item('/clck/jsredir?from=yandex.ru&amp;url=https%3A%2F%2Fsputnikglobe.com%2F'), [{ keys: ['sputnikglobe.com'], at: 'h2', place: 'append' }]],
  ['a result to x.com/RT_com', item('https://x.com/RT_com'), [{ keys: ['x:@rt_com'], at: 'h2', place: 'append' }]],
  ['/clck/jsredir with the destination sealed', item('/clck/jsredir?from=yandex.ru&amp;etext=2202.abc&amp;cst=AiuY&amp;data=UlNr&amp;b64e=2'), []],
  ['an ad (data-fast-name="direct")', item('https://russian.rt.com/', ' data-fast-name="direct"'), []],
  ['an ad link through yabs.yandex.ru', item('https://yabs.yandex.ru/count/WZ0ej'), []],
  ['the AI answer', item('https://russian.rt.com/', ' data-fast-name="neuro_answer"'), []],
  ['a wizard linking Yandex Images', item('https://yandex.ru/images/search?text=rt'), []],
  ['a serp-item outside #search-result', '<div><li class="serp-item"><a href="https://russian.rt.com/"><h2>T</h2></a></li></div>', []],
])('%s', (_, body, want) => {
  expect(snippetSpots(YANDEX_ADAPTER, PAGE, body)).toEqual(want);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'yandex.ts'), 'utf8')).not.toMatch(/data-expect/);
});
