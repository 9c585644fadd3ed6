import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips, spotsOf } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { BLUESKY_ADAPTER } from './bluesky';

const fixture = loadFixture('bluesky-home');
const RT_DID = 'did:plc:rt2jqvg5bfsqk3hvd4xm7nwa';
const avatar = (did: string) => `<img src="https://cdn.bsky.app/img/avatar_thumbnail/plain/${did}/bafkreiaaa@jpeg">`;

test('bluesky-home: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(BLUESKY_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(3);
});

test('bluesky-home: authors are asked about by DID, then handle (none is listed yet); never the reposter, never a mention', () => {
  const accounts = spotsOf(BLUESKY_ADAPTER, fixture.doc).filter((s) => s.kind === 'account').map((s) => keysOf(s).accounts);
  expect(accounts).toEqual([
    ['bluesky:#did:plc:jn4d5xw2kqz7m3vfa6hbc2lt', 'bluesky:@jane.bsky.social'],
    ['bluesky:#did:plc:q7fz2yhm4ncv6ks3wdp5bta2', 'bluesky:@newswatch.example.org'],
    ['bluesky:#did:plc:zz3wb7kd2xmq4vnh6fgta5ce', 'bluesky:@media-watcher.bsky.social'],
    ['bluesky:#did:plc:aa2bb3cc4dd5ee6ff7gghhii', 'bluesky:@linkshare.bsky.social'],
    ['bluesky:#did:plc:hn5pq2rs3tu4vw6xy7za2bcd', 'bluesky:@rt-com-fan.bsky.social'],
  ]);
});

function doc(body: string, url = 'https://bsky.app/'): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}
const item = (who: string, inner: string) => doc(`<div role="link" data-testid="feedItem-by-${who}">${inner}</div>`).querySelector('div')!;
const keys = (who: string, inner: string) => BLUESKY_ADAPTER.read(item(who, inner)).map((s) => keysOf(s));
const name = (handle: string) => `<a href="/profile/${handle}" aria-label="View profile">Name</a>`;

test.each([
  ['the name link; the avatar beside it gives the DID', 'rt.bsky.social', `<a href="/profile/rt.bsky.social">${avatar(RT_DID)}</a>${name('rt.bsky.social')}`, [{ accounts: [`bluesky:#${RT_DID}`, 'bluesky:@rt.bsky.social'], hosts: [] }]],
  ['a renamed handle: the same DID comes first, so a listed DID still answers', 'rt-renamed.example.com', `<a href="/profile/rt-renamed.example.com">${avatar(RT_DID)}</a>${name('rt-renamed.example.com')}`, [{ accounts: [`bluesky:#${RT_DID}`, 'bluesky:@rt-renamed.example.com'], hosts: [] }]],
  ['no avatar: the handle alone', 'rt.bsky.social', name('rt.bsky.social'), [{ accounts: ['bluesky:@rt.bsky.social'], hosts: [] }]],
  ['an invalid handle: the links name the DID', 'handle.invalid', `<a href="/profile/${RT_DID}">RT</a>`, [{ accounts: [`bluesky:#${RT_DID}`], hosts: [] }]],
  ['a repost: the reposter\'s reason link (with its icon) is not the author', 'rt.bsky.social', `<a href="/profile/paul.bsky.social"><svg></svg>Reposted by Paul</a>${name('rt.bsky.social')}`, [{ accounts: ['bluesky:@rt.bsky.social'], hosts: [] }]],
  ['a self-repost: the reason link names the author too, the name link gets the spot', 'rt.bsky.social', `<a href="/profile/rt.bsky.social"><svg></svg>Reposted by RT</a>${name('rt.bsky.social')}`, [{ accounts: ['bluesky:@rt.bsky.social'], hosts: [] }]],
  ['a quote: its author is the first "@handle" text, with its avatar\'s DID', 'someone.bsky.social', `${name('someone.bsky.social')}<div role="link">${avatar(RT_DID)}<div>RT</div><div>@rt.bsky.social</div><div>text @not.the-author.com</div></div>`, [{ accounts: ['bluesky:@someone.bsky.social'], hosts: [] }, { accounts: [`bluesky:#${RT_DID}`, 'bluesky:@rt.bsky.social'], hosts: [] }]],
  ['a mention and a tag in the text are no spots', 'someone.bsky.social', `${name('someone.bsky.social')}<div data-testid="postText"><a href="/profile/rt.bsky.social">@rt.bsky.social</a><a href="/hashtag/rt">#rt</a></div>`, [{ accounts: ['bluesky:@someone.bsky.social'], hosts: [] }]],
  ['a card and a text link to the outside', 'someone.bsky.social', `${name('someone.bsky.social')}<div data-testid="postText"><a href="https://de.rt.com/a">de.rt.com/a</a></div><a href="https://rt.com/news/1"><img src="data:,"><div>Title</div></a>`, [{ accounts: ['bluesky:@someone.bsky.social'], hosts: [] }, { accounts: [], hosts: ['de.rt.com'] }, { accounts: [], hosts: ['rt.com'] }]],
  ['reserved paths: search and feeds are no author', 'someone.bsky.social', '<a href="/search?q=rt">Search</a><a href="/feeds">Feeds</a>', []],
])('%s', (_name, who, html, want) => {
  expect(keys(who, html)).toEqual(want);
});

test('hostile: a feedItem-by- test id typed into a post\'s text is no post', () => {
  // Bluesky escapes post text, so no test id can come from it; if one ever sat inside a post's text, reading it as a
  // post would let the text pick an author.
  const d = doc(`<div role="link" data-testid="feedItem-by-someone.bsky.social">${name('someone.bsky.social')}<div data-testid="postText"><div data-testid="feedItem-by-rt.bsky.social">${name('rt.bsky.social')}</div></div></div>`);
  const [outer, fake] = Array.from(d.querySelectorAll(BLUESKY_ADAPTER.items));
  expect(BLUESKY_ADAPTER.read(outer!).map((s) => keysOf(s).accounts)).toEqual([['bluesky:@someone.bsky.social']]);
  expect(BLUESKY_ADAPTER.read(fake!)).toEqual([]);
});

test('hostile: a display name that reads like a handle is not the author\'s handle', () => {
  // The author comes from the item's own test id and the links naming it; a display name "@rt.bsky.social" is text.
  expect(keys('someone.bsky.social', `<a href="/profile/someone.bsky.social">@rt.bsky.social</a>`)).toEqual([{ accounts: ['bluesky:@someone.bsky.social'], hosts: [] }]);
});

test('a profile: its display name, the DID from its avatar, then the address', () => {
  const d = doc(`<div data-testid="profileHeaderAviButton">${avatar(RT_DID)}</div><div data-testid="profileHeaderDisplayName">RT</div>`, 'https://bsky.app/profile/rt.bsky.social');
  expect(BLUESKY_ADAPTER.page!(d).map((s) => keysOf(s).accounts)).toEqual([[`bluesky:#${RT_DID}`, 'bluesky:@rt.bsky.social']]);
  expect(BLUESKY_ADAPTER.page!(doc('<div data-testid="profileHeaderDisplayName">x</div>', 'https://bsky.app/search?q=rt'))).toEqual([]);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'bluesky.ts'), 'utf8')).not.toMatch(/data-expect/);
});
