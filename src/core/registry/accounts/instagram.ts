// Instagram: instagram.com/NAME (and its tabs), instagram.com/stories/NAME/…. A post (/p/…, /reel/…) does not
// name its owner in the address. Names are case-insensitive.
import { segments, type PlatformRules } from './types';

const NAME = /^[A-Za-z0-9._]{1,30}$/;
const RESERVED = new Set([
  'p', 'reel', 'reels', 'explore', 'stories', 'accounts', 'direct', 'tv', 'about', 'legal', 'developer', 'web',
  'challenge', 'emails', 'ar', 'api', 'graphql', 'oauth', 'privacy', 'press', 'session', 'static', 'directory', 'help',
  'embed.js', 'embed', 'robots.txt', 'favicon.ico', 'sitemap.xml',
]);

export const INSTAGRAM: PlatformRules = {
  platform: 'instagram',
  hosts: ['instagram.com', 'www.instagram.com', 'm.instagram.com'],
  parse(url) {
    const [first, second] = segments(url);
    const name = first === 'stories' ? second : first;
    if (!name || (first !== 'stories' && RESERVED.has(name.toLowerCase())) || !NAME.test(name)) return null;
    return { handle: name };
  },
  address: (ref) => `instagram.com/${ref.handle}`,
};
