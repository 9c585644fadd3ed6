import hostsJson from '../../data/hosts.json';
import { DomainTable } from './domain-table';
import { hostVerdict, type HostIndexData } from './host-index';
import { normalizeHost } from './normalize';

describe('hostVerdict (content script index)', () => {
  test('host → outlet id, policy and the matched domain', () => {
    expect(hostVerdict('foo.de.rt.com')).toEqual({ outletId: 'rt-de', policy: 'warn', matchedDomain: 'de.rt.com' });
    expect(hostVerdict('WWW.BBC.CO.UK.')).toEqual({ outletId: 'bbc', policy: 'public-media', matchedDomain: 'bbc.co.uk' });
    expect(hostVerdict('www.nhk.or.jp:443')?.policy).toBe('inform');
  });

  test('near misses', () => {
    for (const host of ['breitbart.com', 'rt.com.evil.net', 'pravda.com.ua', 'co.uk', '', 'odysee.com']) {
      expect(hostVerdict(host)).toBeNull();
    }
  });

  test('path-scoped entries need the path', () => {
    expect(hostVerdict('odysee.com', '/@RTFRANCE:a/live')?.outletId).toBe('rt-france');
    expect(hostVerdict('odysee.com', '/@other')).toBeNull();
  });
});

describe('the text scan gives DomainTable\'s answers', () => {
  const data = hostsJson as unknown as HostIndexData;
  const table = new DomainTable(
    Object.entries(data).flatMap(([outletId, [policy, ...domains]]) => domains.map((d) => [d, { outletId, policy }] as const)),
  );
  const viaTable = (host: string, path?: string) => {
    const normalized = normalizeHost(host);
    const hit = normalized ? table.match(normalized, path) : null;
    return hit ? { ...hit.value, matchedDomain: hit.matchedDomain } : null;
  };
  const domains = Object.values(data).flatMap(([, ...d]) => d);
  const queries: [string, string | undefined][] = [];
  for (const d of domains) {
    const slash = d.indexOf('/');
    const host = slash < 0 ? d : d.slice(0, slash);
    const path = slash < 0 ? undefined : d.slice(slash);
    for (const h of [host, `www.${host}`, `a.b.${host}`, `x${host}`, `${host}.evil.net`, host.slice(host.indexOf('.') + 1), `${host}:8080`]) {
      queries.push([h, path], [h, '/'], [h, undefined]);
      if (path) queries.push([h, `${path.toUpperCase()}/x`], [h, `${path}x`], [h, ''], [h, path.slice(1)]);
    }
  }
  const odd = ['co.uk', 'com', 'localhost', 'warn', 'rt', 'zimpapers', '[::1]', '10.0.0.1', '0.0.1', 'a"b.com', 'x.com%22,%22rt.com'];
  for (const h of odd) queries.push([h, undefined], [h, '/']);

  test('for every registry domain, its neighbours and odd hosts', () => {
    expect(queries.length).toBeGreaterThan(domains.length * 20);
    let hits = 0;
    for (const [host, path] of queries) {
      const expected = viaTable(host, path);
      if (expected) hits++;
      expect({ host, path, v: hostVerdict(host, path) }).toEqual({ host, path, v: expected });
    }
    expect(hits).toBeGreaterThan(domains.length * 3);
  });

  test('hosts with a path-scoped entry still match as hosts, and a quote in a host matches nothing', () => {
    expect(hostVerdict('news.allauction.live', '/host-http-www.rt.com/a')?.outletId).toBeTruthy();
    expect(hostVerdict('www.rt.com')?.outletId).toBe('rt');
    expect(hostVerdict('x.com%22,%22rt.com')).toBeNull();
  });
});
