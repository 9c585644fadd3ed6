import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostIndexData } from '../core/registry/host-index';
import type { Outlet } from '../core/types';
import { checksum, markerFor, markersAllowedOn, markerTitle, outletCategory, outletName, prettyId } from './link-markers-core';

const DATA = join(__dirname, '..', 'data');
const outlets = JSON.parse(readFileSync(join(DATA, 'outlets.json'), 'utf8')) as Outlet[];
const hosts = JSON.parse(readFileSync(join(DATA, 'hosts.json'), 'utf8')) as HostIndexData;

describe('markerFor', () => {
  test.each([
    ['an RT article', 'https://www.rt.com/russia/590571-putin/', { outletId: 'rt', name: 'RT', category: 'state-controlled' }],
    ['an edition', 'https://de.rt.com/international/1/', { outletId: 'rt-de', name: outletName('rt-de'), category: 'state-controlled' }],
    ['a mirror subdomain', 'http://CDNI.RT.COM/files/x.jpg', { outletId: 'rt', name: 'RT', category: 'state-controlled' }],
    ['a covert network site', 'https://pravda-de.com/a', { outletId: 'pravda-network', name: outletName('pravda-network'), category: outletCategory('pravda-network') }],
    ['public media', 'https://www.bbc.com/news/1', null],
    ['an ordinary site', 'https://news.example/rt.com', null],
    ['a host that only ends like one', 'https://notrt.com/', null],
    ['a javascript: address', 'javascript:location="https://rt.com"', null],
    ['a mailto: address', 'mailto:info@rt.com', null],
    ['not an address', 'rt.com', null],
  ])('%s', (_what, href, marker) => {
    expect(markerFor(href)).toEqual(marker);
  });

  test('path-scoped entries match by path', () => {
    expect(markerFor('https://odysee.com/@rtfrance:a/video')?.outletId).toBe('rt-france');
    expect(markerFor('https://odysee.com/@someone-else:1/video')).toBeNull();
  });
});

describe('markersAllowedOn', () => {
  test.each([
    ['an ordinary site', 'https://news.example/a', true],
    ['a public broadcaster', 'https://www.bbc.com/news/1', true],
    ["a warned outlet's own site", 'https://www.rt.com/news/1', false],
    ['a sister edition', 'https://de.rt.com/a', false],
    ['a file', 'file:///tmp/x.html', false],
  ])('%s', (_what, url, allowed) => {
    expect(markersAllowedOn(url)).toBe(allowed);
  });
});

describe('names and categories', () => {
  test('every warned outlet reads with its registry name and category (else: node scripts/outlet-names.mjs)', () => {
    const byId = new Map(outlets.map((o) => [o.id, o]));
    const warned = Object.entries(hosts).filter(([, [policy]]) => policy === 'warn').map(([id]) => id);
    expect(warned.length).toBeGreaterThan(100);
    const wrong = warned.filter((id) => outletName(id) !== byId.get(id)?.name || outletCategory(id) !== byId.get(id)?.category);
    expect(wrong).toEqual([]);
  });

  test('the names file belongs to this hosts.json (else: node scripts/outlet-names.mjs)', () => {
    const warned = Object.entries(hosts).filter(([, [policy]]) => policy === 'warn').map(([id]) => id);
    const file = JSON.parse(readFileSync(join(__dirname, 'outlet-names.json'), 'utf8')) as { checksum: string; names: unknown[] };
    expect([file.checksum, file.names.length]).toEqual([checksum(warned), warned.length]);
  });

  test.each([
    ['voice-of-europe', 'Voice of Europe'],
    ['agence-de-presse-x', 'Agence de Presse X'],
    ['al-jazeera', 'Al Jazeera'],
    ['rt', 'Rt'],
  ])('prettyId(%s)', (id, name) => {
    expect(prettyId(id)).toBe(name);
  });

  test('the title names the outlet and its category in words', () => {
    const t = (k: string, s?: string | string[]) => (s === undefined ? `#${k}` : `${k}(${[s].flat().join('|')})`);
    expect(markerTitle({ outletId: 'rt', name: 'RT', category: 'state-controlled' }, t)).toBe('linkMarkerTitle(RT|#category_state_controlled)');
    expect(markerTitle({ outletId: 'x', name: 'X', category: 'covert-network' }, (k, s) => (s ? `${k}(${[s].flat().join('|')})` : k))).toBe('linkMarkerTitle(X|covert network)');
  });
});
