// OK (Odnoklassniki): ok.ru/group/ID and ok.ru/profile/ID (numeric ids), ok.ru/NAME (a group's short name), m.ok.ru.
// OK's own sections (/video, /feed, /messages, /dk …) never name an account. Short names are case-insensitive.
import { segments, type PlatformRules } from './types';

const ID = /^\d{1,20}$/;
const NAME = /^[A-Za-z0-9_.]{2,50}$/;
const RESERVED = new Set(['video', 'feed', 'messages', 'dk', 'search', 'games', 'music', 'live', 'friends', 'groups', 'settings', 'notifications', 'discussions', 'app', 'apps', 'help', 'shop', 'mall']);

export const OK: PlatformRules = {
  platform: 'ok',
  hosts: ['ok.ru', 'www.ok.ru', 'm.ok.ru'],
  parse(url) {
    const [first, second] = segments(url);
    if (!first) return null;
    if (first === 'group' || first === 'profile') return second && ID.test(second) ? { id: `${first}/${second}` } : null;
    if (RESERVED.has(first.toLowerCase()) || !NAME.test(first)) return null;
    return { handle: first };
  },
  address: (ref) => `ok.ru/${ref.handle ?? ref.id}`,
};
