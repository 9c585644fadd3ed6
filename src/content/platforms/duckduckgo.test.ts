import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { snippetSpots } from '../../../test/platforms/snippets';
import { DUCKDUCKGO_ADAPTER } from './duckduckgo';

const chips = (doc: Document) => resolveChips(DUCKDUCKGO_ADAPTER, doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
const expected = (doc: Document) => expectedChips(doc).map((e) => `${describeEl(e.at)} → ${e.key}`);

test.each([['duckduckgo'], ['duckduckgo-html']])('%s: chips on exactly the elements the fixture names, each for its key', (name) => {
  const { doc } = loadFixture(name);
  expect(chips(doc).sort()).toEqual(expected(doc).sort());
  expect(expected(doc).length).toBeGreaterThanOrEqual(2);
});

test('duckduckgo: results "More results" appends (the template) get theirs', () => {
  const { doc } = loadFixture('duckduckgo');
  doc.querySelector('[data-feed]')!.append((doc.querySelector('template[data-more]') as HTMLTemplateElement).content.cloneNode(true));
  const want = expected(doc);
  expect(want.some((w) => w.endsWith('sputnikglobe.com'))).toBe(true);
  expect(chips(doc).sort()).toEqual(want.sort());
});

test.each([
  ['the results page', 'duckduckgo.com', '/', true],
  ['the script-free page', 'html.duckduckgo.com', '/html/', true],
  ['the script-free page without its slash', 'html.duckduckgo.com', '/html', true],
  ['noai.duckduckgo.com', 'noai.duckduckgo.com', '/', true],
  ['the settings page', 'duckduckgo.com', '/settings', false],
  ['the lite page (not read)', 'lite.duckduckgo.com', '/lite/', false],
  ['a look-alike host', 'duckduckgo.com.evil.example', '/', false],
])('matches: %s', (_, host, path, want) => {
  expect(DUCKDUCKGO_ADAPTER.matches(host, path)).toBe(want);
});

const PAGE = 'https://duckduckgo.com/?q=rt&ia=web';
const organic = (href: string) => `<ol><li data-layout="organic"><article data-testid="result"><h2><a href="${href}" data-testid="result-title-a"><span>T</span></a></h2></article></li></ol>`;

test.each([
  ['a result: after the title link, inside the h2', organic('https://www.rt.com/news/1/'), [{ keys: ['www.rt.com'], at: 'a', place: 'after' }]],
  ['the URL line is not the title', '<article data-testid="result"><a data-testid="result-extras-url-link" href="https://www.rt.com/">rt.com</a><h2><a href="https://www.bbc.com/x">T</a></h2></article>', [{ keys: ['www.bbc.com'], at: 'a', place: 'after' }]],
  ['a result to x.com/RT_com', organic('https://x.com/RT_com'), [{ keys: ['x:@rt_com'], at: 'a', place: 'after' }]],
  ['the HTML page: /l/?uddg=', '<div id="links"><div class="result web-result"><h2 class="result__title"><a class="result__a" href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fde.rt.com%2Fx&amp;rut=1">T</a></h2></div></div>', [{ keys: ['de.rt.com'], at: 'a', place: 'after' }]],
  ['an ad linking straight to rt.com', '<ol><li data-layout="ad"><article data-testid="result"><h2><a href="https://www.rt.com/">RT</a></h2></article></li></ol>', []],
  ['an ad through /y.js', organic('https://duckduckgo.com/y.js?ad_domain=rt.com&amp;u3=x'), []],
  ['an HTML-page ad that also says web-result', '<div class="result web-result result--ad"><h2><a class="result__a" href="https://www.rt.com/">RT</a></h2></div>', []],
  ['a link to a new search', organic('/?q=rt+news'), []],
  ['a /l/ whose uddg= is no http(s) address', organic('https://duckduckgo.com/l/?uddg=javascript%3Aalert(1)'), []],
])('%s', (_, body, want) => {
  expect(snippetSpots(DUCKDUCKGO_ADAPTER, PAGE, body)).toEqual(want);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'duckduckgo.ts'), 'utf8')).not.toMatch(/data-expect/);
});
