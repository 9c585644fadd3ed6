// Validation of src/data/accounts.json (built by scripts/accounts-build.mjs): syntax per platform, uniqueness,
// sources, and none of the State Media Matrix's known social-column errors.
import fs from 'node:fs';
import path from 'node:path';
import { outletById } from '../data';
import { accountOfUrl, allAccounts, PLATFORMS, type AccountEntry } from './index';

const accounts = allAccounts();
const DATA = path.join(__dirname, '..', '..', '..', 'data');

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
  // No X handle is one of the listed Instagram handles of the same outlet.
  for (const a of accounts.filter((i) => i.platform === 'instagram')) {
    expect(accounts.some((b) => b.platform === 'x' && b.outlet === a.outlet && b.handle!.toLowerCase() === a.handle!.toLowerCase())).toBe(false);
  }
});

test('the source lists travel with their licences', () => {
  for (const f of ['Hamilton_Account_List2024.LICENSE', 'x_news_accounts.LICENSE']) expect(fs.readFileSync(path.join(DATA, f), 'utf8')).toMatch(/MIT/);
  const licences = fs.readFileSync(path.join(DATA, 'LICENSES.md'), 'utf8');
  for (const f of ['accounts.json', 'Hamilton_Account_List2024.LICENSE', 'x_news_accounts.LICENSE']) expect(licences).toContain(`\`${f}\``);
});
