// Checks every regex literal in src/**/*.ts(x) (tests aside) with recheck for super-linear backtracking: a page is
// hostile input. Prints one row per literal that is not 'safe' and exits 1 when one of them is not in ALLOWED below.
// A script, not a test: recheck takes about 30 s on the whole tree (its fuzzer on the Unicode patterns).
// Usage: npm run audit:regex [-- --all]   (--all prints every literal with its status and check time)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';
import { checkSync } from 'recheck';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Fixed seed and limits, so two runs give the same answers. */
const CONFIG = { randomSeed: 42, timeout: 30_000, checker: 'auto' };

/**
 * Literals left as they are because their input is bounded: file, pattern source, bound, worst time measured there.
 * Flags and line numbers are left out on purpose (a line moves with every edit).
 */
const ALLOWED = [
  {
    file: 'src/core/signals/attribution-line.ts',
    source: "^[\\p{L}][\\p{L}\\s.'’-]{1,30},\\s*[\\p{L}\\p{N}\\s.]{1,25}$",
    bound: 'p ≤ 60 characters (datelinePrefix returns before for longer)',
    reason: 'anchored, under 0.01 ms at 60 characters',
  },
  {
    file: 'src/core/signals/attribution-line.ts',
    source: "^([\\p{Lu}][\\p{L}\\s.'’-]{1,30}(?:,\\s*[\\p{L}\\p{N}\\s.]{1,20})?)\\s+[—–-]\\s+$",
    bound: 'before ≤ DATELINE_SPAN (120) characters, white space collapsed',
    reason: 'anchored, 0.11 ms at 120 characters with tab runs (which the collapse removes)',
  },
  {
    file: 'src/core/brands/find.ts',
    source: '(?:vaccin\\p{L}*|vaccine|vakzin\\p{L}*|impfstoff\\p{L}*|szczepionk\\p{L}*|vacuna\\p{L}*|vacina\\p{L}*|vakcín\\p{L}*|očkovac\\p{L}*|вакцин\\p{L}*|препарат\\p{L}*|satellit\\p{L}*|satélite|спутник\\p{L}*|covid\\p{L}*)[\\s\\u00a0«»"“”„\'‘’:-]*$',
    bound: 'the 40 characters before a "Sputnik" hit',
    reason: 'under 0.001 ms at 40 characters',
  },
  {
    file: 'src/core/signals/outlet-credit.ts',
    source: "([\\p{L}][\\p{L}.'’ -]{0,40}?)\\s*\\/\\s*$",
    bound: 'the 80 characters before a brand hit, and only when they end with "/"',
    reason: 'up to 0.02 ms at 80 characters',
  },
  {
    file: 'src/core/text/source-words.ts',
    source: '^(.{1,40}?)\\s*(?:[:：]|\\s[-–—]\\s|\\s(?:at|on|auf|sur|en|su|em|в|на|bei|chez|in)\\s)\\s*(.{1,80})$',
    bound: 'c ≤ 120 characters (isSourceAnchor returns before for longer)',
    reason: 'anchored, under 0.001 ms at 120 characters',
  },
];

function sourceFiles(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function literals(path) {
  const code = readFileSync(path, 'utf8');
  const ast = swc.parseSync(code, { syntax: 'typescript', tsx: path.endsWith('.tsx') });
  // swc's spans count on across parseSync calls, and the module's span starts at its first token (after the leading
  // comments): base is where byte 0 of this file sits in that count.
  const base = ast.span.start - Buffer.byteLength(code.slice(0, code.length - code.replace(/^(?:\s+|\/\/[^\n]*|\/\*[^]*?\*\/)*/, '').length));
  const found = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'RegExpLiteral') {
      const line = Buffer.from(code).subarray(0, node.span.start - base).toString().split('\n').length;
      found.push({ pattern: node.pattern, flags: node.flags, line });
    }
    for (const key in node) if (key !== 'span') visit(node[key]);
  };
  visit(ast);
  return found;
}

const all = process.argv.includes('--all');
const started = performance.now();
let count = 0;
const rows = [];
let failed = 0;
for (const path of sourceFiles(join(ROOT, 'src'))) {
  const file = relative(ROOT, path).split('\\').join('/');
  for (const { pattern, flags, line } of literals(path)) {
    count++;
    const t = performance.now();
    const r = checkSync(pattern, flags, CONFIG);
    const ms = Math.round(performance.now() - t);
    const allowed = ALLOWED.find((a) => a.file === file && a.source === pattern);
    const verdict = r.status === 'safe' ? 'safe' : allowed ? 'allowed' : 'FAIL';
    if (verdict === 'FAIL') failed++;
    if (verdict !== 'safe' || all) {
      rows.push([verdict, `${file}:${line}`, r.status, r.complexity?.summary ?? '', `${ms} ms`, `/${pattern.length > 70 ? `${pattern.slice(0, 70)}…` : pattern}/${flags}`]);
    }
  }
}
for (const a of ALLOWED) {
  if (!rows.some((r) => r[0] === 'allowed' && r[1].startsWith(`${a.file}:`) && r[5].startsWith(`/${a.source.slice(0, 70)}`))) {
    console.log(`note: allowed, but not flagged in this run: ${a.file} /${a.source.slice(0, 60)}/`);
  }
}
const widths = rows.reduce((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
console.log(`${count} regex literals, ${failed} failing, ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
