// The platforms whose feeds get chips (content/platforms/, one adapter file each): each has its own switch in the
// options. `search` stands for every search page (Google, Bing, DuckDuckGo, Yandex, Startpage).
export const FEED_PLATFORMS = ['x', 'youtube', 'telegram', 'facebook', 'instagram', 'tiktok', 'bluesky', 'vk', 'search'] as const;

export type FeedPlatform = (typeof FEED_PLATFORMS)[number];

export function isFeedPlatform(x: unknown): x is FeedPlatform {
  return typeof x === 'string' && (FEED_PLATFORMS as readonly string[]).includes(x);
}

/**
 * Hosts whose frames, embedded in other sites' pages, get chips too (the manifest's second content script, and the
 * only frames whose messages the background accepts: background/accept.ts).
 */
export const EMBED_HOSTS: readonly string[] = ['platform.twitter.com', 'www.youtube.com', 'www.youtube-nocookie.com', 't.me'];
