import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { INSTAGRAM_ADAPTER } from './instagram';

const fixture = loadFixture('instagram-home');

test('instagram-home: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(INSTAGRAM_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(3);
});

function doc(body: string, url = 'https://www.instagram.com/'): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}
const keys = (inner: string) => INSTAGRAM_ADAPTER.read(doc(`<article>${inner}</article>`).querySelector('article')!).map((s) => keysOf(s).accounts);
const time = '<a href="/p/C1abc/"><time datetime="2026-11-30T10:00:00Z">2h</time></a>';

test.each([
  ['the name link before the time; the avatar link (an image) is not a spot', `<a href="/rt/"><img src="data:,"></a><a href="/rt/">rt</a>${time}`, [['instagram:@rt']]],
  ['a collaboration: each name link before the time', `<a href="/rt/">rt</a><a href="/sputnik_news/">sputnik_news</a>${time}`, [['instagram:@rt'], ['instagram:@sputnik_news']]],
  ['caption and comments come after the time', `<a href="/someone/">someone</a>${time}<span><a href="/rt/">@rt</a></span><ul><li><a href="/rt/">rt</a></li></ul>`, [['instagram:@someone']]],
  ['no time: only the first name link', '<a href="/someone/">someone</a><a href="/rt/">@rt</a>', [['instagram:@someone']]],
  ['a location link (two segments) is no name link', `<a href="/someone/">someone</a><a href="/explore/locations/1/moscow/">Moscow</a>${time}`, [['instagram:@someone']]],
  ['a reserved one-segment path gets a spot and no account', `<a href="/explore/">Explore</a>${time}`, [[]]],
  ['an absolute link to instagram.com is no header link', `<a href="https://www.instagram.com/rt/">rt</a>${time}`, []],
])('%s', (_name, html, want) => {
  expect(keys(html)).toEqual(want);
});

test('hostile: a caption that imitates a header (a name link, then a time) does not add an author', () => {
  // Captions are text Instagram escapes; its own mention links come after the post's first time, which bounds the header.
  expect(keys(`<a href="/someone/">someone</a>${time}<span><a href="/rt/">rt</a><time>1h</time></span>`)).toEqual([['instagram:@someone']]);
});

test('a link out through l.instagram.com is a link spot', () => {
  const item = doc('<article><a href="/shop/">shop</a><a href="https://l.instagram.com/?u=https%3A%2F%2Fde.rt.com%2F&e=1">Learn more</a></article>').querySelector('article')!;
  expect(INSTAGRAM_ADAPTER.read(item).map((s) => keysOf(s))).toEqual([{ accounts: ['instagram:@shop'], hosts: [] }, { accounts: [], hosts: ['de.rt.com'] }]);
});

test('a profile: the header\'s heading that is the username, and its bio link', () => {
  const header = '<main><header><h2>rt</h2><span>RT</span><a href="https://l.instagram.com/?u=https%3A%2F%2Frt.com%2F&e=1">rt.com</a></header></main>';
  const spots = INSTAGRAM_ADAPTER.page!(doc(header, 'https://www.instagram.com/rt/'));
  expect(spots.map((s) => [s.at.localName, keysOf(s)])).toEqual([['h2', { accounts: ['instagram:@rt'], hosts: [] }], ['a', { accounts: [], hosts: ['rt.com'] }]]);
  // A heading that is not the address's username (a highlight's title, another page) is not the profile's name.
  expect(INSTAGRAM_ADAPTER.page!(doc('<main><header><h2>Highlights</h2></header></main>', 'https://www.instagram.com/rt/'))).toEqual([]);
  expect(INSTAGRAM_ADAPTER.page!(doc('<main><header><h2>explore</h2></header></main>', 'https://www.instagram.com/explore/'))).toEqual([]);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'instagram.ts'), 'utf8')).not.toMatch(/data-expect/);
});
