// The shapes of the account look-up: what an address names on a platform, and how each platform's paths are read.
import type { AccountRole, Platform } from '../../types';

export type { AccountRole, Platform };

/** What an address names: an account by its handle (as written in the address) or by the platform's own id. */
export interface AccountRef {
  platform: Platform;
  handle?: string;
  id?: string;
}

/** One platform's path rules: which hosts are its own, and which paths name an account (the rest never do). */
export interface PlatformRules {
  platform: Platform;
  /** Exact hosts, lower case (www., m., mobile. variants listed, so a look-alike host never matches). */
  hosts: readonly string[];
  /** The account an address on one of `hosts` names, or null for reserved paths, posts without an owner … */
  parse(url: URL): Omit<AccountRef, 'platform'> | null;
  /** The account's canonical address without scheme, for evidence ("x.com/RT_com"). */
  address(ref: Omit<AccountRef, 'platform'>): string;
}

/** The path's segments, empty ones dropped ("/RT_com/status/1" → ["RT_com", "status", "1"]). */
export function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}
