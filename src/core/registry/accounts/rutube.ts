// Rutube: rutube.ru/channel/ID (numeric, and its tabs) and rutube.ru/u/NAME (a channel's custom address). A video
// (/video/…, /shorts/…) does not name its channel in the address. Custom names are case-insensitive.
import { segments, type PlatformRules } from './types';

const ID = /^\d{1,12}$/;
const NAME = /^[A-Za-z0-9_-]{2,50}$/;

export const RUTUBE: PlatformRules = {
  platform: 'rutube',
  hosts: ['rutube.ru', 'www.rutube.ru', 'm.rutube.ru'],
  parse(url) {
    const [first, second] = segments(url);
    if (first === 'channel') return second && ID.test(second) ? { id: second } : null;
    if (first === 'u') return second && NAME.test(second) ? { handle: `u/${second}` } : null;
    return null;
  },
  address: (ref) => (ref.id ? `rutube.ru/channel/${ref.id}` : `rutube.ru/${ref.handle}`),
};
