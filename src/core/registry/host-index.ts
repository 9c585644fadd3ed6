// The content script's look-up: host → outlet id and policy, from the compact src/data/hosts.json alone
// (no full registry, no tldts). Same normalisation and label walk as lookupHost; the data test guarantees that
// no registered domain is a public suffix, so walking without a registrable-domain floor gives the same answers.
import hostsJson from '../../data/hosts.json';
import type { Policy } from '../types';
import { DomainTable } from './domain-table';
import { normalizeHost } from './normalize';

/** hosts.json: { "outlet-id": ["policy", "domain", …] } for every outlet with domains. */
export type HostIndexData = Record<string, [Policy, ...string[]]>;

export interface HostVerdict {
  outletId: string;
  policy: Policy;
  matchedDomain: string;
}

let table: DomainTable<{ outletId: string; policy: Policy }> | null = null;

function getTable(): DomainTable<{ outletId: string; policy: Policy }> {
  if (table) return table;
  const data = hostsJson as unknown as HostIndexData;
  const entries: [string, { outletId: string; policy: Policy }][] = [];
  for (const [outletId, [policy, ...domains]] of Object.entries(data)) {
    for (const domain of domains) entries.push([domain, { outletId, policy }]);
  }
  table = new DomainTable(entries);
  return table;
}

/** `host` as in location.hostname (or host:port); `path` (location.pathname) lets path-scoped entries match. */
export function hostVerdict(host: string, path?: string): HostVerdict | null {
  const normalized = normalizeHost(host);
  if (!normalized) return null;
  const hit = getTable().match(normalized, path);
  return hit ? { ...hit.value, matchedDomain: hit.matchedDomain } : null;
}
