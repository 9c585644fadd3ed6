// Address → what it names on a platform (no registry data here: the content script reads posts with these rules and
// sends only the keys; the background looks the keys up in the registry, accounts/index.ts).
//
// An account key is "<platform>:@<handle, lower case>" or "<platform>:#<id>" (ids compare exactly):
// | address                                   | key                       |
// |-------------------------------------------|---------------------------|
// | https://x.com/RT_com/status/1             | x:@rt_com                 |
// | https://x.com/i/user/64643056             | x:#64643056               |
// | https://www.youtube.com/channel/UCpwvZ…   | youtube:#UCpwvZ…          |
// | https://t.me/s/rt_russian                 | telegram:@rt_russian      |
// | https://x.com/home, youtube.com/watch?v=… | none (null)               |
import { BLUESKY } from './bluesky';
import { FACEBOOK } from './facebook';
import { INSTAGRAM } from './instagram';
import { OK } from './ok';
import { RUTUBE } from './rutube';
import { TELEGRAM } from './telegram';
import { THREADS } from './threads';
import { TIKTOK } from './tiktok';
import type { AccountRef, Platform, PlatformRules } from './types';
import { VK } from './vk';
import { X } from './x';
import { YOUTUBE } from './youtube';

export const PLATFORMS: readonly PlatformRules[] = [X, YOUTUBE, TELEGRAM, TIKTOK, INSTAGRAM, FACEBOOK, THREADS, BLUESKY, VK, OK, RUTUBE];
const BY_HOST = new Map(PLATFORMS.flatMap((p) => p.hosts.map((h) => [h, p] as const)));
const BY_NAME = new Map(PLATFORMS.map((p) => [p.platform, p] as const));

/** What an address names on a platform, listed or not; null off the platforms' hosts and on their own pages. */
export function parseAccountUrl(url: string | URL): AccountRef | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const rules = BY_HOST.get(u.hostname.toLowerCase().replace(/\.$/, ''));
  const ref = rules?.parse(u);
  return rules && ref ? { platform: rules.platform, ...ref } : null;
}

/** The key of an account reference: its id when it has one (ids survive a rename), else its handle. */
export function accountKey(ref: AccountRef): string {
  return ref.id !== undefined ? `${ref.platform}:#${ref.id}` : `${ref.platform}:@${ref.handle!.toLowerCase()}`;
}

const KEY = /^([a-z]{1,12}):([@#])([^\s]{1,100})$/;

/** A key back to its reference; null for anything that is not a key of a known platform. */
export function refOfKey(key: string): AccountRef | null {
  const m = KEY.exec(key);
  if (!m || !BY_NAME.has(m[1] as Platform)) return null;
  const platform = m[1] as Platform;
  return m[2] === '#' ? { platform, id: m[3]! } : { platform, handle: m[3]! };
}

/** Is this host one of the platforms' own (exact, as in each platform's rules)? */
export function isPlatformHost(host: string): boolean {
  return BY_HOST.has(host.toLowerCase().replace(/\.$/, ''));
}
