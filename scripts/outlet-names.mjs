#!/usr/bin/env node
// node scripts/outlet-names.mjs — writes src/content/outlet-names.json: the names and categories the link markers
// show for warned outlets, as small as it can be (the content script ships it): one entry per warned outlet of
// src/data/hosts.json, in that file's order, 0 where the id reads as the name ("voice-of-europe" → "Voice of
// Europe"), and categories only where they are not the usual one. `checksum` ties it to that list of ids; when
// hosts.json changes and this file is not rebuilt, the markers fall back to the ids and
// src/content/link-markers-core.test.ts fails until it is. Re-run after registry-build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'src', 'data');
const outlets = JSON.parse(fs.readFileSync(path.join(DATA, 'outlets.json'), 'utf8'));
const hosts = JSON.parse(fs.readFileSync(path.join(DATA, 'hosts.json'), 'utf8'));

// Both must agree with src/content/link-markers-core.ts (the test checks every name and the checksum).
const SMALL = new Set(['al', 'and', 'da', 'de', 'del', 'des', 'di', 'do', 'du', 'e', 'el', 'en', 'et', 'for', 'in', 'la', 'le', 'les', 'of', 'on', 'the', 'y']);
const prettyId = (id) => id.split('-').map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
function checksum(ids) {
  let h = 0x811c9dc5;
  for (const ch of ids.join(',')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}
const DEFAULT_CATEGORY = 'state-controlled';

const byId = new Map(outlets.map((o) => [o.id, o]));
const warned = Object.keys(hosts).filter((id) => hosts[id][0] === 'warn');
const names = [];
const categories = {};
for (const id of warned) {
  const o = byId.get(id);
  if (!o) throw new Error(`hosts.json names ${id}, outlets.json does not`);
  names.push(o.name === prettyId(id) ? 0 : o.name);
  if (o.category !== DEFAULT_CATEGORY) categories[id] = o.category;
}
const out = path.join(ROOT, 'src', 'content', 'outlet-names.json');
const body = { checksum: checksum(warned), defaultCategory: DEFAULT_CATEGORY, categories, names };
fs.writeFileSync(out, `${JSON.stringify(body, null, 1)}\n`);
console.log(`${path.relative(ROOT, out)}: ${warned.length} warned outlets, ${names.filter(Boolean).length} names, ${Object.keys(categories).length} categories`);
