import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips, spotsOf } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { VK_ADAPTER } from './vk';

const fixture = loadFixture('vk-feed');

test('vk-feed: chips on exactly the elements the fixture names, each for its key', () => {
  const got = resolveChips(VK_ADAPTER, fixture.doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(fixture.doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(2);
});

test('vk-feed: authors are asked about by community id, then short name (none is listed yet); a mention is not', () => {
  const accounts = spotsOf(VK_ADAPTER, fixture.doc).filter((s) => s.kind === 'account').map((s) => keysOf(s).accounts);
  expect(accounts).toEqual([
    ['vk:#club11111111', 'vk:@honest_media'],
    [], // a person (/id123456): no account of a person is read here
    ['vk:#club22222222', 'vk:@newswire_ru'],
    ['vk:#club33333333', 'vk:@rt_russian_fan'],
  ]);
});

function doc(body: string, url = 'https://vk.com/feed'): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}
const keys = (postId: string, inner: string) => VK_ADAPTER.read(doc(`<div data-post-id="${postId}">${inner}</div>`).querySelector('div')!).map((s) => keysOf(s));

test.each([
  ['the author link\'s own data-from-id, then its href', '-40316705_1', '<a href="/rt_russian" data-from-id="-40316705">RT</a>', [{ accounts: ['vk:#club40316705', 'vk:@rt_russian'], hosts: [] }]],
  ['a renamed short name: the community id still comes first', '-40316705_1', '<a href="/rt_renamed_2026" data-from-id="-40316705">RT</a>', [{ accounts: ['vk:#club40316705', 'vk:@rt_renamed_2026'], hosts: [] }]],
  ['an owner-link hook without from-id: the post\'s owner', '-40316705_1', '<a href="/rt_russian" data-task-click="Post/ownerLinkClick">RT</a>', [{ accounts: ['vk:#club40316705', 'vk:@rt_russian'], hosts: [] }]],
  ['a community linked by its id: one address', '-40316705_1', '<a href="/club40316705" data-from-id="-40316705">RT</a>', [{ accounts: ['vk:#club40316705'], hosts: [] }]],
  ['a person\'s suggested post on a community wall is the person\'s', '-40316705_1', '<a href="/id777" data-from-id="777">Someone</a>', [{ accounts: [], hosts: [] }]],
  ['the avatar link (an image) is no second spot', '-40316705_1', '<a href="/rt_russian" data-from-id="-40316705"><img src="data:,"></a><a href="/rt_russian" data-from-id="-40316705">RT</a>', [{ accounts: ['vk:#club40316705', 'vk:@rt_russian'], hosts: [] }]],
  ['a repost: the reposter, then the original author', '777_5', '<a href="/id777" data-from-id="777">Ivan</a><div class="copy_quote"><a href="/rt_russian" data-from-id="-40316705" data-post-id="-40316705_9">RT</a></div>', [{ accounts: [], hosts: [] }, { accounts: ['vk:#club40316705', 'vk:@rt_russian'], hosts: [] }]],
  ['a card\'s image and title through away.php: one link spot', '-1_1', '<a href="/away.php?to=https%3A%2F%2Frt.com%2Fa"><img src="data:,"></a><a href="/away.php?to=https%3A%2F%2Frt.com%2Fa">Title</a>', [{ accounts: [], hosts: ['rt.com'] }]],
  ['links without VK\'s author attributes are no authors (the date, a video)', '-1_1', '<a href="/wall-40316705_1">today</a><a href="/video-40316705_2">video</a><a href="/feed">feed</a>', []],
])('%s', (_name, postId, html, want) => {
  expect(keys(postId, html)).toEqual(want);
});

test('hostile: a mention in the text, even one carrying VK\'s author attributes, is no author', () => {
  // VK turns [club40316705|RT] into a link in the text; the text is the author's words, whatever its links carry.
  const html = '<a href="/someone_media" data-from-id="-1">Someone</a><div class="wall_post_text"><a href="/club40316705" mention_id="club40316705" data-from-id="-40316705">RT</a></div>';
  expect(keys('-1_1', html)).toEqual([{ accounts: ['vk:#club1', 'vk:@someone_media'], hosts: [] }]);
});

test('a community\'s page: its h1, for the address', () => {
  expect(VK_ADAPTER.page!(doc('<h1>RT на русском</h1>', 'https://vk.com/rt_russian')).map((s) => keysOf(s).accounts)).toEqual([['vk:@rt_russian']]);
  expect(VK_ADAPTER.page!(doc('<h1>Новости</h1>', 'https://vk.com/feed'))).toEqual([]);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'vk.ts'), 'utf8')).not.toMatch(/data-expect/);
});
