// YouTube: www.youtube.com, m.youtube.com, and the embedded player (www.youtube.com/embed/…, www.youtube-nocookie.com/
// embed/…, in other sites' frames: content/embed.ts). Structure as YouTube's Polymer app renders it (2023–2026) and as
// open-source YouTube extensions find a video's channel in it: SponsorBlock's maze-utils (src/video.ts: the owner's
// a.ytd-video-owner-renderer, the embed's a.ytp-title-channel-logo and a.ytp-title-link, m.youtube.com's
// a.slim-owner-icon-and-title, "ytd-channel-name a"; src/thumbnail-selectors.ts: the renderer element names),
// ImprovedTube (ytd-channel-name a in the owner block; "META infos are not updated when clicking related videos") and
// BlockTube (a lockup's channel is a link in its metadata rows, lockupMetadataViewModel.metadata…commandRuns). Hooks
// are element names (ytd-*, yt-*, ytm-*), ids (#avatar-link, #main-link, #text) and href shapes (/@handle,
// /channel/UC…), never generated class names. Elements are reused for other videos: feed.ts reads an item again when
// an href inside it changes, and the page again after yt-navigate-finish.
//
// | in the page                                             | spot                                                   |
// |---------------------------------------------------------|--------------------------------------------------------|
// | a lockup (home, related, search) linking /@handle or /channel/UC… | account, after the channel's name link        |
// | a channel result (ytd-channel-renderer)                 | account, after its name (#text)                        |
// | the watch page's owner (ytd-video-owner-renderer)       | account; the page's channelId first, when the page's microdata names the same channel |
// | a channel page's header (/@handle, /channel/UC…)        | account from the address (and the id, as above), at the end of its h1 |
// | a link in the description (youtube.com/redirect?q=…)    | link, to where it leads                                |
// | the embedded player's channel link                      | account, after the channel's name                      |
// | comments, /watch?v=…, hashtags, a name without a link   | none (a commenter is not the channel; YouTube's own pages name no account) |
import { accountKey, isPlatformHost, parseAccountUrl } from '../../core/registry/accounts/parse';
import { unwrapLink } from '../../core/registry/redirects';
import { showsText } from './links';
import { absoluteHref, type Adapter, type Spot } from './types';

const HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com']);
const EMBED_HOSTS = new Set(['www.youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);
/** One video, channel or owner block each: the owner, lockups old and new, search results, Shorts, the description. */
const ITEMS = [
  'ytd-video-owner-renderer', 'ytm-slim-owner-renderer', 'ytd-rich-grid-media', 'yt-lockup-view-model', 'ytd-video-renderer',
  'ytd-channel-renderer', 'ytd-compact-video-renderer', 'ytd-grid-video-renderer', 'ytm-video-with-context-renderer',
  'ytd-reel-video-renderer', 'ytd-watch-metadata ytd-text-inline-expander',
].join(', ');
/** Where a block links its channel: the name, the avatar, a channel result's main link, a lockup's byline, Shorts' channel bar. */
const CHANNEL_LINKS = 'ytd-channel-name a[href], a#avatar-link, a#channel-thumbnail, a#main-link, ytd-video-owner-renderer > a[href], a.slim-owner-icon-and-title, yt-content-metadata-view-model a[href], yt-reel-channel-bar-view-model a[href]';
/** The channel's name, which the chip follows: the first of these a block has. */
const NAMES = ['ytd-channel-name a[href]', 'ytd-channel-name #text', 'a.slim-owner-icon-and-title', 'yt-content-metadata-view-model a[href]', 'yt-reel-channel-bar-view-model a[href]'];
const COMMENTS = 'ytd-comments, ytd-comment-thread-renderer, ytd-comment-view-model, ytd-comment-renderer';
const HEADER_TITLE = 'yt-page-header-view-model h1, #page-header h1, ytd-c4-tabbed-header-renderer ytd-channel-name #text';
const EMBED_LINKS = 'a.ytp-title-channel-name, .ytp-title-expanded-title a, a.ytp-title-channel-logo';
const UC = /^UC[A-Za-z0-9_-]{22}$/;

/** An href on YouTube's hosts (the no-cookie embed host stands for www.youtube.com, whose paths it shares). */
function hrefOf(el: Element | null | undefined): string | null {
  const href = absoluteHref(el);
  return href?.replace(/^(https?:\/\/)(?:www\.)?youtube-nocookie\.com\//, '$1www.youtube.com/') ?? null;
}

function keyOf(href: string | null): string | null {
  const ref = href ? parseAccountUrl(href) : null;
  return ref?.platform === 'youtube' ? accountKey(ref) : null;
}

const channelUrl = (id: string) => `https://www.youtube.com/channel/${id}`;

/** Elements of `item` matching `selector`, without those in a comment or in a part of the item YouTube hides. */
function own(item: Element, selector: string): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter((e) => {
    const hidden = e.closest('[hidden]');
    return !e.closest(COMMENTS) && !(hidden && item.contains(hidden));
  });
}

/**
 * The page's channel id (its microdata's channelId / identifier), only when the microdata also names the channel of
 * `hrefs` (an [itemprop=url] of the same account): YouTube leaves the first page's microdata in place after an in-page
 * navigation, so a stale id must not be given to another channel's name.
 */
function pageChannelId(doc: Document, hrefs: string[]): string | null {
  const keys = new Set(hrefs.map(keyOf).filter(Boolean));
  if (!Array.from(doc.querySelectorAll('[itemprop="url"]')).some((l) => keys.has(keyOf(absoluteHref(l))))) return null;
  const id = doc.querySelector('meta[itemprop="channelId"], meta[itemprop="identifier"]')?.getAttribute('content')?.trim();
  return id && UC.test(id) ? id : null;
}

/** The account spot of a block: every channel link it has (ids first), after the channel's name. */
function channelSpot(hrefs: string[], at: Element | null | undefined): Spot[] {
  const unique = [...new Set(hrefs)].sort((a, b) => Number(b.includes('/channel/')) - Number(a.includes('/channel/')));
  return unique.length && at ? [{ kind: 'account', hrefs: unique, at }] : [];
}

/** The channel links of a block, as addresses that name a YouTube account. */
function channelLinks(item: Element, selector: string): { links: Element[]; hrefs: string[] } {
  const links = own(item, selector).filter((a) => keyOf(hrefOf(a)));
  return { links, hrefs: links.map((a) => hrefOf(a)!) };
}

/** Links in a description lead somewhere: a site, or a channel; YouTube's own pages (timestamps, hashtags) are skipped. */
function descriptionSpots(links: Element[]): Spot[] {
  return links.flatMap((a): Spot[] => {
    const href = absoluteHref(a);
    const target = href && unwrapLink(href);
    if (!href || !target || (isPlatformHost(new URL(target).hostname) && !parseAccountUrl(target))) return [];
    return [{ kind: 'link', hrefs: [href], at: a }];
  });
}

export const YOUTUBE_ADAPTER: Adapter = {
  platform: 'youtube',
  name: 'youtube',
  matches: (host, path) => HOSTS.has(host) && !path.startsWith('/embed/'),
  items: ITEMS,
  navigation: ['yt-navigate-finish'],
  read(item) {
    // The description: its collapsed and expanded copies both (YouTube toggles [hidden] between them).
    if (item.matches('ytd-text-inline-expander')) return descriptionSpots(Array.from(item.querySelectorAll('a[href]')));
    const { links, hrefs } = channelLinks(item, CHANNEL_LINKS);
    if (!links.length) return [];
    const at = NAMES.map((s) => own(item, s).find((e) => e.localName !== 'a' || links.includes(e))).find(Boolean) ?? links.find(showsText);
    const id = item.matches('ytd-video-owner-renderer, ytm-slim-owner-renderer') ? pageChannelId(item.ownerDocument, hrefs) : null;
    return channelSpot(id ? [channelUrl(id), ...hrefs] : hrefs, at);
  },
  page(doc) {
    // A channel page: its address names the channel; the chip ends the header's title.
    const here = doc.baseURI;
    const at = keyOf(here) ? doc.querySelector(HEADER_TITLE) : null;
    if (!at) return [];
    const id = pageChannelId(doc, [here]);
    return [{ kind: 'account', hrefs: [...(id ? [channelUrl(id)] : []), here], at, place: 'append' }];
  },
};

export const YOUTUBE_EMBED_ADAPTER: Adapter = {
  platform: 'youtube',
  name: 'youtube-embed',
  matches: (host, path) => EMBED_HOSTS.has(host) && path.startsWith('/embed/'),
  // The player's top bar: the channel's avatar link, its name (under the title, or in the avatar's hover card).
  items: '.ytp-chrome-top',
  read(item) {
    // The name under the title, whose href the player may fill in after the avatar's; else a named channel link.
    const { links, hrefs } = channelLinks(item, EMBED_LINKS);
    return channelSpot(hrefs, own(item, 'a.ytp-title-channel-name').find(showsText) ?? links.find(showsText));
  },
};
