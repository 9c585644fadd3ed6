import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { FACEBOOK_ADAPTER } from './facebook';

const fixture = loadFixture('facebook-home');

test('facebook-home: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(FACEBOOK_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(5);
});

function doc(body: string, url = 'https://www.facebook.com/'): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}
const post = (inner: string) => doc(`<div aria-posinset="1">${inner}</div>`).querySelector('div')!;
const keys = (item: Element) => FACEBOOK_ADAPTER.read(item).map((s) => keysOf(s));
const author = (href: string, tag = 'h4') => `<div data-ad-rendering-role="profile_name"><${tag}><a href="${href}"><strong>Name</strong></a></${tag}></div>`;
const text = (inner: string) => `<div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message">${inner}</div></div>`;

test.each([
  ['a page\'s post: the name link, tracking parameters and all', author('https://www.facebook.com/RTnews?__cft__[0]=AZ&__tn__=-UC'), [{ accounts: ['facebook:@rtnews'], hosts: [] }]],
  ['a relative author link', author('/SputnikNews'), [{ accounts: ['facebook:@sputniknews'], hosts: [] }]],
  ['a page without a name, by its numeric id', author('/profile.php?id=100064758011234&__tn__=-UC'), [{ accounts: ['facebook:#100064758011234'], hosts: [] }]],
  ['a group member: Facebook\'s own path', author('/groups/1234/user/100064758011234/'), [{ accounts: [], hosts: [] }]],
  ['the h3 header of a permalink page', author('/RTnews', 'h3').replace(/<div[^>]*>|<\/div>/g, ''), [{ accounts: ['facebook:@rtnews'], hosts: [] }]],
  ['a share: the sharer, then the original author in its own heading', `${author('/jane.doe.5')}${text('look')}<div><h5><a href="/RTnews">RT</a></h5></div>`, [{ accounts: ['facebook:@jane.doe.5'], hosts: [] }, { accounts: ['facebook:@rtnews'], hosts: [] }]],
  ['a card: two links to one destination give one spot', `<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Frt.com%2Fa&h=1"><img src="data:,"></a><a href="https://l.facebook.com/l.php?u=https%3A%2F%2Frt.com%2Fa&h=2"><span>RT.COM</span></a>`, [{ accounts: [], hosts: ['rt.com'] }]],
  ['a mention in the text is the author\'s words', text('<a href="/RTnews">RT</a> said'), []],
  ['a link shimmed in the text is a link spot', text('<a href="https://lm.facebook.com/l.php?u=https%3A%2F%2Fde.rt.com%2F">de.rt.com</a>'), [{ accounts: [], hosts: ['de.rt.com'] }]],
  ['a link that does not go through the shim is Facebook\'s own', '<a href="https://www.facebook.com/watch/?v=1">Watch</a>', []],
])('%s', (_name, html, want) => {
  expect(keys(post(html))).toEqual(want);
});

test('hostile: a heading typed into the text is no author block', () => {
  // Facebook escapes what people type, so a heading can only be in the text if Facebook puts it there (it does for
  // some formatted posts): it is the author's words either way, never a second author.
  const item = post(`${author('/someone.honest')}${text('<h3><a href="/RTnews">RT</a></h3><span>RT said this</span>')}`);
  expect(keys(item)).toEqual([{ accounts: ['facebook:@someone.honest'], hosts: [] }]);
});

test('hostile: a link card\'s title in a heading is not an author', () => {
  const item = post(`${author('/someone.honest')}<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Frt.com%2F"><h3><span>RTnews official</span></h3></a>`);
  expect(keys(item)).toEqual([{ accounts: ['facebook:@someone.honest'], hosts: [] }, { accounts: [], hosts: ['rt.com'] }]);
});

test('a comment inside a post is its own item: the post does not read its links', () => {
  const d = doc(`<div aria-posinset="1">${author('/someone.honest')}<div role="article"><h3><a href="/RTnews">RT</a></h3><a href="https://l.facebook.com/l.php?u=https%3A%2F%2Frt.com%2F">rt.com</a></div></div>`);
  const [outer, comment] = Array.from(d.querySelectorAll(FACEBOOK_ADAPTER.items));
  expect(keys(outer!)).toEqual([{ accounts: ['facebook:@someone.honest'], hosts: [] }]);
  expect(keys(comment!)).toEqual([{ accounts: ['facebook:@rtnews'], hosts: [] }, { accounts: [], hosts: ['rt.com'] }]);
});

test('a page\'s own profile: its h1, for the address; none on Facebook\'s own pages', () => {
  const spots = (url: string) => FACEBOOK_ADAPTER.page!(doc('<div role="main"><h1>RT</h1></div>', url)).map((s) => keysOf(s).accounts);
  expect(spots('https://www.facebook.com/RTnews')).toEqual([['facebook:@rtnews']]);
  expect(spots('https://www.facebook.com/profile.php?id=100064758011234')).toEqual([['facebook:#100064758011234']]);
  expect(spots('https://www.facebook.com/watch/')).toEqual([]);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'facebook.ts'), 'utf8')).not.toMatch(/data-expect/);
});
