import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { X_ADAPTER } from './x';

const fixture = loadFixture('x-home');

test('x-home: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(X_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(6);
});

test('x-profile: the header by the profile\'s numeric id, the posts by their author', () => {
  const profile = loadFixture('x-profile');
  const got = resolveChips(X_ADAPTER, profile.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(profile.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
});

test('the chip words: state media and the country, in the reader\'s language', () => {
  const texts = resolveChips(X_ADAPTER, fixture.doc).map((r) => r.text);
  expect(texts).toContain('State media · Russia');
  expect(texts).toContain('State media · China');
});

test('the reposter and the quoting user get no spot of kind account that names them', () => {
  const accounts = Array.from(fixture.doc.querySelectorAll('article[data-testid="tweet"]')).flatMap((a) => X_ADAPTER.read(a)).flatMap((s) => keysOf(s).accounts);
  expect(accounts).not.toContain('x:@jane_doe_42');
  expect(accounts).toContain('x:@media_watcher'); // the quoting user's own post: asked about, and not listed
  expect(accounts).toContain('x:@cgtnofficial');
});

function post(inner: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head><base href="https://x.com/home"></head><body><article data-testid="tweet">${inner}</article></body></html>`);
  return document.querySelector('article')!;
}

const keys = (item: Element) => X_ADAPTER.read(item).map((s) => keysOf(s));

test.each([
  ['a post: the name link', '<div data-testid="User-Name"><a href="/RT_com">RT</a></div>', [{ accounts: ['x:@rt_com'], hosts: [] }]],
  ['a reserved path is no account', '<div data-testid="User-Name"><a href="/home">Home</a></div>', [{ accounts: [], hosts: [] }]],
  ['a quote: the handle is text', '<div role="link"><div data-testid="User-Name"><div><span>CGTN</span></div><div><span>@CGTNOfficial</span></div></div></div>', [{ accounts: ['x:@cgtnofficial'], hosts: [] }]],
  ['a card with its domain in the aria-label', '<div data-testid="card.wrapper"><a href="https://t.co/x" aria-label="sputnikglobe.com Headline">x</a></div>', [{ accounts: [], hosts: ['sputnikglobe.com'] }]],
  ['a card that links straight to the site', '<div data-testid="card.wrapper"><a href="https://de.rt.com/a/1">x</a></div>', [{ accounts: [], hosts: ['de.rt.com'] }]],
  ['a t.co link in the text, shown address', '<div data-testid="tweetText"><a href="https://t.co/q"><span>https://</span>rt.com/news/1<span>…</span></a></div>', [{ accounts: [], hosts: ['rt.com'] }]],
  ['a t.co link whose text is no address', '<div data-testid="tweetText"><a href="https://t.co/q">click here</a></div>', []],
  ['a mention in the text is X\'s own link, not a card', '<div data-testid="tweetText"><a href="/RT_com">@RT_com</a></div>', []],
  ['a link to x.com/RT_com shown through t.co: the account', '<div data-testid="tweetText"><a href="https://t.co/q">x.com/RT_com</a></div>', [{ accounts: ['x:@rt_com'], hosts: [] }]],
])('%s', (_name, html, want) => {
  expect(keys(post(html))).toEqual(want);
});

test('hostile: a fake author block typed into the post text names whoever the text says, and so only as text', () => {
  // X escapes what people type: a "User-Name" block can only come from X itself. Text that looks like a handle
  // (a post saying "@RT_com") is not an author block, so it gets no account spot.
  const item = post('<div data-testid="User-Name"><a href="/someone">Someone</a></div><div data-testid="tweetText"><span>@RT_com said</span></div>');
  expect(keys(item)).toEqual([{ accounts: ['x:@someone'], hosts: [] }]);
});

test('a who-to-follow cell: the numeric id first, then the handle', () => {
  const cell = fixture.doc.querySelector('[data-testid="UserCell"]')!;
  expect(X_ADAPTER.read(cell).map((s) => keysOf(s).accounts)).toEqual([['x:#64643056', 'x:@rt_renamed']]);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'x.ts'), 'utf8')).not.toMatch(/data-expect/);
});
