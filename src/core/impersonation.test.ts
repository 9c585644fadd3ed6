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
    { where: 'publisher', text: 'DER SPIEGEL' },
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

const ident = (over: Partial<NonNullable<Parameters<typeof facts>[0]>['identity']> = {}) => ({ appName: null, websiteNames: [], logos: [], copyright: [], ...over });

test.each([
  ['the brand plus filler, claimed in og:site_name', 'https://lemonde-info.top/a', { siteName: 'Le Monde' }, 'lemonde.fr', 'filler'],
  ['the same label under another ending, claimed in og:site_name', 'https://www.washingtonpost.news/a', { siteName: 'The Washington Post' }, 'washingtonpost.com', 'same-label'],
  ['the same label, claimed in the title and the copyright line', 'https://www.washingtonpost.news/a', { title: 'Talks resume - The Washington Post', identity: ident({ copyright: ['The Washington Post'] }) }, 'washingtonpost.com', 'same-label'],
  ['a JSON-LD WebSite name on a look-alike domain no list has', 'https://sueddeutsche.work/a', { identity: ident({ websiteNames: ['Süddeutsche Zeitung'] }) }, 'sueddeutsche.de', 'same-label'],
])('claimed: %s', (_name, url, over, domain, likeness) => {
  const v = page(url, over);
  expect([v.kind, v.warn, v.impersonates?.domain, v.impersonates?.likeness, v.outlet]).toEqual(['impersonation', true, domain, likeness, null]);
  expect(v.impersonates?.listed).toBeUndefined();
});

test.each([
  ['a whole page copied to an unrelated domain (no look-alike address): its application-name alone', 'https://actu-hexagone.info/a', { identity: ident({ appName: 'Le Monde.fr' }), siteName: 'Le Monde.fr' }],
  ['the copyright holder alone, on an unrelated domain (a wire credit looks the same)', 'https://daily-reports.example/a', { identity: ident({ copyright: ['DER SPIEGEL GmbH & Co. KG'] }) }],
  ['a namesake on its own national domain (Malaysia\'s The Sun)', 'https://thesun.my/a', { siteName: 'The Sun' }],
  ['a licensed edition on a national ending', 'https://www.businessinsider.in/a', { siteName: 'Business Insider' }],
  ['a logo of another brand (press logos, a member network)', 'https://lemonde-info.top/a', { identity: ident({ logos: ['Le Monde'] }) }],
  ['a reading proxy carrying the page', 'https://12ft.io/proxy', { siteName: 'Le Monde' }],
  ['a brand in the title alone (a copy, a quote in the headline)', 'https://news.example/a', { title: 'What Le Monde gets wrong | News Example' }],
  ['the last title segment naming a brand, alone', 'https://news.example/a', { title: 'Kanzler in Kiew – DER SPIEGEL' }],
  ['an ordinary word that is a brand ("Spiegel": mirror)', 'https://www.spiegel-manufaktur.de/a', { siteName: 'Spiegel', identity: ident({ logos: ['Spiegel'] }) }],
  ['the brand on its own domain', 'https://www.lemonde.fr/a', { siteName: 'Le Monde' }],
  ['the brand on a subdomain of its own', 'https://abonnes.lemonde.fr/a', { siteName: 'Le Monde' }],
  ['a sister title of the group on its own domain', 'https://www.monde-diplomatique.fr/a', { siteName: 'Le Monde' }],
  ['a franchise\'s national edition', 'https://de.euronews.com/a', { siteName: 'Euronews' }],
  ['a syndicator naming its provider', 'https://www.msn.com/de-de/a', { siteName: 'DER SPIEGEL' }],
  ['a reading service', 'https://www.pressreader.com/germany/a', { siteName: 'Frankfurter Allgemeine Zeitung' }],
  ['a republisher keeping RT\'s site name (a republication, not a disguise)', 'https://news.example/a', { siteName: 'RT' }],
  ['a registry outlet\'s own site naming another brand', 'https://de.rt.com/a', { siteName: 'Der Spiegel' }],
])('never an impersonation: %s', (_name, url, over) => {
  expect(page(url, over).kind).not.toBe('impersonation');
});

test('every listed look-alike gets impersonation, naming the real outlet and its address', () => {
  const list = require('../data/lookalikes.json') as { domain: string; brand: string; real: string[] }[];
  const wrong = list.filter((l) => {
    const v = page(`https://${l.domain}/article/1`);
    return v.kind !== 'impersonation' || v.impersonates?.name !== l.brand || v.impersonates?.domain !== l.real[0] || !v.warn;
  });
  expect(wrong.map((l) => l.domain)).toEqual([]);
  expect(list.length).toBeGreaterThan(150);
});

test('an article\'s JSON-LD publisher alone (a syndicated copy keeps it) is no impersonation, even on a look-alike; with the site name it is', () => {
  const jsonLd = { publishers: ['The Guardian'], authors: [], urls: [] };
  expect(page('https://regional-partner.example/world/1', { jsonLd }).kind).not.toBe('impersonation');
  expect(page('https://theguardian-news.top/world/1', { jsonLd }).kind).not.toBe('impersonation');
  expect(page('https://theguardian-news.top/world/1', { jsonLd, siteName: 'The Guardian' }).impersonates?.domain).toBe('theguardian.com');
});
