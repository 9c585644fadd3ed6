// The table of core/impersonation.ts, through analyze() (the verdict a reader sees) and claimsOf.
import { analyze } from './analyze';
import { claimsOf, listedLookalike } from './impersonation';
import { facts } from './test-kit';

const page = (url: string, over: Parameters<typeof facts>[0] = {}) => analyze(facts({ url, ...over }));

test.each([
  ['a listed look-alike', 'https://www.spiegel.ltd/ausland/a-1.html', 'spiegel.de', 'Der Spiegel'],
  ['a listed look-alike without www', 'https://bild.work/politik/1', 'bild.de', 'Bild'],
  ['a listed look-alike\'s subdomain', 'https://news.washingtonpost.pm/world/1', 'washingtonpost.com', 'The Washington Post'],
  ['a listed look-alike with a trailing dot', 'https://lemonde.ltd./idees/1', 'lemonde.fr', 'Le Monde'],
])('%s: %s imitates %s', (_name, url, domain, name) => {
  const v = page(url);
  expect([v.kind, v.warn, v.impersonates?.domain, v.impersonates?.name, v.impersonates?.likeness]).toEqual(['impersonation', true, domain, name, 'listed']);
  expect(v.outlet?.category).toBe('covert-network');
  expect(v.originals[0]).toEqual({ url: `https://${domain}/`, kind: 'canonical', label: name });
  expect(v.signals[0]!.id).toBe('lookalike-listed');
});

test.each([
  ['the real outlet', 'https://www.spiegel.de/ausland/a-1.html'],
  ['the real outlet through the Wayback Machine', 'https://web.archive.org/web/2024/https://www.spiegel.de/ausland/a-1.html'],
  ['a domain only containing a look-alike\'s name', 'https://spiegel.ltd.example.org/a'],
  ['an ordinary site', 'https://news.example/a'],
])('%s (%s): no impersonation', (_name, url) => {
  expect(page(url).kind).not.toBe('impersonation');
});

test('a registry outlet\'s own site is itself, whatever it claims', () => {
  const v = page('https://www.rt.com/news/1/', { siteName: 'Der Spiegel' });
  expect(v.kind).toBe('state-media');
});

test('claimsOf: every place the page names itself, once each, the title by its last segment', () => {
  const f = facts({
    url: 'https://x.example/',
    title: 'Kanzler in Kiew – DER SPIEGEL',
    siteName: 'DER SPIEGEL',
    jsonLd: { publishers: ['DER SPIEGEL'], authors: [], urls: [] },
    identity: { appName: null, websiteNames: ['DER SPIEGEL'], logos: ['SPIEGEL Logo'], copyright: ['DER SPIEGEL GmbH & Co. KG'] },
  });
  expect(claimsOf(f)).toEqual([
    { where: 'og:site_name', text: 'DER SPIEGEL' },
    { where: 'json-ld', text: 'DER SPIEGEL' },
    { where: 'title', text: 'DER SPIEGEL' },
    { where: 'logo', text: 'SPIEGEL Logo' },
    { where: 'copyright', text: 'DER SPIEGEL GmbH & Co. KG' },
  ]);
  expect(claimsOf(facts({ url: 'https://x.example/', title: 'No separator here' }))).toEqual([]);
});

test('the listed look-alikes: every one is found, none is its own brand\'s real domain', () => {
  const list = require('../data/lookalikes.json') as { domain: string; real: string[] }[];
  for (const l of list) {
    expect(listedLookalike(l.domain)?.domain).toBe(l.domain);
    expect(l.real).not.toContain(l.domain);
    for (const r of l.real) expect(listedLookalike(r)).toBeNull();
  }
});
