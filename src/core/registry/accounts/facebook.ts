// Facebook: facebook.com/NAME (and its posts, /NAME/posts/…, /NAME/videos/…), m., mbasic., web. hosts. Facebook's
// own paths (/watch, /groups, /profile.php, /share …) never name a page here. Names are case-insensitive.
import { segments, type PlatformRules } from './types';

const NAME = /^[A-Za-z0-9.]{5,50}$/;
const RESERVED = new Set([
  'watch', 'groups', 'events', 'pages', 'share', 'sharer', 'login', 'marketplace', 'gaming', 'help', 'policies',
  'photo', 'photos', 'hashtag', 'search', 'reel', 'reels', 'stories', 'friends', 'notifications', 'messages',
  'settings', 'people', 'privacy', 'business', 'dialog', 'plugins', 'recover', 'checkpoint', 'bookmarks', 'saved',
]);

export const FACEBOOK: PlatformRules = {
  platform: 'facebook',
  hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'mbasic.facebook.com', 'web.facebook.com', 'touch.facebook.com'],
  parse(url) {
    const [first] = segments(url);
    if (!first || RESERVED.has(first.toLowerCase()) || first.toLowerCase().endsWith('.php') || !NAME.test(first)) return null;
    return { handle: first };
  },
  address: (ref) => `facebook.com/${ref.handle}`,
};
