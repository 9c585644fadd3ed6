import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips, spotsOf } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { TIKTOK_ADAPTER } from './tiktok';

const fixture = loadFixture('tiktok-foryou');

test('tiktok-foryou: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(TIKTOK_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(1);
});

test('tiktok-foryou: each video\'s author is asked about (no TikTok account is listed yet), the mention is not', () => {
  const spots = spotsOf(TIKTOK_ADAPTER, fixture.doc).filter((s) => s.kind === 'account');
  expect(spots.map((s) => [s.at.getAttribute('data-e2e'), keysOf(s).accounts])).toEqual([
    ['video-author-uniqueid', ['tiktok:@honest_creator']],
    ['video-author-uniqueid', ['tiktok:@rt_com_fan']],
    ['video-author-uniqueid', ['tiktok:@corner.shop']],
  ]);
});

function doc(body: string, url = 'https://www.tiktok.com/foryou'): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}
const keys = (inner: string) => TIKTOK_ADAPTER.read(doc(`<div data-e2e="recommend-list-item-container">${inner}</div>`).querySelector('div')!).map((s) => keysOf(s));

test.each([
  ['the unique id inside the author link', '<a href="/@rt_com"><h3 data-e2e="video-author-uniqueid">rt_com</h3></a>', [{ accounts: ['tiktok:@rt_com'], hosts: [] }]],
  ['the unique id beside the avatar link', '<a data-e2e="video-author-avatar" href="/@RT_com"><img src="data:,"></a><span data-e2e="video-author-uniqueid">RT_com</span>', [{ accounts: ['tiktok:@rt_com'], hosts: [] }]],
  ['no link: the text names the account', '<span data-e2e="video-author-uniqueid">@rt_com</span>', [{ accounts: ['tiktok:@rt_com'], hosts: [] }]],
  ['a link to a reserved path and text that is no handle: no spot', '<a href="/foryou"><span data-e2e="video-author-uniqueid">For You!</span></a>', []],
  ['a mention in the caption is no author', '<div data-e2e="video-desc"><a href="/@rt_com"><span data-e2e="video-author-uniqueid">rt_com</span></a></div>', []],
  ['a link out: a link spot', '<a href="https://de.rt.com/">Learn more</a>', [{ accounts: [], hosts: ['de.rt.com'] }]],
  ['TikTok\'s own links are no link spots', '<a href="/tag/news">#news</a><a href="https://www.tiktok.com/music/x-1">x</a>', []],
])('%s', (_name, html, want) => {
  expect(keys(html)).toEqual(want);
});

test('hostile: a caption that imitates an author block before the real one does not win', () => {
  // TikTok escapes captions, so a data-e2e inside one can only be TikTok's own; even so, the caption is skipped.
  const item = '<div data-e2e="video-desc"><span data-e2e="video-author-uniqueid">rt_com</span></div><a href="/@someone"><h3 data-e2e="video-author-uniqueid">someone</h3></a>';
  expect(keys(item)).toEqual([{ accounts: ['tiktok:@someone'], hosts: [] }]);
});

test('a video page and a profile: the author and the profile\'s name, and the bio link through link/v2', () => {
  const page = (body: string, url: string) => TIKTOK_ADAPTER.page!(doc(body, url)).map((s) => keysOf(s));
  expect(page('<a href="/@rt_com"><span data-e2e="browse-username">rt_com</span></a>', 'https://www.tiktok.com/@rt_com/video/7300000000000000000')).toEqual([{ accounts: ['tiktok:@rt_com'], hosts: [] }]);
  const profile = '<h1 data-e2e="user-title">rt_com</h1><a data-e2e="user-link" href="https://www.tiktok.com/link/v2?aid=1988&lang=en&scene=bio_url&target=https%3A%2F%2Frt.com%2F">rt.com</a>';
  expect(page(profile, 'https://www.tiktok.com/@rt_com')).toEqual([{ accounts: ['tiktok:@rt_com'], hosts: [] }, { accounts: [], hosts: ['rt.com'] }]);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'tiktok.ts'), 'utf8')).not.toMatch(/data-expect/);
});
