#!/usr/bin/env node
// Regenerates src/data/accounts.json, the outlets' official platform accounts, from the shared source data:
//
//   node scripts/accounts-build.mjs /path/to/shared/registry
//
// Reads social/candidates.csv (accounts already cross-checked between the lists below and the outlets' own pages)
// and keeps an account only with two independent counting sources (O outlet's own page, H Hamilton 2.0, W the
// Wikidata-derived X list) or the outlet's own page alone. C (CANIS, licence unclear) and M (the State Media
// Matrix, whose social columns are full of copied and swapped cells) are leads, never sources. Every H and W letter
// is checked against its file here, so a letter the candidates file got wrong cannot label an account.
// A maintenance tool: not part of the build or the tests (the tests check the file it writes).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'data');
const shared = process.argv[2];
if (!shared) {
  console.error('usage: node scripts/accounts-build.mjs /path/to/shared/registry');
  process.exit(2);
}
const SOCIAL = path.join(shared, 'social');

/** The counting sources and the names shown with an account. O's name depends on the outlet (OWN_PAGE). */
const SOURCES = {
  H: 'Hamilton 2.0 account list (Alliance for Securing Democracy, 2024-12-02)',
  W: 'X accounts of news organisations with their Wikidata items (ru-ua-news-discourse-twitter, 2024-04-07)',
};
/** Where each outlet's own page lists its accounts (the O letter). */
const OWN_PAGE = {
  rt: "rt.com's own JSON-LD sameAs links",
  sputnik: "sputniknews.com's own header and footer links",
};

/**
 * Letters candidates.csv lacks though the file holds the account under the same outlet (checked by hand: the row's
 * name is the outlet's; Global Times' YouTube UCO9SfFMUHEeMXt1EKIcN1oA is in Hamilton too, but H alone is one source); the script checks each is still in its file before adding it.
 */
const ADDED_LETTERS = [
  { key: 'x:irna_1313', letter: 'W', why: 'x_news_accounts.csv: irna_1313, Q649695 "Islamic Republic News Agency"' },
];

/** candidates.csv roles → ours. Language and regional accounts, desks and breaking-news feeds are editions. */
function roleOf(raw) {
  if (/^(main|old main)\b/.test(raw) || raw === 'Belteleradio') return 'outlet';
  return 'edition';
}

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h.replace(/^\uFEFF/, '').trim(), (r[i] ?? '').trim()])));
}

const read = (f) => parseCsv(fs.readFileSync(path.join(SOCIAL, f), 'utf8'));
const candidates = read('candidates.csv');
const wikidataX = new Map(read('x_news_accounts.csv').map((r) => [r.handle.toLowerCase(), r.x_numeric_id]));
const HAMILTON_COLUMN = { x: 'Twitter ID', facebook: 'Facebook ID', youtube: 'YouTube ID', instagram: 'Instagram ID', tiktok: 'TikTok', telegram: 'Telegram ID' };
const hamilton = new Set();
for (const r of read('Hamilton_Account_List2024.csv')) {
  for (const [platform, col] of Object.entries(HAMILTON_COLUMN)) {
    const v = (r[col] ?? '').trim().replace(/^@/, '');
    if (v) hamilton.add(`${platform}:${v.toLowerCase()}`);
  }
}

const UC = /^UC[A-Za-z0-9_-]{22}$/;
const accounts = [];
const rejected = [];
for (const c of candidates) {
  const letters = new Set(c.sources.split(/\s+/).filter((l) => l === 'O' || l === 'H' || l === 'W'));
  const key = `${c.platform}:${c.account.toLowerCase()}`;
  for (const add of ADDED_LETTERS.filter((a) => a.key.toLowerCase() === key)) {
    const inFile = add.letter === 'H' ? hamilton.has(key) : wikidataX.has(c.account.toLowerCase());
    if (!inFile) throw new Error(`ADDED_LETTERS: ${add.key} is no longer in its file (${add.why})`);
    letters.add(add.letter);
  }
  if (letters.has('H') && !hamilton.has(key)) { console.warn(`H not found in Hamilton: ${key}`); letters.delete('H'); }
  if (letters.has('W') && (c.platform !== 'x' || !wikidataX.has(c.account.toLowerCase()))) { console.warn(`W not found: ${key}`); letters.delete('W'); }
  if (!(letters.has('O') || letters.size >= 2)) { rejected.push(key); continue; }
  const a = { outlet: c.outlet_id, platform: c.platform };
  if (c.platform === 'youtube' && UC.test(c.account)) a.id = c.account;
  else a.handle = c.account;
  if (c.platform === 'x') {
    const id = c.x_numeric_id || wikidataX.get(c.account.toLowerCase());
    if (id) a.id = id;
  }
  a.role = roleOf(c.role);
  // "edition (Russian)" → "Russian"; a bare "edition" says nothing more.
  const edition = c.role.replace(/^edition(?: \((.*)\))?$/, '$1');
  if (a.role === 'edition' && edition) a.edition = edition;
  a.sources = ['O', 'H', 'W'].filter((l) => letters.has(l)).map((l) => ({ key: l, name: l === 'O' ? OWN_PAGE[c.outlet_id] ?? 'the outlet\'s own site' : SOURCES[l] }));
  accounts.push(a);
}
const sortKey = (a) => `${a.platform}\u0000${a.outlet}\u0000${(a.handle ?? a.id).toLowerCase()}`;
accounts.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
// One account a line: a data change is a one-line diff.
fs.writeFileSync(path.join(OUT, 'accounts.json'), `[\n${accounts.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`);
for (const f of ['Hamilton_Account_List2024.LICENSE', 'x_news_accounts.LICENSE']) fs.copyFileSync(path.join(SOCIAL, f), path.join(OUT, f));
const byPlatform = {};
for (const a of accounts) byPlatform[a.platform] = (byPlatform[a.platform] ?? 0) + 1;
console.log(`accounts.json: ${accounts.length} of ${candidates.length} candidates, ${new Set(accounts.map((a) => a.outlet)).size} outlets`, byPlatform, `(${rejected.length} without two counting sources)`);
