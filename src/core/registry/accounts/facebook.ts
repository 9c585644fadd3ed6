// Facebook: facebook.com/NAME (and its posts, /NAME/posts/…, /NAME/videos/…), m., mbasic., web. hosts. Facebook's
// own paths (/watch, /groups, /share …) never name a page here. Names are case-insensitive. Pages and people without
// a name, and links that carry the numeric id, name it by id: /profile.php?id=N, /people/NAME/N, /N,
// /permalink.php?story_fbid=…&id=N (ids of 5 to 20 digits).
import { segments, type PlatformRules } from './types';

const NAME = /^[A-Za-z0-9.]{5,50}$/;
const ID = /^\d{5,20}$/;
/** Paths that carry the account's id in their `id` parameter. */
const ID_PARAM = new Set(['profile.php', 'permalink.php']);
const RESERVED = new Set([
  'watch', 'groups', 'events', 'pages', 'share', 'sharer', 'login', 'marketplace', 'gaming', 'help', 'policies',
  'photo', 'photos', 'hashtag', 'search', 'reel', 'reels', 'stories', 'friends', 'notifications', 'messages',
  'settings', 'people', 'privacy', 'business', 'dialog', 'plugins', 'recover', 'checkpoint', 'bookmarks', 'saved',
]);

export const FACEBOOK: PlatformRules = {
  platform: 'facebook',
  hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'mbasic.facebook.com', 'web.facebook.com', 'touch.facebook.com'],
  parse(url) {
    const [first, , third] = segments(url);
    const lower = first?.toLowerCase();
    const id = lower && ID_PARAM.has(lower) ? url.searchParams.get('id') : lower === 'people' ? third : first;
    if (id && ID.test(id)) return { id };
    if (!first || RESERVED.has(lower!) || lower!.endsWith('.php') || !NAME.test(first)) return null;
    return { handle: first };
  },
  address: (ref) => (ref.id ? `facebook.com/profile.php?id=${ref.id}` : `facebook.com/${ref.handle}`),
};
