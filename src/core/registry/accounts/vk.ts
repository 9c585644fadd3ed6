// VK: vk.com/NAME (a community's or person's short name), vk.com/club123 / public123 (a community's id), vk.ru and
// m.vk.com too. VK's own sections (/feed, /im, /video, /search …) and post addresses (/wall-1_2) never name an
// account here. Short names are case-insensitive.
import { segments, type PlatformRules } from './types';

const NAME = /^[A-Za-z0-9_.]{2,32}$/;
const COMMUNITY_ID = /^(?:club|public)(\d{1,12})$/;
/** A person's numeric page (id123) and the addresses of posts, videos, photos … (wall-1_2): not a community's name. */
const POST_OR_PERSON = /^(?:id\d{1,12}|(?:wall|video|photo|album|topic|clip)-?\d{1,12}(?:_\d{1,12})?)$/i;
const RESERVED = new Set([
  'feed', 'im', 'video', 'videos', 'audio', 'audios', 'music', 'search', 'friends', 'groups', 'settings', 'apps', 'market',
  'docs', 'photos', 'login', 'away.php', 'share.php', 'clips', 'id', 'wall', 'topic', 'app', 'services', 'support',
  'terms', 'privacy', 'about', 'blog', 'dev', 'ads', 'bookmarks', 'notifications', 'stories', 'games',
]);

export const VK: PlatformRules = {
  platform: 'vk',
  hosts: ['vk.com', 'www.vk.com', 'm.vk.com', 'vk.ru', 'www.vk.ru', 'm.vk.ru'],
  parse(url) {
    const [first] = segments(url);
    if (!first) return null;
    const community = COMMUNITY_ID.exec(first);
    if (community) return { id: `club${community[1]!}` };
    if (RESERVED.has(first.toLowerCase()) || POST_OR_PERSON.test(first) || !NAME.test(first)) return null;
    return { handle: first };
  },
  address: (ref) => `vk.com/${ref.handle ?? ref.id}`,
};
