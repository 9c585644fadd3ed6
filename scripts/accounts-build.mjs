#!/usr/bin/env node
// Regenerates src/data/accounts.json, the outlets' official platform accounts, from the shared source data:
//
//   node scripts/accounts-build.mjs /path/to/shared/registry
//
// Reads social/candidates.csv (accounts already cross-checked between the lists below and the outlets' own pages)
// and src/data/own-page-accounts.json (the accounts the outlets' own saved pages publish, written by
// scripts/accounts-own-pages.mjs), and keeps an account only with two independent counting sources (O outlet's own
// page, H Hamilton 2.0, W the Wikidata-derived X list) or the outlet's own page alone. An O letter counts only with
// its evidence in own-page-accounts.json (the page and where on it); an own-page account the candidates lack joins
// with the H and W letters its files give it. C (CANIS, licence unclear) and M (the State Media
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

/** The counting sources and the names shown with an account. O's name is the page it was found on (ownPageName). */
const SOURCES = {
  H: 'Hamilton 2.0 account list (Alliance for Securing Democracy, 2024-12-02)',
  W: 'X accounts of news organisations with their Wikidata items (ru-ua-news-discourse-twitter, 2024-04-07)',
};
/** The accounts the outlets' own pages publish, with the page and where on it (the O letter's evidence). */
const ownPages = JSON.parse(fs.readFileSync(path.join(OUT, 'own-page-accounts.json'), 'utf8'));
const keyOf = (platform, ref) => (ref.id !== undefined ? `${platform} id ${ref.id}` : `${platform} @ ${ref.handle.toLowerCase()}`);
const ownPage = new Map();
for (const a of ownPages.accounts) {
  const k = keyOf(a.platform, a);
  if (ownPage.has(k)) throw new Error(`own-page-accounts.json: ${k} is on the pages of ${ownPage.get(k).outlet} and ${a.outlet}`);
  ownPage.set(k, a);
}

const and = (words) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);
const PLACE_WORDS = { header: 'header', menu: 'menu', footer: 'footer', follow: 'follow-block' };
/** The O source's name as readers see it: "rt.com's own page (JSON-LD sameAs, header and footer links)". */
function ownPageName(evidence) {
  const byHost = new Map();
  for (const e of evidence) byHost.set(e.page, [...new Set([...(byHost.get(e.page) ?? []), ...e.where])]);
  return [...byHost]
    .map(([host, where]) => {
      const links = Object.keys(PLACE_WORDS).filter((w) => where.includes(w)).map((w) => PLACE_WORDS[w]);
      const parts = [where.includes('sameAs') ? 'JSON-LD sameAs' : '', where.includes('rel-me') ? 'rel=me link' : '', links.length ? `${and(links)} links` : ''].filter(Boolean);
      return `${host}'s own page (${parts.join(', ')})`;
    })
    .join('; ');
}

/**
 * Letters candidates.csv lacks though the file holds the account under the same outlet (checked by hand: the row's
 * name is the outlet's; Global Times' YouTube UCO9SfFMUHEeMXt1EKIcN1oA is in Hamilton too, but H alone is one source); the script checks each is still in its file before adding it.
 */
const ADDED_LETTERS = [
  { key: 'x:irna_1313', letter: 'W', why: 'x_news_accounts.csv: irna_1313, Q649695 "Islamic Republic News Agency"' },
];

/**
 * candidates.csv roles → ours. Language and regional accounts, desks and breaking-news feeds are editions; an
 * own-page link whose text names a product ("RT Play") is that edition. No account here is a 'person' or 'show':
 * Hamilton 2.0 lists presenters and shows (Afshin Rattansi, Going Underground, Worlds Apart …), but none of them has
 * a second counting source (the X news accounts list holds organisations only, and no saved own page links them).
 */
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
const refOf = (platform, account) => (platform === 'youtube' && UC.test(account) ? { id: account } : { handle: account });
// Own-page accounts the candidates lack join them as rows of their own, with the letters their files give them.
const listed = candidates.length;
const candidateKeys = new Set(candidates.map((c) => keyOf(c.platform, refOf(c.platform, c.account))));
for (const o of ownPages.accounts) {
  if (candidateKeys.has(keyOf(o.platform, o))) continue;
  const label = o.evidence.map((e) => e.label).find(Boolean);
  const account = o.handle ?? o.id;
  const inH = hamilton.has(`${o.platform}:${account.toLowerCase()}`);
  const inW = o.platform === 'x' && wikidataX.has(account.toLowerCase());
  candidates.push({ outlet_id: o.outlet, platform: o.platform, account, x_numeric_id: '', role: label ? `edition (${label})` : 'main', sources: ['O', inH ? 'H' : '', inW ? 'W' : ''].join(' ') });
}
const accounts = [];
const rejected = [];
for (const c of candidates) {
  const letters = new Set(c.sources.split(/\s+/).filter((l) => l === 'O' || l === 'H' || l === 'W'));
  const key = `${c.platform}:${c.account.toLowerCase()}`;
  const own = ownPage.get(keyOf(c.platform, refOf(c.platform, c.account)));
  if (own && own.outlet !== c.outlet_id) throw new Error(`${key}: candidates.csv says ${c.outlet_id}, the own page ${own.outlet} (${own.evidence[0].case})`);
  if (own) letters.add('O');
  else if (letters.has('O')) { console.warn(`O without own-page evidence: ${key}`); letters.delete('O'); }
  for (const add of ADDED_LETTERS.filter((a) => a.key.toLowerCase() === key)) {
    const inFile = add.letter === 'H' ? hamilton.has(key) : wikidataX.has(c.account.toLowerCase());
    if (!inFile) throw new Error(`ADDED_LETTERS: ${add.key} is no longer in its file (${add.why})`);
    letters.add(add.letter);
  }
  if (letters.has('H') && !hamilton.has(key)) { console.warn(`H not found in Hamilton: ${key}`); letters.delete('H'); }
  if (letters.has('W') && (c.platform !== 'x' || !wikidataX.has(c.account.toLowerCase()))) { console.warn(`W not found: ${key}`); letters.delete('W'); }
  if (!(letters.has('O') || letters.size >= 2)) { rejected.push(key); continue; }
  const a = { outlet: c.outlet_id, platform: c.platform };
  Object.assign(a, refOf(c.platform, c.account));
  if (c.platform === 'x') {
    const id = c.x_numeric_id || wikidataX.get(c.account.toLowerCase());
    if (id) a.id = id;
  }
  a.role = roleOf(c.role);
  // "edition (Russian)" → "Russian"; a bare "edition" says nothing more.
  const edition = c.role.replace(/^edition(?: \((.*)\))?$/, '$1');
  if (a.role === 'edition' && edition) a.edition = edition;
  a.sources = ['O', 'H', 'W'].filter((l) => letters.has(l)).map((l) => ({ key: l, name: l === 'O' ? ownPageName(own.evidence) : SOURCES[l] }));
  accounts.push(a);
}
const sortKey = (a) => `${a.platform}\u0000${a.outlet}\u0000${(a.handle ?? a.id).toLowerCase()}`;
accounts.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
// One account a line: a data change is a one-line diff.
fs.writeFileSync(path.join(OUT, 'accounts.json'), `[\n${accounts.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`);
for (const f of ['Hamilton_Account_List2024.LICENSE', 'x_news_accounts.LICENSE']) fs.copyFileSync(path.join(SOCIAL, f), path.join(OUT, f));
const byPlatform = {};
for (const a of accounts) byPlatform[a.platform] = (byPlatform[a.platform] ?? 0) + 1;
console.log(`accounts.json: ${accounts.length} of ${listed} candidates and ${candidates.length - listed} further own-page accounts, ${new Set(accounts.map((a) => a.outlet)).size} outlets`, byPlatform, `(${rejected.length} without two counting sources)`);
