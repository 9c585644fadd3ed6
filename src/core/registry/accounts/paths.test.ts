// Each platform's path rules, as a table: address → what it names (null: not an account).
import { accountOfUrl, parseAccountUrl } from './index';

const CASES: [string, { platform: string; handle?: string; id?: string } | null][] = [
  // X
  ['https://x.com/RT_com', { platform: 'x', handle: 'RT_com' }],
  ['https://twitter.com/rt_com/status/1234567890', { platform: 'x', handle: 'rt_com' }],
  ['https://mobile.twitter.com/RT_com/with_replies', { platform: 'x', handle: 'RT_com' }],
  ['https://www.x.com/RT_com?lang=en', { platform: 'x', handle: 'RT_com' }],
  ['https://x.com/i/user/64643056', { platform: 'x', id: '64643056' }],
  ['https://x.com/home', null],
  ['https://x.com/search?q=RT_com', null],
  ['https://x.com/i/web/status/1234567890', null],
  ['https://x.com/explore', null],
  ['https://x.com/settings/account', null],
  ['https://x.com/messages', null],
  ['https://x.com/notifications', null],
  ['https://x.com/compose/post', null],
  ['https://x.com/hashtag/RT', null],
  ['https://x.com/', null],
  ['https://x.com/this_is_too_long_for_x', null],
  ['https://x.com.evil.net/RT_com', null],
  ['https://notx.com/RT_com', null],
  // YouTube
  ['https://www.youtube.com/@CGTN', { platform: 'youtube', handle: '@CGTN' }],
  ['https://m.youtube.com/@cgtn/videos', { platform: 'youtube', handle: '@cgtn' }],
  ['https://www.youtube.com/channel/UCgrNz-aDmcr2uuto8_DL2jg', { platform: 'youtube', id: 'UCgrNz-aDmcr2uuto8_DL2jg' }],
  ['https://www.youtube.com/c/SputnikInternational/videos', { platform: 'youtube', handle: 'c/SputnikInternational' }],
  ['https://youtube.com/user/RussiaToday', { platform: 'youtube', handle: 'user/RussiaToday' }],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', null],
  ['https://www.youtube.com/results?search_query=rt', null],
  ['https://www.youtube.com/feed/subscriptions', null],
  ['https://www.youtube.com/channel/UCshort', null],
  ['https://youtube.com/channel/UCpwvZwUam-URkxB7g4USKpg?sub_confirmation=1', { platform: 'youtube', id: 'UCpwvZwUam-URkxB7g4USKpg' }],
  ['https://www.youtube.com/embed/_0GIRk51gjg', null],
  ['https://www.youtube.com/shorts/abc', null],
  // Telegram
  ['https://t.me/rtnews', { platform: 'telegram', handle: 'rtnews' }],
  ['https://t.me/s/rtnews', { platform: 'telegram', handle: 'rtnews' }],
  ['https://t.me/rtnews/12345', { platform: 'telegram', handle: 'rtnews' }],
  ['https://telegram.me/SputnikInt', { platform: 'telegram', handle: 'SputnikInt' }],
  ['https://web.telegram.org/k/#@rtnews', { platform: 'telegram', handle: 'rtnews' }],
  ['https://web.telegram.org/k/', null],
  ['https://t.me/joinchat/AAAAAE', null],
  ['https://t.me/addstickers/rtnews', null],
  ['https://t.me/share/url?url=https://rt.com', null],
  ['https://t.me/c/1234567/89', null],
  ['https://t.me/abc', null],
  ['http://t.me/periodicogranma', { platform: 'telegram', handle: 'periodicogranma' }],
  ['https://t.me/s/periodicogranma', { platform: 'telegram', handle: 'periodicogranma' }],
  ['https://t.me/periodicogranma/123', { platform: 'telegram', handle: 'periodicogranma' }],
  // TikTok, Instagram, Facebook
  ['https://www.tiktok.com/@peoplesdaily/video/7300000000000000000', { platform: 'tiktok', handle: 'peoplesdaily' }],
  ['https://www.tiktok.com/foryou', null],
  ['https://www.instagram.com/rt/', { platform: 'instagram', handle: 'rt' }],
  ['https://www.instagram.com/stories/rt/3300000000/', { platform: 'instagram', handle: 'rt' }],
  ['https://www.instagram.com/p/Cxyz123/', null],
  ['https://www.instagram.com/explore/tags/rt/', null],
  ['https://www.instagram.com/embed.js', null], // the embed script's own address (seen on outlets' pages)
  ['https://www.facebook.com/RTnews/posts/123', { platform: 'facebook', handle: 'RTnews' }],
  ['https://m.facebook.com/RTnews', { platform: 'facebook', handle: 'RTnews' }],
  ['https://www.facebook.com/watch/?v=1', null],
  ['https://www.facebook.com/profile.php?id=1', null],
  ['https://www.facebook.com/groups/12345', null],
  ['https://www.facebook.com/profile.php?id=100064758011234&__tn__=-UC', { platform: 'facebook', id: '100064758011234' }],
  ['https://www.facebook.com/people/RT-News/100064758011234/', { platform: 'facebook', id: '100064758011234' }],
  ['https://www.facebook.com/100064758011234', { platform: 'facebook', id: '100064758011234' }],
  ['https://www.facebook.com/permalink.php?story_fbid=pfbid02abc&id=100064758011234', { platform: 'facebook', id: '100064758011234' }],
  ['https://www.facebook.com/groups/12345/user/100064758011234/', null],
  ['https://www.facebook.com/people/RT-News/', null],
  ['https://www.facebook.com/RTnews?__cft__[0]=AZX&__tn__=-R', { platform: 'facebook', handle: 'RTnews' }],
  ['https://www.facebook.com/RTnews/posts/pfbid0abcDEF', { platform: 'facebook', handle: 'RTnews' }],
  ['https://www.instagram.com/rt/reels/', { platform: 'instagram', handle: 'rt' }],
  ['https://www.tiktok.com/@rt_com', { platform: 'tiktok', handle: 'rt_com' }],
  ['https://www.tiktok.com/tag/news', null],
  // share intents on the outlets' own pages (rejected by scripts/accounts-own-pages.mjs too)
  ['https://www.facebook.com/sharer.php?u=https://www.aa.com.tr/tr/x/1', null],
  ['http://www.facebook.com/share.php?u=http://www.granma.cu/x', null],
  ['https://twitter.com/intent/tweet?url=http://v.aa.com.tr/3529015', null],
  ['https://twitter.com/share?&text=x&url=https://dailynews.co.tz/x/', null],
  ['https://x.com/@mansauli', null],
  // Threads, Bluesky, VK, OK, Rutube
  ['https://www.threads.net/@cgtn/post/C1abc', { platform: 'threads', handle: 'cgtn' }],
  ['https://www.threads.net/search?q=rt', null],
  ['https://bsky.app/profile/rt.bsky.social/post/3k', { platform: 'bluesky', handle: 'rt.bsky.social' }],
  ['https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx', { platform: 'bluesky', id: 'did:plc:abcdefghijklmnopqrstuvwx' }],
  ['https://bsky.app/search?q=rt', null],
  ['https://bsky.app/profile/notahandle', null],
  ['https://vk.com/rt_international', { platform: 'vk', handle: 'rt_international' }],
  ['https://m.vk.com/club12345', { platform: 'vk', id: 'club12345' }],
  ['https://vk.com/public12345', { platform: 'vk', id: 'club12345' }],
  ['https://vk.com/feed', null],
  ['https://vk.com/wall-12345_678', null],
  ['https://vk.com/video-12345_678', null],
  ['https://vk.com/id12345', null],
  ['https://vk.com/videonews', { platform: 'vk', handle: 'videonews' }],
  ['https://ok.ru/group/5000000000000', { platform: 'ok', id: 'group/5000000000000' }],
  ['https://ok.ru/rtnews', { platform: 'ok', handle: 'rtnews' }],
  ['https://ok.ru/video/123', null],
  ['https://rutube.ru/channel/23349339/videos/', { platform: 'rutube', id: '23349339' }],
  ['https://rutube.ru/u/rtnews/', { platform: 'rutube', handle: 'u/rtnews' }],
  ['https://rutube.ru/video/abcdef0123456789/', null],
  // not http(s), not a URL
  ['ftp://x.com/RT_com', null],
  ['not a url', null],
];

test.each(CASES)('%s', (url, expected) => {
  expect(parseAccountUrl(url)).toEqual(expected);
});

describe('accountOfUrl: only listed accounts, with their outlet', () => {
  test.each([
    ['https://x.com/RT_com', 'rt', 'RT_com', 'outlet'],
    ['https://twitter.com/rt_com/status/1', 'rt', 'RT_com', 'outlet'],
    ['https://X.COM/rt_COM', 'rt', 'RT_com', 'outlet'],
    ['https://x.com/i/user/64643056', 'rt', 'RT_com', 'outlet'],
    ['https://x.com/sputnik_ar', 'sputnik', 'sputnik_ar', 'edition'],
    ['https://www.youtube.com/c/sputnikinternational', 'sputnik', 'c/SputnikInternational', 'outlet'],
    ['https://www.facebook.com/RTnews', 'rt', 'RTnews', 'outlet'],
    // from the outlets' own pages (src/data/own-page-accounts.json)
    ['https://t.me/s/periodicogranma', 'granma', 'periodicogranma', 'outlet'],
    ['https://t.me/PeriodicoGranma/4567', 'granma', 'periodicogranma', 'outlet'],
    ['https://www.youtube.com/channel/UCCXe7yEuB8qy34HiRLp7I4A/videos', 'granma', 'UCCXe7yEuB8qy34HiRLp7I4A', 'outlet'],
    ['https://www.youtube.com/channel/UCpwvZwUam-URkxB7g4USKpg', 'rt', 'UCpwvZwUam-URkxB7g4USKpg', 'outlet'],
    ['https://youtube.com/user/AnadoluAjansi', 'anadolu', 'user/anadoluajansi', 'outlet'],
    ['https://www.youtube.com/c/DailyNewsDigital/videos', 'tanzania-standard-newspapers', 'c/DailyNewsDigital', 'outlet'],
    ['https://x.com/Granma_Digital/status/1', 'granma', 'Granma_Digital', 'outlet'],
    ['https://www.facebook.com/RTvids/videos/1', 'rt', 'RTvids', 'edition'],
  ])('%s → %s', (url, outlet, handle, role) => {
    const m = accountOfUrl(url);
    expect(m && { outlet: m.outlet.id, handle: m.handle, role: m.role }).toEqual({ outlet, handle, role });
  });
  test.each(['https://x.com/RT_com_fan', 'https://x.com/RT_co', 'https://x.com/home', 'https://x.com/someone/status/1', 'https://www.youtube.com/watch?v=RT_com', 'https://www.youtube.com/channel/UCCXe7yEuB8qy34HiRLp7i4a', 'https://t.me/share/url?url=https://www.granma.cu/'])('%s → null', (url) => {
    expect(accountOfUrl(url)).toBeNull();
  });
});
