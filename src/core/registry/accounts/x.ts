// X (Twitter): x.com/NAME, twitter.com/NAME/status/…, mobile.twitter.com; x.com/i/user/ID names the numeric id.
// Handles are case-insensitive on X. The first segment is an account unless X uses it for its own pages.
import { segments, type PlatformRules } from './types';

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const ID = /^\d{1,20}$/;
/** X's own top-level paths: never an account (all lower case; compared lower-cased). */
const RESERVED = new Set([
  'home', 'search', 'i', 'explore', 'settings', 'messages', 'notifications', 'compose', 'hashtag', 'intent', 'share',
  'login', 'logout', 'signup', 'tos', 'privacy', 'about', 'jobs', 'download', 'account', 'lists', 'topics', 'communities',
  'bookmarks', 'premium', 'following', 'followers', 'who_to_follow', 'rules', 'help', 'signin', 'oauth', 'grok', 'spaces',
  'places', 'search_advanced', 'sw', 'ads', 'business', 'verified', 'authorize',
]);

export const X: PlatformRules = {
  platform: 'x',
  hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
  parse(url) {
    const [first, second, third] = segments(url);
    if (!first) return null;
    if (first.toLowerCase() === 'i') return second === 'user' && third && ID.test(third) ? { id: third } : null;
    if (RESERVED.has(first.toLowerCase()) || !HANDLE.test(first)) return null;
    return { handle: first };
  },
  address: (ref) => (ref.handle ? `x.com/${ref.handle}` : `x.com/i/user/${ref.id}`),
};
