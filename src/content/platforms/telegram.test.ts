import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { adapterFor } from './index';
import { TELEGRAM_ADAPTER } from './telegram';

test.each(['telegram-preview', 'telegram-embed'])('%s: chips on exactly the elements the fixture names, each for its key', (name) => {
  const { doc, url } = loadFixture(name);
  const u = new URL(url);
  expect(adapterFor(u.hostname, u.pathname)).toBe(TELEGRAM_ADAPTER);
  const got = resolveChips(TELEGRAM_ADAPTER, doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(3);
});

test('the chips say state media and the country', () => {
  const texts = ['telegram-preview', 'telegram-embed'].flatMap((n) => resolveChips(TELEGRAM_ADAPTER, loadFixture(n).doc).map((r) => r.text));
  expect(texts).toContain('State media · Cuba');
  expect(texts).toContain('State media · Russia');
});

test('the honest channels and the look-alike are asked about (and get no chip)', () => {
  const keys = (name: string) => Array.from(loadFixture(name).doc.querySelectorAll(TELEGRAM_ADAPTER.items)).flatMap((i) => TELEGRAM_ADAPTER.read(i)).flatMap((s) => keysOf(s).accounts);
  expect(keys('telegram-embed')).toEqual(['telegram:@cuba_watcher_news', 'telegram:@periodicogranma', 'telegram:@periodicogranma_fan']);
  expect(keys('telegram-preview')).toContain('telegram:@cuba_watcher_news');
});

test('the appended (older) posts of the preview get their chips', () => {
  const { doc } = loadFixture('telegram-preview');
  const before = resolveChips(TELEGRAM_ADAPTER, doc).length;
  doc.querySelector('[data-feed]')!.append((doc.querySelector('template[data-more]') as HTMLTemplateElement).content.cloneNode(true));
  expect(resolveChips(TELEGRAM_ADAPTER, doc).length).toBe(before + 2);
});

function doc(body: string, url = 'https://t.me/s/somechannel'): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}

const post = (inner: string, dataPost = 'somechannel/1') => doc(`<div class="tgme_widget_message" data-post="${dataPost}"><div class="tgme_widget_message_bubble">${inner}</div></div>`).querySelector(TELEGRAM_ADAPTER.items)!;
const keys = (item: Element) => TELEGRAM_ADAPTER.read(item).map((s) => ({ kind: s.kind, ...keysOf(s) }));
const author = (name: string) => `<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/${name}"><span>${name}</span></a></div>`;

test.each([
  ['a post: its owner', author('rt_russian'), [{ kind: 'account', accounts: ['telegram:@rt_russian'], hosts: [] }]],
  ['an owner link without href: the channel its permalink names', '<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name"><span>RT</span></a></div>', [{ kind: 'account', accounts: ['telegram:@somechannel'], hosts: [] }]],
  ['a forward: the origin after the forwarded-from name', author('somechannel') + '<div class="tgme_widget_message_forwarded_from">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/rt_russian/123"><span>RT</span></a></div>', [{ kind: 'account', accounts: ['telegram:@somechannel'], hosts: [] }, { kind: 'account', accounts: ['telegram:@rt_russian'], hosts: [] }]],
  ['a forward from a hidden user (a span): no spot for it', author('somechannel') + '<div class="tgme_widget_message_forwarded_from">Forwarded from <span class="tgme_widget_message_forwarded_from_name">A person</span></div>', [{ kind: 'account', accounts: ['telegram:@somechannel'], hosts: [] }]],
  ['a link preview', '<a class="tgme_widget_message_link_preview" href="https://sputnikglobe.com/a/1"><div class="link_preview_site_name">Sputnik</div></a>', [{ kind: 'link', accounts: [], hosts: ['sputnikglobe.com'] }]],
  ['a mention of a channel in the text', '<div class="tgme_widget_message_text"><a href="https://t.me/rt_russian">@rt_russian</a></div>', [{ kind: 'link', accounts: ['telegram:@rt_russian'], hosts: [] }]],
  ['hashtags, t.me/share/url, t.me/joinchat/…, t.me/+invite: none', '<div class="tgme_widget_message_text"><a href="?q=%23news">#news</a><a href="https://t.me/share/url?url=https%3A%2F%2Frt.com">share</a><a href="https://t.me/joinchat/AAAAAEabcdef">join</a><a href="https://t.me/+AbCdEfGhIjK">invite</a></div>', []],
  ['a look-alike channel is asked as itself', '<div class="tgme_widget_message_text"><a href="https://t.me/rt_russian_fan">@rt_russian_fan</a></div>', [{ kind: 'link', accounts: ['telegram:@rt_russian_fan'], hosts: [] }]],
])('%s', (_name, html, want) => {
  expect(keys(post(html))).toEqual(want);
});

test('hostile: an author block inside the text is a link in the text, never the post\'s author', () => {
  // t.me escapes what people write: markup in a post's text can only be Telegram's own link entities. Were an
  // owner-name block ever inside the text, the author stays the real one; the inner link is a link to where it leads.
  const item = post(author('honest_channel') + `<div class="tgme_widget_message_text">${author('rt_russian')}</div>`);
  expect(keys(item)).toEqual([
    { kind: 'account', accounts: ['telegram:@honest_channel'], hosts: [] },
    { kind: 'link', accounts: ['telegram:@rt_russian'], hosts: [] },
  ]);
});

test('hostile: a link whose text says rt.com but leads elsewhere is where it leads', () => {
  // The chip says whose site the link opens: "State media" on a link to example.org would be our error.
  expect(keys(post('<div class="tgme_widget_message_text"><a href="https://example.org/x">rt.com/news/1</a></div>'))).toEqual([{ kind: 'link', accounts: [], hosts: ['example.org'] }]);
});

test('a reply\'s quoted author is not this post\'s', () => {
  // Built with the DOM: the quote is itself a link (a.tgme_widget_message_reply), which HTML cannot nest a link in.
  const item = post(author('somechannel') + '<a class="tgme_widget_message_reply" href="https://t.me/somechannel/0"><div class="tgme_widget_message_author"></div></a>');
  const quoted = item.ownerDocument.createElement('a');
  quoted.setAttribute('class', 'tgme_widget_message_owner_name');
  quoted.setAttribute('href', 'https://t.me/rt_russian');
  item.querySelector('.tgme_widget_message_reply .tgme_widget_message_author')!.append(quoted);
  expect(keys(item)).toEqual([{ kind: 'account', accounts: ['telegram:@somechannel'], hosts: [] }]);
});

test('a post inside another post belongs to itself', () => {
  const outer = doc(`<div class="tgme_widget_message" data-post="a_channel/1">${author('a_channel')}<div class="tgme_widget_message" data-post="rt_russian/2">${author('rt_russian')}</div></div>`).querySelector(TELEGRAM_ADAPTER.items)!;
  expect(keys(outer).map((k) => k.accounts)).toEqual([['telegram:@a_channel']]);
});

test.each([
  ['a preview\'s header', 'https://t.me/s/rt_russian', '<div class="tgme_channel_info_header_title"><span>RT</span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/rt_russian">@rt_russian</a></div>', [['telegram:@rt_russian']]],
  ['a channel page\'s title', 'https://t.me/rt_russian', '<div class="tgme_page_title"><span>RT</span></div>', [['telegram:@rt_russian']]],
  ['an invite page\'s title names no channel', 'https://t.me/joinchat/AAAAAEabcdef', '<div class="tgme_page_title"><span>RT chat</span></div>', []],
  ['the share page', 'https://t.me/share/url?url=https://rt.com', '<div class="tgme_page_title"><span>Share</span></div>', []],
  ['an embedded post has no header', 'https://t.me/rt_russian/5?embed=1', '', []],
])('the page: %s', (_name, url, body, want) => {
  const spots = TELEGRAM_ADAPTER.page!(doc(body, url));
  expect(spots.map((s) => keysOf(s).accounts)).toEqual(want);
  for (const s of spots) expect(s.place).toBe('append');
});

test('which pages it runs on: t.me and telegram.me, not web.telegram.org', () => {
  expect(adapterFor('t.me', '/s/rt_russian')).toBe(TELEGRAM_ADAPTER);
  expect(adapterFor('telegram.me', '/rt_russian')).toBe(TELEGRAM_ADAPTER);
  expect(adapterFor('web.telegram.org', '/k/')).toBeNull();
  expect(adapterFor('t.me.evil.example', '/s/rt_russian')).toBeNull();
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'telegram.ts'), 'utf8')).not.toMatch(/data-expect/);
});
