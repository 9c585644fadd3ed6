// Validation of src/data/accounts.json (built by scripts/accounts-build.mjs): syntax per platform, uniqueness,
// sources, the own-page evidence behind every O source (src/data/own-page-accounts.json, written by
// scripts/accounts-own-pages.mjs from pages test/corpus holds copies of), and none of the State Media Matrix's
// known social-column errors.
import fs from 'node:fs';
import path from 'node:path';
import { outletById } from '../data';
import { lookupUrl } from '../lookup-url';
import { accountOfUrl, allAccounts, parseAccountUrl, PLATFORMS, type AccountEntry } from './index';

const accounts = allAccounts();
const DATA = path.join(__dirname, '..', '..', '..', 'data');
const CORPUS = path.join(__dirname, '..', '..', '..', '..', 'test', 'corpus');

interface OwnPageAccount {
  outlet: string;
  platform: string;
  handle?: string;
  id?: string;
  evidence: { case: string; page: string; where: string[]; label?: string }[];
}
const ownPages = JSON.parse(fs.readFileSync(path.join(DATA, 'own-page-accounts.json'), 'utf8')) as {
  pages: { case: string; outlet: string; category: string; read: boolean }[];
  accounts: OwnPageAccount[];
  rejected: { case: string; url: string; reason: string }[];
};
const sameAccount = (a: { platform: string; handle?: string; id?: string }, b: { platform: string; handle?: string; id?: string }) =>
  a.platform === b.platform && (a.id !== undefined && b.id !== undefined ? a.id === b.id : a.handle !== undefined && a.handle.toLowerCase() === b.handle?.toLowerCase());

/** Handle syntax per platform (ids: X numeric, YouTube UC…). */
const HANDLE: Record<string, RegExp> = {
  x: /^[A-Za-z0-9_]{1,15}$/,
  telegram: /^[A-Za-z][A-Za-z0-9_]{4,31}$/,
  youtube: /^(?:@[A-Za-z0-9._-]{3,30}|(?:c|user)\/[A-Za-z0-9_-]{1,100})$/,
  tiktok: /^[A-Za-z0-9_.]{2,24}$/,
  instagram: /^[A-Za-z0-9._]{1,30}$/,
  facebook: /^[A-Za-z0-9.]{5,50}$/,
  threads: /^[A-Za-z0-9._]{1,30}$/,
  bluesky: /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}$/,
  vk: /^[A-Za-z0-9_.]{2,32}$/,
  ok: /^[A-Za-z0-9_.]{2,50}$/,
  rutube: /^u\/[A-Za-z0-9_-]{2,50}$/,
};
const ID: Record<string, RegExp> = {
  x: /^\d{1,20}$/,
  youtube: /^UC[A-Za-z0-9_-]{22}$/,
  bluesky: /^did:plc:[a-z2-7]{24}$/,
  vk: /^club\d{1,12}$/,
  ok: /^(?:group|profile)\/\d{1,20}$/,
  rutube: /^\d{1,12}$/,
};
const name = (a: AccountEntry) => `${a.platform}:${a.handle ?? a.id}`;

test('the file is sorted by platform, outlet, handle', () => {
  const key = (a: AccountEntry) => `${a.platform}\u0000${a.outlet}\u0000${(a.handle ?? a.id)!.toLowerCase()}`;
  const keys = accounts.map(key);
  expect(keys).toEqual([...keys].sort());
});

test.each(accounts.map((a) => [name(a), a] as const))('%s: syntax, outlet, role, sources', (_, a) => {
  expect(PLATFORMS.map((p) => p.platform)).toContain(a.platform);
  expect(a.handle !== undefined || a.id !== undefined).toBe(true);
  if (a.handle !== undefined) expect(a.handle).toMatch(HANDLE[a.platform]!);
  if (a.id !== undefined) expect(a.id).toMatch(ID[a.platform] ?? /^$/);
  expect(outletById(a.outlet)).not.toBeNull();
  expect(['outlet', 'edition', 'show', 'person']).toContain(a.role);
  // Two independent counting sources, or the outlet's own site; C (CANIS) and M (the matrix) never count.
  const keys = a.sources.map((s) => s.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const s of a.sources) {
    expect(['O', 'H', 'W']).toContain(s.key);
    expect(s.name.length).toBeGreaterThan(10);
  }
  expect(keys.includes('O') || keys.length >= 2).toBe(true);
  // The platform's own path rules read the account's address back to this entry.
  const m = accountOfUrl(`https://${PLATFORMS.find((p) => p.platform === a.platform)!.address(a.handle !== undefined ? { handle: a.handle } : { id: a.id! })}`);
  expect(m?.entry).toBe(a);
});

/** Handles each platform's path rules accept (good) and turn away (bad); the syntax table above must agree. */
const SAMPLES: Record<string, { good: string[]; bad: string[] }> = {
  x: { good: ['RT_com', 'a', 'Granma_Digital'], bad: ['this_is_too_long_for_x', 'RT.com', '@RT_com'] },
  telegram: { good: ['periodicogranma', 'rtnews', 'A1234'], bad: ['abc', 'abcd', '1rtnews', 'rt-news', `a${'b'.repeat(32)}`] },
  youtube: { good: ['@CGTN', '@a.b-c_d', 'c/SputnikInternational', 'user/RussiaToday'], bad: ['@ab', 'CGTN', 'watch', 'c/bad.name'] },
  tiktok: { good: ['peoplesdaily', 'cgtn.official', 'ab'], bad: ['a', 'has-dash', `a${'b'.repeat(24)}`] },
  instagram: { good: ['rt', 'dailynews_tz', 'cctv.chinese'], bad: ['has-dash', `a${'b'.repeat(30)}`] },
  facebook: { good: ['RTnews', 'anadoluajansi', 'some.page'], bad: ['abcd', 'has_underscore', 'has-dash'] },
  vk: { good: ['rt_international', 'videonews'], bad: ['a', 'has-dash'] },
  ok: { good: ['rtnews'], bad: ['a', 'has-dash'] },
  rutube: { good: ['u/rtnews'], bad: ['rtnews', 'u/a'] },
};
const TEMPLATE: Record<string, (h: string) => string> = {
  x: (h) => `https://x.com/${h}`,
  telegram: (h) => `https://t.me/s/${h}`,
  youtube: (h) => `https://www.youtube.com/${h}`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  instagram: (h) => `https://www.instagram.com/${h}/`,
  facebook: (h) => `https://www.facebook.com/${h}`,
  vk: (h) => `https://vk.com/${h}`,
  ok: (h) => `https://ok.ru/${h}`,
  rutube: (h) => `https://rutube.ru/${h}/`,
};
describe.each(Object.entries(SAMPLES))('handle syntax on %s agrees with its path rules', (platform, { good, bad }) => {
  test.each(good)('%s is a handle', (h) => {
    expect(h).toMatch(HANDLE[platform]!);
    expect(parseAccountUrl(TEMPLATE[platform]!(h))).toEqual({ platform, handle: h });
  });
  test.each(bad)('%s is not', (h) => {
    expect(h).not.toMatch(HANDLE[platform]!);
    expect(parseAccountUrl(TEMPLATE[platform]!(h))?.handle).not.toBe(h);
  });
});

test('unique per platform: handles case-insensitively, ids exactly', () => {
  const seen = new Set<string>();
  for (const a of accounts) {
    for (const k of [a.handle !== undefined ? `${a.platform} @${a.handle.toLowerCase()}` : null, a.id !== undefined ? `${a.platform} #${a.id}` : null]) {
      if (!k) continue;
      expect(seen.has(k) ? k : null).toBeNull();
      seen.add(k);
    }
  }
});

test('none of the matrix errors: copied Sputnik Armenia account, Instagram handles in the X column, bots', () => {
  for (const a of accounts) {
    if (/sputnik.?armenia/i.test(a.handle ?? '')) expect(outletById(a.outlet)?.name).toMatch(/Armenia/);
    expect(a.handle ?? '').not.toMatch(/bot$/i);
  }
  // Instagram handles the matrix put in X cells (RT's "rt", CGTN's "cgtn", RT France's "rtfrance" …).
  const MATRIX_INSTAGRAM_IN_X = ['rt', 'cgtn', 'rtfrance', 'rtarabic_ru', 'cgtn_africa', 'chinaxinhuanews', 'cctv.chinese', 'rt_documentary', 'ria_novosti', '1tv', 'tvrussia'];
  const x = new Set(accounts.filter((a) => a.platform === 'x').map((a) => a.handle!.toLowerCase()));
  for (const h of MATRIX_INSTAGRAM_IN_X) expect(x.has(h) ? h : null).toBeNull();
  // No X handle is one of the listed Instagram handles of the same outlet, unless the outlet's own page lists both
  // (Anadolu's header links x.com/anadoluajansi and instagram.com/anadoluajansi).
  const own = (a: AccountEntry) => a.sources.some((s) => s.key === 'O');
  for (const a of accounts.filter((i) => i.platform === 'instagram')) {
    expect(accounts.some((b) => b.platform === 'x' && b.outlet === a.outlet && b.handle!.toLowerCase() === a.handle!.toLowerCase() && !(own(a) && own(b))) ? a.handle : null).toBeNull();
  }
});

describe("the outlets' own pages (O)", () => {
  test.each(accounts.filter((a) => a.sources.some((s) => s.key === 'O')).map((a) => [name(a), a] as const))('%s: its evidence is in own-page-accounts.json', (_, a) => {
    const own = ownPages.accounts.find((o) => sameAccount(o, a));
    expect(own?.outlet).toBe(a.outlet);
    expect(own!.evidence.length).toBeGreaterThan(0);
    // The name readers see names the page it was found on.
    for (const e of own!.evidence) expect(a.sources.find((s) => s.key === 'O')!.name).toContain(`${e.page}'s own page`);
  });

  test.each(ownPages.accounts.map((o) => [`${o.platform}:${o.handle ?? o.id}`, o] as const))('%s: listed with O, found on its outlet\'s own page', (_, o) => {
    const listed = accounts.find((a) => sameAccount(a, o));
    expect(listed?.sources.map((s) => s.key)).toContain('O');
    for (const e of o.evidence) {
      expect(e.where.length).toBeGreaterThan(0);
      for (const w of e.where) expect(['sameAs', 'rel-me', 'header', 'footer', 'menu', 'follow']).toContain(w);
      // The case is one of the project's corpus pages, served from the outlet's own domain (an edition's host names
      // the edition), and the page does publish the account's address.
      const c = JSON.parse(fs.readFileSync(path.join(CORPUS, e.case, 'case.json'), 'utf8')) as { url: string };
      const where = lookupUrl(c.url);
      expect(where.match?.outlet.id).toBe(o.outlet);
      expect(where.site.account).toBeUndefined();
      expect(new URL(c.url).hostname.replace(/^www\./, '')).toBe(e.page);
      const html = fs.readFileSync(path.join(CORPUS, e.case, 'page.html'), 'utf8').toLowerCase();
      expect(html).toContain(`/${(o.platform === 'youtube' && o.id ? `channel/${o.id}` : o.handle!).toLowerCase()}`);
    }
  });

  test('no link the script turned away (share intents, article bodies, other people\'s JSON-LD) names a listed account', () => {
    expect(ownPages.rejected.length).toBeGreaterThan(0);
    for (const r of ownPages.rejected) expect([r.url, accountOfUrl(`https://${r.url}`)]).toEqual([r.url, null]);
  });

  test('only state outlets\' own pages were read: public broadcasters and formally private media are not', () => {
    for (const p of ownPages.pages) {
      expect(p.read).toBe(['state-controlled', 'captured-public', 'covert-network', 'propaganda-outlet'].includes(p.category));
      expect(outletById(p.outlet)?.category).toBe(p.category);
    }
    const read = new Set(ownPages.pages.filter((p) => p.read).map((p) => p.case));
    for (const o of ownPages.accounts) for (const e of o.evidence) expect(read.has(e.case)).toBe(true);
  });
});

test('no share intent or reserved path became an account', () => {
  for (const a of accounts) {
    expect(a.handle ?? '').not.toMatch(/^(?:intent|share|sharer|joinchat|addstickers|dialog|plugins)$|\.php$|^@/i);
  }
});

test('the source lists travel with their licences', () => {
  for (const f of ['Hamilton_Account_List2024.LICENSE', 'x_news_accounts.LICENSE']) expect(fs.readFileSync(path.join(DATA, f), 'utf8')).toMatch(/MIT/);
  const licences = fs.readFileSync(path.join(DATA, 'LICENSES.md'), 'utf8');
  for (const f of ['accounts.json', 'own-page-accounts.json', 'Hamilton_Account_List2024.LICENSE', 'x_news_accounts.LICENSE']) expect(licences).toContain(`\`${f}\``);
});
