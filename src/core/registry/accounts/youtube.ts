// YouTube: /@handle, /channel/UC…, /c/NAME, /user/NAME (and their /videos, /shorts … tabs). A video address
// (/watch, /shorts/ID, youtu.be) does not name its channel, and /results, /feed … are YouTube's own: never an account.
// @handles, /c/ and /user/ names are case-insensitive; UC channel ids are not.
import { segments, type PlatformRules } from './types';

const UC = /^UC[A-Za-z0-9_-]{22}$/;
const AT_HANDLE = /^@[A-Za-z0-9._-]{3,30}$/;
const NAME = /^[A-Za-z0-9_-]{1,100}$/;

export const YOUTUBE: PlatformRules = {
  platform: 'youtube',
  hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com'],
  parse(url) {
    const [first, second] = segments(url);
    if (!first) return null;
    if (AT_HANDLE.test(first)) return { handle: first };
    if (first === 'channel') return second && UC.test(second) ? { id: second } : null;
    if ((first === 'c' || first === 'user') && second && NAME.test(second)) return { handle: `${first}/${second}` };
    return null;
  },
  address: (ref) => `youtube.com/${ref.id ? `channel/${ref.id}` : ref.handle}`,
};
