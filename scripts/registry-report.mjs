#!/usr/bin/env node
// npm run registry:report — counts of the bundled registry per category, policy and country, and the outlets
// that lack a source: no reference, no typology source, or neither domains nor aliases to find them by.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'data');
const outlets = JSON.parse(fs.readFileSync(path.join(DATA, 'outlets.json'), 'utf8'));
const reposters = JSON.parse(fs.readFileSync(path.join(DATA, 'reposters.json'), 'utf8'));

// The policy rule itself (src/core/registry/policy.ts), bundled for Node, so the report and the extension agree.
const ROOT = path.resolve(DATA, '..', '..');
const policyModule = path.join(ROOT, '.tmp', 'registry-report-policy.mjs');
await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['src/core/registry/policy.ts'], bundle: true, platform: 'node', format: 'esm', outfile: policyModule, logLevel: 'warning' });
const { policyOf: policyRule } = await import(pathToFileURL(policyModule).href);

function count(key) {
  const counts = new Map();
  for (const o of outlets) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

function table(title, rows) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => String(k).length));
  for (const [k, n] of rows) console.log(`  ${String(k).padEnd(width)}  ${String(n).padStart(4)}`);
}

const policyOf = Object.fromEntries(outlets.filter((o) => o.domains.length).map((o) => [o.id, policyRule(o)]));
const domains = outlets.reduce((n, o) => n + o.domains.length, 0);
console.log(`${outlets.length} outlets, ${domains} domains, ${reposters.length} reported reposting sites`);
table('Per category', count((o) => o.category));
table('Per policy', count((o) => policyOf[o.id] ?? '(no domains)'));
table('Per country', count((o) => o.country));

const problems = [
  ['no reference', (o) => !o.references?.length || o.references.some((r) => !r.url)],
  ['neither a typology source nor a sanction (classified on their references alone)', (o) => !o.typology?.source && !o.sanctions.length],
  ['no domains', (o) => !o.domains.length],
];
for (const [label, test] of problems) {
  const hits = outlets.filter(test).map((o) => o.id);
  console.log(`\nOutlets with ${label}: ${hits.length}`);
  if (hits.length) console.log(`  ${hits.join(', ')}`);
}
