// Address → an outlet's listed account (src/data/accounts.json, built by scripts/accounts-build.mjs).
// An address names an account only through its platform's path rules (one file per platform); the account then
// counts only if the registry lists it. Handles compare case-insensitively (every platform here treats them so),
// ids (X numeric, YouTube UC…, Bluesky did:plc:…, VK club…, OK group/…, Rutube channel numbers) exactly.
import accountsJson from '../../../data/accounts.json';
import type { Outlet } from '../../types';
import { outletById } from '../data';
import { BLUESKY } from './bluesky';
import { FACEBOOK } from './facebook';
import { INSTAGRAM } from './instagram';
import { OK } from './ok';
import { RUTUBE } from './rutube';
import { TELEGRAM } from './telegram';
import { THREADS } from './threads';
import { TIKTOK } from './tiktok';
import type { AccountRef, AccountRole, Platform, PlatformRules } from './types';
import { VK } from './vk';
import { X } from './x';
import { YOUTUBE } from './youtube';

export type { AccountRef, AccountRole, Platform, PlatformRules };

/** An account as stored. `sources`: O the outlet's own site, H Hamilton 2.0, W the Wikidata-derived X list. */
export interface AccountEntry {
  outlet: string;
  platform: Platform;
  handle?: string;
  id?: string;
  role: AccountRole;
  /** For editions: which one, as the source lists it ("Arabic", "breaking"). */
  edition?: string;
  sources: { key: 'O' | 'H' | 'W'; name: string }[];
}

export interface AccountMatch {
  outlet: Outlet;
  platform: Platform;
  /** The handle as the registry writes it, else the id. */
  handle: string;
  role: AccountRole;
  /** Canonical address without scheme ("x.com/RT_com"). */
  address: string;
  entry: AccountEntry;
}

export const PLATFORMS: readonly PlatformRules[] = [X, YOUTUBE, TELEGRAM, TIKTOK, INSTAGRAM, FACEBOOK, THREADS, BLUESKY, VK, OK, RUTUBE];
const BY_HOST = new Map(PLATFORMS.flatMap((p) => p.hosts.map((h) => [h, p] as const)));

export function allAccounts(): readonly AccountEntry[] {
  return accountsJson as AccountEntry[];
}

const keyOf = (platform: string, ref: { handle?: string; id?: string }): string =>
  ref.id !== undefined ? `${platform} id ${ref.id}` : `${platform} @ ${ref.handle!.toLowerCase()}`;

let table: Map<string, AccountEntry> | null = null;
function accountTable(): Map<string, AccountEntry> {
  if (table) return table;
  table = new Map();
  for (const a of allAccounts()) {
    if (a.handle !== undefined) table.set(keyOf(a.platform, { handle: a.handle }), a);
    if (a.id !== undefined) table.set(keyOf(a.platform, { id: a.id }), a);
  }
  return table;
}

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

/** The listed account an address names (profile, channel or post page), with its outlet; null for any other. */
export function accountOfUrl(url: string | URL): AccountMatch | null {
  const ref = parseAccountUrl(url);
  if (!ref) return null;
  const entry = accountTable().get(keyOf(ref.platform, ref));
  const outlet = entry ? outletById(entry.outlet) : null;
  if (!entry || !outlet) return null;
  const rules = PLATFORMS.find((p) => p.platform === entry.platform)!;
  const handle = entry.handle ?? entry.id!;
  return { outlet, platform: entry.platform, handle, role: entry.role, address: rules.address(entry.handle !== undefined ? { handle: entry.handle } : { id: entry.id! }), entry };
}
