// Host → outlet: the most specific registered domain at or below the host's registrable domain.
import type { Outlet } from '../types';
import { getRegistry } from './data';
import { networkOf } from './network';
import { isIpLiteral, normalizeHost } from './normalize';
import { registrableDomain } from './registrable';

export interface HostMatch {
  outlet: Outlet;
  network: Outlet;
  matchedDomain: string;
}

/** e.g. "foo.de.rt.com" → RT DE (network RT); "www.rt.com" → RT; "breitbart.com", "rt.com.evil.net" → null. */
export function lookupHost(host: string): HostMatch | null {
  const normalized = normalizeHost(host);
  if (!normalized) return null;
  return matchHost(normalized);
}

/** For a host already normalised; `path` lets path-scoped entries ("odysee.com/@channel") match too. */
export function matchHost(host: string, path?: string): HostMatch | null {
  const floor = isIpLiteral(host) ? undefined : registrableDomain(host);
  const hit = getRegistry().domains.match(host, path, floor);
  if (!hit) return null;
  return { outlet: hit.value, network: networkOf(hit.value), matchedDomain: hit.matchedDomain };
}
