import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { snippetSpots } from '../../../test/platforms/snippets';
import { GOOGLE_ADAPTER } from './google';

const fixture = loadFixture('google');
const chips = (doc: Document) => resolveChips(GOOGLE_ADAPTER, doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
const expected = (doc: Document) => expectedChips(doc).map((e) => `${describeEl(e.at)} → ${e.key}`);

test('google: chips on exactly the elements the fixture names, each for its key', () => {
  expect(chips(fixture.doc).sort()).toEqual(expected(fixture.doc).sort());
  expect(expected(fixture.doc).length).toBeGreaterThanOrEqual(4);
});

test('google: results appended later (the template) get theirs', () => {
  const doc = loadFixture('google').doc;
  doc.querySelector('[data-feed]')!.append((doc.querySelector('template[data-more]') as HTMLTemplateElement).content.cloneNode(true));
  const want = expected(doc);
  expect(want.some((w) => w.endsWith('arabic.rt.com'))).toBe(true);
  expect(chips(doc).sort()).toEqual(want.sort());
});

test.each([
  ['google.com/search', 'www.google.com', '/search', true],
  ['a country domain', 'www.google.de', '/search', true],
  ['co.uk', 'www.google.co.uk', '/search', true],
  ['com.br without www', 'google.com.br', '/search', true],
  ['the home page', 'www.google.com', '/', false],
  ['a look-alike host', 'www.google.com.evil.example', '/search', false],
  ['Google News', 'news.google.com', '/search', false],
])('matches: %s', (_, host, path, want) => {
  expect(GOOGLE_ADAPTER.matches(host, path)).toBe(want);
});

const PAGE = 'https://www.google.com/search?q=rt';
const result = (href: string, title = 'Title') => `<div class="g"><a href="${href}"><br><h3>${title}</h3><div><cite>breadcrumb</cite></div></a></div>`;

test.each([
  ['a > h3: the chip ends the h3', `<div id="search"><div id="rso">${result('https://www.rt.com/news/1/')}</div></div>`, [{ keys: ['www.rt.com'], at: 'h3', place: 'append' }]],
  ['basic HTML h3 > a through /url?q=: after the a', '<div id="search"><div class="g"><h3 class="r"><a href="/url?q=https://de.rt.com/a/&amp;sa=U">Title</a></h3></div></div>', [{ keys: ['de.rt.com'], at: 'a', place: 'after' }]],
  ['a result to x.com/RT_com: the account', `<div id="search">${result('https://x.com/RT_com')}</div>`, [{ keys: ['x:@rt_com'], at: 'h3', place: 'append' }]],
  ['a result to twitter.com/RT_com: the same account', `<div id="search">${result('https://twitter.com/RT_com')}</div>`, [{ keys: ['x:@rt_com'], at: 'h3', place: 'append' }]],
  ['a top-stories card: its role=heading', '<div id="search"><div data-news-cluster-id="1"><a href="https://de.rt.com/x"><div role="heading" aria-level="3">T</div></a></div></div>', [{ keys: ['de.rt.com'], at: 'div', place: 'append' }]],
  ['continuous scroll, in #botstuff', `<div id="botstuff">${result('https://arabic.rt.com/')}</div>`, [{ keys: ['arabic.rt.com'], at: 'h3', place: 'append' }]],
  ['an ad in #tads with an h3 (older ad markup)', `<div id="search"><div id="tads">${result('https://www.rt.com/')}</div></div>`, []],
  ['an inline ad among the results', `<div id="search"><div id="rso"><div data-text-ad="1">${result('https://www.rt.com/')}</div></div></div>`, []],
  ['bottom ads', `<div id="botstuff"><div id="bottomads">${result('https://www.rt.com/')}</div></div>`, []],
  ['People also ask: the source of an answer', `<div id="search"><div data-initq="q"><div class="related-question-pair" data-q="q?">${result('https://www.rt.com/')}</div></div></div>`, []],
  ['a heading linking to a new search', `<div id="search">${result('/search?q=rt+news')}</div>`, []],
  ['a heading linking to another Google page', `<div id="search">${result('https://maps.google.com/maps?q=rt')}</div>`, []],
  ['a heading through /url?q= to a Google page', `<div id="search">${result('/url?q=https://www.google.com/search?q=rt')}</div>`, []],
  ['a javascript: link', `<div id="search">${result('javascript:alert(1)')}</div>`, []],
  ['an h3 without a link', '<div id="search"><h3>Top stories</h3></div>', []],
  ['an h3 outside #search (the knowledge panel)', `<div id="rhs">${result('https://www.rt.com/')}</div>`, []],
])('%s', (_, body, want) => {
  expect(snippetSpots(GOOGLE_ADAPTER, PAGE, body)).toEqual(want);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'google.ts'), 'utf8')).not.toMatch(/data-expect/);
});
