// The one matching structure behind every host look-up (outlets, reposters, the content script's index).
//
// Entries are registry domains: a host ("de.rt.com", "89.191.237.192") or a path-scoped entry on a shared host
// ("odysee.com/@rtfrance:a"). A host entry matches that host and every host below it; the look-up walks up the
// labels of the queried host, most specific first, with one Map look-up per label, and stops at the `floor`
// (the registrable domain) so that nothing above it can ever match. Hosts that merely end in the same letters
// ("breitbart.com" for "rt.com") never match, because only whole labels are compared. A path-scoped entry
// matches only that host (with or without "www.") and only under that path, never the host as a whole.
import { isIpLiteral, withoutWww } from './normalize';

export interface TableMatch<T> {
  value: T;
  matchedDomain: string;
}

interface PathEntry<T> {
  prefix: string; // lower case, begins with "/", no trailing "/"
  domain: string;
  value: T;
}

export class DomainTable<T> {
  private readonly hosts = new Map<string, T>();
  private readonly paths = new Map<string, PathEntry<T>[]>();

  constructor(entries: Iterable<readonly [domain: string, value: T]>) {
    for (const [domain, value] of entries) {
      const slash = domain.indexOf('/');
      if (slash < 0) {
        this.hosts.set(domain, value);
        continue;
      }
      const host = domain.slice(0, slash);
      const list = this.paths.get(host) ?? [];
      list.push({ prefix: domain.slice(slash).toLowerCase(), domain, value });
      list.sort((a, b) => b.prefix.length - a.prefix.length);
      this.paths.set(host, list);
    }
  }

  /**
   * The most specific entry for a normalised host (and, when given, the page's path).
   * `floor`: the host's registrable domain, below which the walk stays; null means the host has none (a bare
   * public suffix such as "co.uk"), so only IP literals can match; undefined means no floor is known.
   */
  match(host: string, path?: string, floor?: string | null): TableMatch<T> | null {
    if (path !== undefined && this.paths.size > 0) {
      const hit = this.matchPath(withoutWww(host), path);
      if (hit) return hit;
    }
    if (isIpLiteral(host)) return this.exact(host);
    if (floor === null) return null;
    let candidate = host;
    for (;;) {
      const value = this.hosts.get(candidate);
      if (value !== undefined) return { value, matchedDomain: candidate };
      if (candidate === floor) return null;
      const dot = candidate.indexOf('.');
      if (dot < 0) return null;
      candidate = candidate.slice(dot + 1);
    }
  }

  private exact(host: string): TableMatch<T> | null {
    const value = this.hosts.get(host);
    return value === undefined ? null : { value, matchedDomain: host };
  }

  private matchPath(host: string, path: string): TableMatch<T> | null {
    const entries = this.paths.get(host);
    if (!entries) return null;
    const lower = path.toLowerCase();
    for (const entry of entries) {
      if (!lower.startsWith(entry.prefix)) continue;
      const next = lower.charAt(entry.prefix.length);
      if (next === '' || next === '/') return { value: entry.value, matchedDomain: entry.domain };
    }
    return null;
  }
}
