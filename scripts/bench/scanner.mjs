// Scanner side of `npm run bench`: per page, the scanner's full scanHtml() against parsing the page plus
// Readability.parse() in the same Node DOM (linkedom), alternating in one process; then throughput and peak
// memory of one `scan` process over the whole corpus folder.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

/** Bundles scanner-entry.ts into root/.tmp/bench (packages stay external, resolved from root/node_modules). */
async function loadEntry(root) {
  const outdir = join(root, '.tmp', 'bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `scanner-entry-${process.pid}.mjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'scripts/bench/scanner-entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    packages: 'external',
    define: { __BROWSER__: '"node"' },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * @param {{root: string, cases: {name: string, url: string, file: string}[], reps: number}} o
 */
export async function benchScanner({ root, cases, reps }) {
  const m = await loadEntry(root);
  const pages = [];
  for (const c of cases) {
    const bytes = readFileSync(c.file);
    // one warm-up of each, then alternate so drift and GC fall on both sides alike
    m.baseline(bytes, c.file);
    m.scanHtml(bytes, c.url, c.file);
    const base = [], parse = [], read = [], scan = [];
    const ph = { parse: [], extract: [], language: [], analyze: [] };
    for (let i = 0; i < reps; i++) {
      const b = m.baseline(bytes, c.file);
      base.push(b.parse + b.readability);
      parse.push(b.parse);
      read.push(b.readability);
      const t = performance.now();
      m.scanHtml(bytes, c.url, c.file);
      scan.push(performance.now() - t);
      const p = m.phases(bytes, c.url, c.file);
      for (const k of Object.keys(ph)) ph[k].push(p[k]);
    }
    const row = {
      page: c.name,
      kb: Math.round(bytes.length / 1024),
      parseMs: median(parse),
      readabilityMs: median(read),
      baselineMs: median(base),
      scanMs: median(scan),
      phases: Object.fromEntries(Object.entries(ph).map(([k, v]) => [k, median(v)])),
    };
    row.ratio = row.scanMs / row.baselineMs;
    pages.push(row);
  }
  const sumScan = pages.reduce((s, p) => s + p.scanMs, 0);
  const sumBase = pages.reduce((s, p) => s + p.baselineMs, 0);
  const worst = pages.reduce((w, p) => (p.ratio > w.ratio ? p : w), pages[0]);
  return {
    pages,
    medianRatio: median(pages.map((p) => p.ratio)),
    totalRatio: sumScan / sumBase,
    worst: { page: worst.page, ratio: worst.ratio, scanMs: worst.scanMs, baselineMs: worst.baselineMs },
    throughput: throughput(root),
  };
}

/** One `provenance-lens scan DIR` process, as a user runs it: wall time, pages per second, peak RSS. */
export function throughput(root, dir = join(root, 'test/corpus')) {
  const script = `
    const t0 = performance.now();
    const { run } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/node/cli.mjs')).href)});
    const t1 = performance.now();
    let pages = 0;
    const code = run(['scan', ${JSON.stringify(dir)}, '--format', 'jsonl'], (s) => { pages += s.split('\\n').length; }, () => {});
    const t2 = performance.now();
    console.log(JSON.stringify({ code, pages, loadMs: t1 - t0, scanMs: t2 - t1, maxRssKb: process.resourceUsage().maxRSS }));
  `;
  // make sure dist/node/cli.mjs is current (the launcher rebuilds it when src/ is newer)
  spawnSync(process.execPath, [join(root, 'bin/provenance-lens.mjs'), '--help'], { cwd: root, stdio: 'ignore' });
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scanner throughput run failed: ${r.stderr}`);
  const o = JSON.parse(r.stdout.trim().split('\n').pop());
  return {
    pages: o.pages,
    startupMs: o.loadMs,
    scanMs: o.scanMs,
    pagesPerSecond: o.pages / ((o.loadMs + o.scanMs) / 1000),
    pagesPerSecondWarm: o.pages / (o.scanMs / 1000),
    peakRssMb: o.maxRssKb / 1024,
  };
}
