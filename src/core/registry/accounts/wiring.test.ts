// A listed account's address goes the outlet's own-site way: lookupUrl's match and site.account, the gate, the
// verdict (score.ts step 1) and the site-host signal naming the account.
import { analyze } from '../../analyze';
import { addressDecides, gateOf } from '../../gate/gate';
import type { PageDigest } from '../../gate/digest';
import { facts } from '../../test-kit';
import { sanitizeVerdict } from '../../verdict-schema';
import { lookupUrl, policyOf } from '../index';
import { allAccounts, PLATFORMS } from './index';

const digest = (url: string): PageDigest => ({ url, title: '', siteName: '', h1: '', canonical: null, ogUrl: null, lang: null, mtResidue: false, hosts: [], edges: '' });

describe('lookupUrl', () => {
  test.each([
    ['https://x.com/RT_com', 'rt', 'x.com/RT_com'],
    ['https://mobile.twitter.com/rt_com/status/1790000000000000000', 'rt', 'x.com/RT_com'],
    ['https://web.archive.org/web/2024/https://twitter.com/SputnikInt', 'sputnik', 'x.com/SputnikInt'],
    ['https://www.youtube.com/user/RussiaToday/videos', 'rt', 'youtube.com/user/RussiaToday'],
    ['https://t.me/s/periodicogranma', 'granma', 't.me/periodicogranma'],
    ['https://t.me/periodicogranma/12345', 'granma', 't.me/periodicogranma'],
    ['https://web.archive.org/web/2024/https://t.me/s/periodicogranma', 'granma', 't.me/periodicogranma'],
    ['https://m.youtube.com/channel/UCCXe7yEuB8qy34HiRLp7I4A/videos', 'granma', 'youtube.com/channel/UCCXe7yEuB8qy34HiRLp7I4A'],
    ['https://www.youtube.com/user/anadoluajansi', 'anadolu', 'youtube.com/user/anadoluajansi'],
    ['https://x.com/dailynewstz', 'tanzania-standard-newspapers', 'x.com/dailynewstz'],
  ])('%s → %s (%s)', (url, outlet, address) => {
    const where = lookupUrl(url);
    expect(where.match?.outlet.id).toBe(outlet);
    expect(where.match?.matchedDomain).toBe(address);
    expect(where.site.account?.address).toBe(address);
  });

  test.each(['https://x.com/RT_com_fan', 'https://x.com/home', 'https://x.com/search?q=RT_com', 'https://www.youtube.com/watch?v=abc'])('%s: no account, no outlet', (url) => {
    const where = lookupUrl(url);
    expect(where.match).toBeNull();
    expect(where.site.account).toBeUndefined();
  });

  test('an outlet site stays a site: no account on rt.com', () => {
    expect(lookupUrl('https://www.rt.com/news/1-x/').site.account).toBeUndefined();
  });
});

test('a profile page of a listed account: state media, warn per the outlet, the account as evidence', () => {
  const v = analyze(facts({ url: 'https://x.com/RT_com', title: 'RT (@RT_com) / X' }));
  expect([v.kind, v.warn, v.outlet?.id]).toEqual(['state-media', true, 'rt']);
  expect(v.site.account).toEqual({ platform: 'x', handle: 'RT_com', role: 'outlet', address: 'x.com/RT_com' });
  expect(v.signals.find((s) => s.id === 'site-host')?.evidence).toEqual({ url: 'https://x.com/RT_com', text: 'x.com/RT_com' });
  expect(sanitizeVerdict(v).site.account).toEqual(v.site.account); // it survives storage and messages
});

test('an account of an outlet the policy only informs about gets its own-site verdict: state media, no warning', () => {
  const v = analyze(facts({ url: 'https://www.instagram.com/dailynews_tz/', title: 'Daily News (@dailynews_tz)' }));
  expect([v.kind, v.warn, v.outlet?.id]).toEqual(['state-media', false, 'tanzania-standard-newspapers']);
  expect(v.site.account).toEqual({ platform: 'instagram', handle: 'dailynews_tz', role: 'outlet', address: 'instagram.com/dailynews_tz' });
});

test('a Telegram channel from an outlet\'s own page: state media, warned about, the channel as evidence', () => {
  const v = analyze(facts({ url: 'https://t.me/s/periodicogranma', title: 'Periódico Granma – Telegram' }));
  expect([v.kind, v.warn, v.outlet?.id]).toEqual(['state-media', true, 'granma']);
  expect(v.signals.find((s) => s.id === 'site-host')?.evidence).toEqual({ url: 'https://t.me/s/periodicogranma', text: 't.me/periodicogranma' });
});

test('the gate: every listed account opens it as its outlet site does, and decides from the address when the outlet does not warn', () => {
  for (const a of allAccounts()) {
    const url = `https://${PLATFORMS.find((p) => p.platform === a.platform)!.address(a.handle !== undefined ? { handle: a.handle } : { id: a.id! })}`;
    expect([url, gateOf(digest(url))]).toEqual([url, 'site']);
    const outlet = lookupUrl(url).match!.outlet;
    expect([url, addressDecides(url)]).toEqual([url, policyOf(outlet) !== 'warn']);
  }
  expect(gateOf(digest('https://x.com/RT_com_fan'))).toBeNull();
});
