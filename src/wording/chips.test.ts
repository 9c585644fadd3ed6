// The table of wording/chips.ts, case by case, with the real registry.
import { outletById } from '../core/registry/data';
import type { AccountMatch } from '../core/registry/index';
import { catalogueTranslator } from '../i18n/catalogue';
import { defaults } from '../settings/schema';
import { accountChip, chipsFor, hostChip } from './chips';

const en = { t: catalogueTranslator('en').t, lang: 'en' };
const de = { t: catalogueTranslator('de').t, lang: 'de' };

function person(outletId: string): AccountMatch {
  const outlet = outletById(outletId)!;
  const entry = { outlet: outletId, platform: 'x' as const, handle: 'a_presenter', role: 'person' as const, sources: [{ key: 'H' as const, name: 'Hamilton 2.0' }, { key: 'W' as const, name: 'Wikidata' }] };
  return { outlet, platform: 'x', handle: 'a_presenter', role: 'person', address: 'x.com/a_presenter', entry };
}

test.each([
  ['RT\'s own account', 'x:@rt_com', 'State media · Russia'],
  ['the same account by its numeric id', 'x:#64643056', 'State media · Russia'],
  ['an edition (RT Arabic\'s breaking desk)', 'x:@rtarabic_bn', 'State media · Russia'],
  ['a look-alike handle', 'x:@rt_com_fan', null],
  ['a reserved path\'s key is never asked, and means nothing', 'x:@home', null],
  ['a malformed key', 'rt_com', null],
  ['an unknown platform', 'myspace:@rt', null],
])('account %s (%s) → %p', (_name, key, text) => {
  const r = chipsFor('x', [key], [], defaults(), en);
  expect(r.accounts[key]?.text ?? null).toBe(text);
});

test.each([
  ['rt.com', 'State media · Russia'],
  ['de.rt.com', 'State media · Russia'],
  ['sputnikglobe.com', 'State media · Russia'],
  ['www.bbc.co.uk', null], // public media: never painted as propaganda
  ['agerpres.ro', null], // informational: no warning, no chip
  ['rt.com.example.org', null],
  ['notrt.com', null],
])('link host %s → %p', (host, text) => {
  expect(hostChip(host, en)?.text ?? null).toBe(text);
});

test('German words', () => {
  expect(chipsFor('x', ['x:@rt_com'], [], defaults(), de).accounts['x:@rt_com']!.text).toBe('Staatsmedien · Russland');
});

test('the popover: the listed account with its sources, the classification with its source, the country', () => {
  const chip = chipsFor('x', ['x:@rt_com'], [], defaults(), en).accounts['x:@rt_com']!;
  expect(chip.heading).toBe('RT');
  const terms = chip.facts.map((f) => f.term);
  expect(terms).toEqual(expect.arrayContaining(['Listed account', 'Classification', 'Country']));
  const listed = chip.facts.find((f) => f.term === 'Listed account')!;
  expect(listed.value).toMatch(/^x\.com\/RT_com — .*Hamilton 2\.0/);
  expect(chip.facts.find((f) => f.term === 'Classification')!.url).toMatch(/^https:\/\//);
  expect(chip.label).toBe('RT: state-controlled media, Russia. Show details');
});

test('a person: off by default; when on, the words say who employs them, never "state media"', () => {
  expect(accountChip(person('rt'), false, en)).toBeNull();
  const chip = accountChip(person('rt'), true, en)!;
  expect(chip.text).toBe('Works for RT');
  expect(chip.text).not.toMatch(/state media/i);
  expect(chip.tone).toBe('person');
  // Someone who works for public media gets nothing, people switch or not.
  expect(accountChip(person('bbc'), true, en)).toBeNull();
});

test('the platform switched off: no chip at all, and the reply says so', () => {
  const s = defaults();
  s.platforms.x = false;
  const r = chipsFor('x', ['x:@rt_com'], ['rt.com'], s, en);
  expect(r).toEqual({ on: false, accounts: {}, hosts: {} });
  expect(chipsFor('youtube', [], ['rt.com'], s, en).hosts['rt.com']).toBeDefined();
});

test('a wrong chip is reported with the account and outlet only, never the page it was on', () => {
  const chip = chipsFor('x', ['x:@rt_com'], [], defaults(), en).accounts['x:@rt_com']!;
  const u = new URL(chip.report.url);
  expect(`${u.origin}${u.pathname}`).toBe('https://github.com/provenance-lens/provenance-lens/issues/new');
  expect(u.searchParams.get('title')).toBe('Wrong chip: x.com/RT_com');
  expect(u.searchParams.get('body')).toContain('Outlet: rt (RT)');
  expect(chip.report.url).not.toContain('home');
  expect(hostChip('rt.com', en)!.report.url).toContain('Wrong+chip%3A+rt.com');
});

test('a link to a listed look-alike: the chip says whom it imitates, the popover where the real one is', () => {
  const chip = hostChip('www.spiegel.ltd', en)!;
  expect(chip.text).toBe('Imitates Der Spiegel');
  expect(chip.facts.find((f) => f.term === 'The real one')!.value).toBe('Der Spiegel — spiegel.de');
  expect(hostChip('www.spiegel.de', en)).toBeNull();
});
