// The content script's look-up: host → outlet id and policy, from the compact src/data/hosts.json alone
// (no full registry, no tldts). Same normalisation and answers as lookupHost; the data test guarantees that no
// registered domain is a public suffix (nor a single label), so matching without a registrable-domain floor gives
// the same answers.
//
// No table is built (building one cost 3–17 ms per page load in Chromium, most of the content script's cost on
// ordinary pages): on first use the bundled object is serialised once (JSON.stringify, native code, ~0.2 ms), and
// each new host is one indexOf pass over that text for the host's last two labels, in which every entry that can
// match it ends. In the text a domain is always `,"domain"` followed by `,` or `]` (the policy comes first, after
// `[`; outlet ids are followed by `:`); the outlet id and policy are read back from the `"id":["policy"` opening
// its entry. Answers are remembered per host. host-index.test.ts checks them against DomainTable's.
import hostsJson from '../../data/hosts.json';
import type { Policy } from '../types';
import type { TableMatch } from './domain-table';
import { isIpLiteral, normalizeHost, withoutWww } from './normalize';

/** hosts.json: { "outlet-id": ["policy", "domain", …] } for every outlet with domains. */
export type HostIndexData = Record<string, [Policy, ...string[]]>;

/** matchedDomain: the registry domain that matched, as in DomainTable's matches. */
export interface HostVerdict extends Pick<TableMatch<unknown>, 'matchedDomain'> {
  outletId: string;
  policy: Policy;
}

type Hit = HostVerdict;

/** What a host decides: its most specific entry, and the path-scoped entries on it, longest prefix first. */
interface HostFacts {
  hit: Hit | null;
  paths: [prefix: string, hit: Hit][];
}

let text = '';
const known = new Map<string, HostFacts>();

/** The entry of the domain whose opening quote is at `quote`, if that string is a domain (not an id or policy). */
function entryAt(quote: number, domain: string): Hit | null {
  const next = text.charCodeAt(quote + domain.length + 2);
  if (text[quote - 1] !== ',' || (next !== 44 /* , */ && next !== 93) /* ] */) return null;
  const open = text.lastIndexOf('":["', quote);
  const outletId = text.slice(text.lastIndexOf('"', open - 1) + 1, open);
  return { outletId, policy: text.slice(open + 4, text.indexOf('"', open + 4)) as Policy, matchedDomain: domain };
}

function scan(host: string): HostFacts {
  const facts: HostFacts = { hit: null, paths: [] };
  // Registry domains hold no quote or backslash (the data test checks their spelling): such a needle could span
  // two strings of the text.
  if (/["\\]/.test(host)) return facts;
  text ||= JSON.stringify(hostsJson);
  // IP literals match only themselves, so they are their own `base`.
  const base = isIpLiteral(host) ? host : host.slice(host.lastIndexOf('.', host.lastIndexOf('.') - 1) + 1);
  const pathHost = withoutWww(host);
  for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + 1)) {
    const quote = text.lastIndexOf('"', at);
    const domain = text.slice(quote + 1, text.indexOf('"', at));
    const end = at + base.length - quote - 1; // where `base` ends in `domain`
    const slash = domain.indexOf('/');
    if (slash < 0) {
      if (end === domain.length && (host === domain || host.endsWith(`.${domain}`)) && domain.length > (facts.hit?.matchedDomain.length ?? 0)) {
        facts.hit = entryAt(quote, domain) ?? facts.hit;
      }
    } else if (slash === end && domain.slice(0, slash) === pathHost) {
      const hit = entryAt(quote, domain);
      if (hit) facts.paths.push([domain.slice(slash), hit]);
    }
  }
  facts.paths.sort((a, b) => b[0].length - a[0].length);
  return facts;
}

/** `host` as in location.hostname (or host:port); `path` (location.pathname) lets path-scoped entries match. */
export function hostVerdict(host: string, path?: string): HostVerdict | null {
  const normalized = normalizeHost(host);
  if (!normalized) return null;
  let facts = known.get(normalized);
  if (!facts) known.set(normalized, (facts = scan(normalized)));
  // Without a path (or with one not beginning with "/") no path-scoped entry matches: every prefix begins with "/".
  const lower = path?.toLowerCase() ?? '';
  const hit = facts.paths.find(([prefix]) => lower.startsWith(prefix) && (lower[prefix.length] ?? '/') === '/')?.[1] ?? facts.hit;
  return hit && { ...hit };
}
