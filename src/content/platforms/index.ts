// The platform adapters, one file each (types.ts says what an adapter is); the first whose matches() accepts the
// page's host and path runs there. Order matters only where hosts overlap (none do today).
import { BLUESKY_ADAPTER } from './bluesky';
import { FACEBOOK_ADAPTER } from './facebook';
import { INSTAGRAM_ADAPTER } from './instagram';
import { TIKTOK_ADAPTER } from './tiktok';
import type { Adapter } from './types';
import { VK_ADAPTER } from './vk';
import { X_ADAPTER } from './x';

export type { Adapter, Spot } from './types';

export const ADAPTERS: readonly Adapter[] = [X_ADAPTER, FACEBOOK_ADAPTER, INSTAGRAM_ADAPTER, TIKTOK_ADAPTER, BLUESKY_ADAPTER, VK_ADAPTER];


export function adapterFor(host: string, path: string): Adapter | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  return ADAPTERS.find((a) => a.matches(h, path)) ?? null;
}
