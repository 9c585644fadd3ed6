// Telegram: t.me/NAME, t.me/NAME/123 (a post), t.me/s/NAME (the web preview), telegram.me; web.telegram.org names
// the channel in its fragment (#@NAME). Names are case-insensitive; Telegram's own paths are never a channel.
import { segments, type PlatformRules } from './types';

const NAME = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;
/** Telegram's own t.me paths (invites, sticker sets, proxies, private-channel links /c/…): lower case. */
const RESERVED = new Set([
  'joinchat', 'addstickers', 'addemoji', 'addtheme', 'addlist', 'share', 'proxy', 'socks', 'setlanguage', 'login',
  'c', 'iv', 'bg', 'boost', 'contact', 'confirmphone', 'invoice', 'giftcode', 'multigift',
]);
const WEB_FRAGMENT = /^#@([A-Za-z][A-Za-z0-9_]{4,31})$/;

export const TELEGRAM: PlatformRules = {
  platform: 'telegram',
  hosts: ['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me', 'web.telegram.org'],
  parse(url) {
    if (url.hostname === 'web.telegram.org') {
      const m = WEB_FRAGMENT.exec(url.hash);
      return m ? { handle: m[1]! } : null;
    }
    const segs = segments(url);
    const name = segs[0] === 's' ? segs[1] : segs[0];
    if (!name || RESERVED.has(name.toLowerCase()) || !NAME.test(name)) return null;
    return { handle: name };
  },
  address: (ref) => `t.me/${ref.handle}`,
};
