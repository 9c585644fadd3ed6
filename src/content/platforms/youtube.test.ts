import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeEl, expectedChips, loadFixture, resolveChips } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { adapterFor, type Adapter } from './index';
import { YOUTUBE_ADAPTER, YOUTUBE_EMBED_ADAPTER } from './youtube';

const FIXTURES: [string, Adapter][] = [
  ['youtube-watch', YOUTUBE_ADAPTER],
  ['youtube-home', YOUTUBE_ADAPTER],
  ['youtube-results', YOUTUBE_ADAPTER],
  ['youtube-embed', YOUTUBE_EMBED_ADAPTER],
];

test.each(FIXTURES)('%s: chips on exactly the elements the fixture names, each for its key', (name, adapter) => {
  const { doc, url } = loadFixture(name);
  const u = new URL(url);
  expect(adapterFor(u.hostname, u.pathname)).toBe(adapter);
  const got = resolveChips(adapter, doc).map((r) => `${describeEl(r.at)} → ${r.key}`);
  const want = expectedChips(doc).map((e) => `${describeEl(e.at)} → ${e.key}`);
  expect(got.sort()).toEqual(want.sort());
  expect(want.length).toBeGreaterThanOrEqual(1);
});

test('the chips say state media and the country', () => {
  const texts = FIXTURES.flatMap(([name, adapter]) => resolveChips(adapter, loadFixture(name).doc).map((r) => r.text));
  expect(texts).toContain('State media · Russia');
  expect(texts).toContain('State media · Cuba');
});

test('the appended posts of the home feed and the results get their chips once in the page', () => {
  for (const name of ['youtube-home', 'youtube-results']) {
    const { doc } = loadFixture(name);
    const template = doc.querySelector('template[data-more]') as HTMLTemplateElement;
    const before = resolveChips(YOUTUBE_ADAPTER, doc).length;
    doc.querySelector('[data-feed]')!.append(template.content.cloneNode(true));
    expect(resolveChips(YOUTUBE_ADAPTER, doc).length).toBe(before + 1);
  }
});

function page(body: string, url = 'https://www.youtube.com/', head = ''): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}">${head}</head><body>${body}</body></html>`);
  return document as unknown as Document;
}

const keys = (item: Element, adapter: Adapter = YOUTUBE_ADAPTER) => adapter.read(item).map((s) => keysOf(s));
const first = (html: string, url?: string, head?: string) => page(html, url, head).querySelector(YOUTUBE_ADAPTER.items)!;
const RT = 'UCpwvZwUam-URkxB7g4USKpg';
const GRANMA = 'UCCXe7yEuB8qy34HiRLp7I4A';
const none = { accounts: [], hosts: [] };

test.each([
  ['a lockup: the name link, by handle', '<yt-lockup-view-model><a href="/watch?v=abcdefghijk">t</a><yt-content-metadata-view-model><a href="/@SomeChannel">Some</a></yt-content-metadata-view-model></yt-lockup-view-model>', [{ accounts: ['youtube:@@somechannel'], hosts: [] }]],
  ['an avatar by id and a name by handle: the id first', `<ytd-rich-grid-media><a id="avatar-link" href="/channel/${RT}"></a><ytd-channel-name><a href="/@RT_renamed">RT</a></ytd-channel-name></ytd-rich-grid-media>`, [{ accounts: [`youtube:#${RT}`, 'youtube:@@rt_renamed'], hosts: [] }]],
  ['a lockup with only /watch links (no owner) has no spot', '<yt-lockup-view-model><a href="/watch?v=abcdefghijk">RT</a><yt-content-metadata-view-model><span>RT</span></yt-content-metadata-view-model></yt-lockup-view-model>', []],
  ['a legacy /user/ name', '<ytd-video-renderer><div id="channel-info"><ytd-channel-name><a href="/user/RussiaToday">RT</a></ytd-channel-name></div></ytd-video-renderer>', [{ accounts: ['youtube:@user/russiatoday'], hosts: [] }]],
  ['a look-alike handle is asked as itself', '<ytd-video-renderer><ytd-channel-name><a href="/@RT_com_fan">RT fan</a></ytd-channel-name></ytd-video-renderer>', [{ accounts: ['youtube:@@rt_com_fan'], hosts: [] }]],
  ['a short /channel/ id is no account', '<ytd-video-renderer><ytd-channel-name><a href="/channel/UCshort">x</a></ytd-channel-name></ytd-video-renderer>', []],
  ['the Shorts player: the channel bar, not a channel @mentioned in the title', `<ytd-reel-video-renderer><yt-shorts-video-title-view-model><a href="/channel/${RT}">@RT</a></yt-shorts-video-title-view-model><yt-reel-channel-bar-view-model><a href="/@someone_else">@someone_else</a></yt-reel-channel-bar-view-model></ytd-reel-video-renderer>`, [{ accounts: ['youtube:@@someone_else'], hosts: [] }]],
  ['m.youtube.com\'s owner', `<ytm-slim-owner-renderer><a class="slim-owner-icon-and-title" href="/channel/${GRANMA}"><h3>Granma</h3></a></ytm-slim-owner-renderer>`, [{ accounts: [`youtube:#${GRANMA}`], hosts: [] }]],
  ['a description link through youtube.com/redirect: where it leads', '<ytd-watch-metadata><ytd-text-inline-expander><a href="https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Frt.com%2Fnews%2F1%2F">link</a></ytd-text-inline-expander></ytd-watch-metadata>', [{ accounts: [], hosts: ['rt.com'] }]],
  ['a redirect without a destination, a timestamp, a hashtag: nothing to ask', '<ytd-watch-metadata><ytd-text-inline-expander><a href="https://www.youtube.com/redirect?event=video_description">x</a><a href="/watch?v=abcdefghijk&t=5s">0:05</a><a href="/hashtag/news">#news</a></ytd-text-inline-expander></ytd-watch-metadata>', []],
  ['a description\'s collapsed and expanded copies both (YouTube toggles [hidden])', '<ytd-watch-metadata><ytd-text-inline-expander><span><a href="https://sputnikglobe.com/a">s</a></span><span hidden><a href="https://sputnikglobe.com/a">s</a></span></ytd-text-inline-expander></ytd-watch-metadata>', [{ accounts: [], hosts: ['sputnikglobe.com'] }, { accounts: [], hosts: ['sputnikglobe.com'] }]],
  ['a channel linked in a description', `<ytd-watch-metadata><ytd-text-inline-expander><a href="/channel/${RT}">RT</a></ytd-text-inline-expander></ytd-watch-metadata>`, [{ accounts: [`youtube:#${RT}`], hosts: [] }]],
])('%s', (_name, html, want) => {
  expect(keys(first(html))).toEqual(want);
});

test('hostile: a link whose text says rt.com but leads elsewhere is where it leads', () => {
  // The chip says whose site a link opens; trusting the text would put "State media" on a link that opens
  // example.org (and a page could wrap any link in rt.com-looking text).
  const item = first('<ytd-watch-metadata><ytd-text-inline-expander><a href="https://www.youtube.com/redirect?q=https%3A%2F%2Fexample.org%2F">https://rt.com/news/1/</a></ytd-text-inline-expander></ytd-watch-metadata>');
  expect(keys(item)).toEqual([{ accounts: [], hosts: ['example.org'] }]);
});

test('hostile: a title or snippet that spells out a channel block is text, and the real channel link wins', () => {
  // YouTube escapes what uploaders type: only YouTube's own renderer puts a link in ytd-channel-name.
  const item = first(`<ytd-video-renderer><h3><a id="video-title" href="/watch?v=abcdefghijk">&lt;ytd-channel-name&gt;&lt;a href="/channel/${RT}"&gt;RT&lt;/a&gt;</a></h3><div id="channel-info"><ytd-channel-name><a href="/@honest">Honest</a></ytd-channel-name></div></ytd-video-renderer>`);
  expect(keys(item)).toEqual([{ accounts: ['youtube:@@honest'], hosts: [] }]);
});

test('comments are not read: a commenter is not the channel', () => {
  const doc = loadFixture('youtube-watch').doc;
  const items = Array.from(doc.querySelectorAll(YOUTUBE_ADAPTER.items));
  expect(items.some((i) => i.closest('ytd-comments'))).toBe(false);
  const inComment = first(`<ytd-video-renderer><ytd-comment-view-model><ytd-channel-name><a href="/channel/${RT}">RT</a></ytd-channel-name></ytd-comment-view-model></ytd-video-renderer>`);
  expect(keys(inComment)).toEqual([]);
});

const owner = (handle: string) => `<ytd-watch-metadata><ytd-video-owner-renderer><a href="/${handle}"></a><ytd-channel-name><a href="/${handle}">Name</a></ytd-channel-name></ytd-video-owner-renderer></ytd-watch-metadata>`;
const microdata = (handle: string, id: string) => `<meta itemprop="channelId" content="${id}"><span itemprop="author"><link itemprop="url" href="http://www.youtube.com/${handle}"></span>`;

test.each([
  ['the microdata names the owner: its id first', owner('@GranmaDigitalTV') + microdata('@GranmaDigitalTV', GRANMA), [`youtube:#${GRANMA}`, 'youtube:@@granmadigitaltv']],
  ['handles compare without case', owner('@granmadigitaltv') + microdata('@GranmaDigitalTV', GRANMA), [`youtube:#${GRANMA}`, 'youtube:@@granmadigitaltv']],
  ['stale microdata of another channel (after an in-page navigation): no id', owner('@someone_else') + microdata('@GranmaDigitalTV', GRANMA), ['youtube:@@someone_else']],
  ['no microdata: the handle alone', owner('@GranmaDigitalTV'), ['youtube:@@granmadigitaltv']],
  ['a malformed id: none', owner('@GranmaDigitalTV') + microdata('@GranmaDigitalTV', 'UC-not-an-id'), ['youtube:@@granmadigitaltv']],
])('the watch page\'s owner: %s', (_name, html, want) => {
  const item = page(html, 'https://www.youtube.com/watch?v=abcdefghijk').querySelector('ytd-video-owner-renderer')!;
  expect(keys(item).map((k) => k.accounts)).toEqual([want]);
});

test.each([
  ['a channel page by handle, with its id from the page', 'https://www.youtube.com/@GranmaDigitalTV/videos', `<meta itemprop="identifier" content="${GRANMA}"><link itemprop="url" href="https://www.youtube.com/@GranmaDigitalTV">`, [`youtube:#${GRANMA}`, 'youtube:@@granmadigitaltv']],
  ['a channel page by id', `https://www.youtube.com/channel/${RT}`, '', [`youtube:#${RT}`]],
  ['another channel page after an in-page navigation: the first page\'s id is not its', 'https://www.youtube.com/@someone_else', `<meta itemprop="identifier" content="${GRANMA}"><link itemprop="url" href="https://www.youtube.com/@GranmaDigitalTV">`, ['youtube:@@someone_else']],
])('the channel header: %s', (_name, url, head, want) => {
  const doc = page('<div id="page-header"><yt-page-header-renderer><yt-page-header-view-model><h1><span>Name</span></h1></yt-page-header-view-model></yt-page-header-renderer></div>', url, head);
  const spots = YOUTUBE_ADAPTER.page!(doc);
  expect(spots.map((s) => keysOf(s).accounts)).toEqual([want]);
  expect(spots[0]!.at.localName).toBe('h1');
  expect(spots[0]!.place).toBe('append');
});

test('a watch page, search or home has no header spot', () => {
  for (const url of ['https://www.youtube.com/watch?v=abcdefghijk', 'https://www.youtube.com/results?search_query=rt', 'https://www.youtube.com/']) {
    expect(YOUTUBE_ADAPTER.page!(page('<div id="page-header"><h1>x</h1></div>', url))).toEqual([]);
  }
});

test.each([
  ['the channel name under the title, with the avatar\'s id', `<div class="ytp-chrome-top"><a class="ytp-title-channel-logo" href="https://www.youtube.com/channel/${RT}"></a><div class="ytp-title-text"><a class="ytp-title-link" href="https://www.youtube.com/watch?v=abcdefghijk">Title</a><div class="ytp-title-subtext"><a class="ytp-title-channel-name" href="https://www.youtube.com/@RTnews_renamed">RT</a></div></div></div>`, [{ accounts: [`youtube:#${RT}`, 'youtube:@@rtnews_renamed'], hosts: [] }], 'ytp-title-channel-name'],
  ['the name\'s href not filled in yet: the avatar\'s id, after the name', `<div class="ytp-chrome-top"><a class="ytp-title-channel-logo" href="https://www.youtube.com/channel/${RT}"></a><div class="ytp-title-subtext"><a class="ytp-title-channel-name" href="">RT</a></div></div>`, [{ accounts: [`youtube:#${RT}`], hosts: [] }], 'ytp-title-channel-name'],
  ['before the video loads: placeholders name no channel', '<div class="ytp-chrome-top"><a class="ytp-title-channel-logo"></a><h2 class="ytp-title-expanded-title"><a href="https://www.youtube.com?feature=embeds_subscribe_title"></a></h2><a class="ytp-title-channel-name" href=""></a></div>', [], null],
  ['a relative link on the no-cookie host stands for www.youtube.com', '<div class="ytp-chrome-top"><div class="ytp-title-expanded-title"><a href="/channel/UCpwvZwUam-URkxB7g4USKpg">RT</a></div></div>', [{ accounts: [`youtube:#${RT}`], hosts: [] }], null],
])('the embedded player: %s', (_name, html, want, atClass) => {
  const item = page(html, 'https://www.youtube-nocookie.com/embed/abcdefghijk').querySelector(YOUTUBE_EMBED_ADAPTER.items)!;
  expect(keys(item, YOUTUBE_EMBED_ADAPTER)).toEqual(want);
  if (atClass) expect(YOUTUBE_EMBED_ADAPTER.read(item)[0]!.at.classList.contains(atClass)).toBe(true);
});

test('which adapter runs where', () => {
  expect(adapterFor('www.youtube.com', '/watch')).toBe(YOUTUBE_ADAPTER);
  expect(adapterFor('m.youtube.com', '/')).toBe(YOUTUBE_ADAPTER);
  expect(adapterFor('www.youtube.com', '/embed/abcdefghijk')).toBe(YOUTUBE_EMBED_ADAPTER);
  expect(adapterFor('www.youtube-nocookie.com', '/embed/abcdefghijk')).toBe(YOUTUBE_EMBED_ADAPTER);
  expect(adapterFor('www.youtube-nocookie.com', '/')).toBeNull();
  expect(adapterFor('youtube.com.evil.example', '/watch')).toBeNull();
  expect(YOUTUBE_ADAPTER.navigation).toEqual(['yt-navigate-finish']);
});

test('the adapter never reads the fixtures\' expectations', () => {
  expect(readFileSync(join(__dirname, 'youtube.ts'), 'utf8')).not.toMatch(/data-expect/);
});
