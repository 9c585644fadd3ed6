// The platform adapters, one file each (types.ts says what an adapter is); the first whose matches() accepts the
// page's host and path runs there. Order matters only where hosts overlap: www.youtube.com is the site's and, under
// /embed/, the player's (their matches() split it by path, so the order does not matter either).
import { BING_ADAPTER } from './bing';
import { BLUESKY_ADAPTER } from './bluesky';
import { DUCKDUCKGO_ADAPTER } from './duckduckgo';
import { FACEBOOK_ADAPTER } from './facebook';
import { GOOGLE_ADAPTER } from './google';
import { INSTAGRAM_ADAPTER } from './instagram';
import { STARTPAGE_ADAPTER } from './startpage';
import { TELEGRAM_ADAPTER } from './telegram';
import { TIKTOK_ADAPTER } from './tiktok';
import type { Adapter } from './types';
import { VK_ADAPTER } from './vk';
import { X_ADAPTER } from './x';
import { YANDEX_ADAPTER } from './yandex';
import { YOUTUBE_ADAPTER, YOUTUBE_EMBED_ADAPTER } from './youtube';

export type { Adapter, Spot } from './types';

export const ADAPTERS: readonly Adapter[] = [
  X_ADAPTER,
  YOUTUBE_ADAPTER,
  YOUTUBE_EMBED_ADAPTER,
  TELEGRAM_ADAPTER,
  FACEBOOK_ADAPTER,
  INSTAGRAM_ADAPTER,
  TIKTOK_ADAPTER,
  BLUESKY_ADAPTER,
  VK_ADAPTER,
  GOOGLE_ADAPTER,
  BING_ADAPTER,
  DUCKDUCKGO_ADAPTER,
  YANDEX_ADAPTER,
  STARTPAGE_ADAPTER,
];

export function adapterFor(host: string, path: string): Adapter | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  return ADAPTERS.find((a) => a.matches(h, path)) ?? null;
}
