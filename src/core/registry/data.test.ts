// Validation of the bundled registry files (src/data/*.json).
import { getDomain, parse } from 'tldts';
import outletsJson from '../../data/outlets.json';
import repostersJson from '../../data/reposters.json';
import { categoryFromCode, isCategory } from '../categories';
import type { Outlet } from '../types';
import type { RegistryOutlet, Reposter } from './data';
import pathHostsJson from '../../data/path-hosts.json';

import { normalizeHost } from './normalize';

const outlets = outletsJson as unknown as RegistryOutlet[];
const reposters = repostersJson as Reposter[];
const regions = new Intl.DisplayNames('en', { type: 'region' });

const OUTLET_KEYS = new Set(['id', 'parent', 'name', 'aliases', 'country', 'owner', 'funding', 'category', 'typology', 'sanctions', 'references', 'domains', 'languages', 'notes']);

/** The registry spelling of a domain: normalised host, no leading "www.", optional lower-case "/path". */
function canonicalDomain(domain: string): string | null {
  const slash = domain.indexOf('/');
  const host = normalizeHost(slash < 0 ? domain : domain.slice(0, slash));
  if (!host) return null;
  const bare = host.startsWith('www.') && host.split('.').length > 2 ? host.slice(4) : host;
  if (slash < 0) return bare;
  const path = domain.slice(slash).toLowerCase().replace(/\/+$/, '');
  return path ? `${bare}${path}` : null;
}

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [year, month = '01', day = '01'] = [m[1]!, m[2], m[3]];
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
}

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

describe('outlets.json', () => {
  test('has the curated outlets and the matrix companies', () => {
    expect(outlets.length).toBeGreaterThan(600);
    for (const id of ['rt', 'rt-de', 'sputnik', 'pravda-network', 'voice-of-europe', 'bbc', 'npr', 'cgtn']) {
      expect(outlets.some((o) => o.id === id)).toBe(true);
    }
  });

  test('ids are unique kebab-case slugs, sorted', () => {
    const ids = outlets.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
  });

  test.each(outlets.map((o) => [o.id, o] as const))('%s is well-formed', (_id, o) => {
    for (const key of Object.keys(o)) expect(OUTLET_KEYS).toContain(key);
    expect(o.name.trim()).not.toBe('');
    expect(Array.isArray(o.aliases)).toBe(true);
    for (const alias of o.aliases) expect(alias.trim()).not.toBe('');
    expect(o.country).toMatch(/^[A-Z]{2}$/);
    expect(regions.of(o.country)).not.toBe(o.country);
    expect(typeof o.owner).toBe('string');
    expect(typeof o.funding).toBe('string');
    expect(isCategory(o.category)).toBe(true);
    if (o.typology.code !== null) expect(categoryFromCode(o.typology.code)).toBe(o.category);
    if (o.typology.source !== null) expect(isHttpUrl(o.typology.source)).toBe(true);
    for (const s of o.sanctions) {
      expect(s.jurisdiction.trim()).not.toBe('');
      expect(s.act.trim()).not.toBe('');
      expect(isIsoDate(s.date)).toBe(true);
      if (s.url !== undefined) expect(isHttpUrl(s.url)).toBe(true);
    }
    expect(o.references.length).toBeGreaterThanOrEqual(1);
    for (const r of o.references) expect(isHttpUrl(r.url)).toBe(true);
    if (o.parent !== undefined) expect(outlets.some((p) => p.id === o.parent)).toBe(true);
  });

  test('parent chains end (no cycles), and the RT editions belong to RT', () => {
    const byId = new Map<string, Outlet>(outlets.map((o) => [o.id, o]));
    for (const o of outlets) {
      const seen = new Set<string>();
      let current: Outlet | undefined = o;
      while (current?.parent) {
        expect(seen.has(current.id)).toBe(false);
        seen.add(current.id);
        current = byId.get(current.parent);
      }
    }
    for (const id of ['rt-de', 'rt-france', 'rt-espanol', 'rt-arabic', 'rt-balkan', 'rt-documentary']) {
      expect(byId.get(id)?.parent).toBe('rt');
    }
  });

  test('domains are normalised and unique across outlets', () => {
    const owner = new Map<string, string>();
    for (const o of outlets) {
      for (const d of o.domains) {
        expect(canonicalDomain(d)).toBe(d);
        expect(owner.get(d)).toBeUndefined();
        owner.set(d, o.id);
      }
    }
    expect(owner.size).toBeGreaterThan(1000);
  });

  test('every domain is at or below a registrable domain (so no public suffix can match by itself)', () => {
    for (const o of outlets) {
      for (const d of o.domains) {
        const host = d.split('/')[0]!;
        if (parse(host).isIp) continue;
        const registrable = getDomain(host, { allowPrivateDomains: true });
        expect({ d, registrable }).toEqual({ d, registrable: expect.any(String) });
        expect(host === registrable || host.endsWith(`.${registrable}`)).toBe(true);
      }
    }
  });

  test('known corrections hold', () => {
    const ownerOf = (domain: string) => outlets.find((o) => o.domains.includes(domain))?.id;
    expect(ownerOf('kcnawatch.org')).toBeUndefined();
    expect(ownerOf('smotrim.ru')).toBe('vgtrk');
    expect(ownerOf('tagesschau.de')).toBe('ard');
    expect(ownerOf('100noticias.com.ni')).toBeUndefined();
    expect(outlets.some((o) => o.typology.code === 'ISFM?')).toBe(false);
  });
});

describe('path-hosts.json', () => {
  test('lists the hosts of every path-scoped domain (the digest keeps a path segment for them), each one segment deep', () => {
    const scoped = outlets.flatMap((o) => o.domains.filter((d) => d.includes('/')));
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.filter((d) => !/^[^/]+\/[^/]+$/.test(d))).toEqual([]);
    expect(pathHostsJson).toEqual([...new Set(scoped.map((d) => d.split('/')[0]!))].sort());
  });
});

describe('reposters.json', () => {
  test('entries are normalised hosts with a source, unique, sorted, and not outlet domains', () => {
    const outletDomains = new Set(outlets.flatMap((o) => o.domains));
    const hosts = reposters.map((r) => r.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect([...hosts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(hosts);
    for (const r of reposters) {
      expect(canonicalDomain(r.host)).toBe(r.host);
      expect(r.host).not.toContain('/');
      expect(outletDomains.has(r.host)).toBe(false);
      expect(r.source.trim()).not.toBe('');
      if (r.url !== undefined) expect(isHttpUrl(r.url)).toBe(true);
    }
    expect(reposters.length).toBeGreaterThan(100);
  });
});
