// Address → an outlet's listed account (src/data/accounts.json, built by scripts/accounts-build.mjs).
// An address names an account only through its platform's path rules (one file per platform); the account then
// counts only if the registry lists it. Handles compare case-insensitively (every platform here treats them so),
// ids (X numeric, YouTube UC…, Bluesky did:plc:…, VK club…, OK group/…, Rutube channel numbers) exactly.
import accountsJson from '../../../data/accounts.json';
import type { Outlet } from '../../types';
import { outletById } from '../data';
import { accountKey, parseAccountUrl, PLATFORMS, refOfKey } from './parse';
import type { AccountRef, AccountRole, Platform, PlatformRules } from './types';

export type { AccountRef, AccountRole, Platform, PlatformRules };
export { accountKey, parseAccountUrl, PLATFORMS };

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


export function allAccounts(): readonly AccountEntry[] {
  return accountsJson as AccountEntry[];
}

const keyOf = (platform: Platform, ref: { handle?: string; id?: string }): string => accountKey({ platform, ...ref });

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

/** The listed account an address names (profile, channel or post page), with its outlet; null for any other. */
export function accountOfUrl(url: string | URL): AccountMatch | null {
  const ref = parseAccountUrl(url);
  return ref ? accountOfRef(ref) : null;
}

/** The listed account an account key (accountKey) names; null for any other or a malformed key. */
export function accountOfKey(key: string): AccountMatch | null {
  const ref = refOfKey(key);
  return ref ? accountOfRef(ref) : null;
}

function accountOfRef(ref: AccountRef): AccountMatch | null {
  const entry = accountTable().get(keyOf(ref.platform, ref));
  const outlet = entry ? outletById(entry.outlet) : null;
  if (!entry || !outlet) return null;
  const rules = PLATFORMS.find((p) => p.platform === entry.platform)!;
  const handle = entry.handle ?? entry.id!;
  return { outlet, platform: entry.platform, handle, role: entry.role, address: rules.address(entry.handle !== undefined ? { handle: entry.handle } : { id: entry.id! }), entry };
}
