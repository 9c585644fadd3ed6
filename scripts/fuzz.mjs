#!/usr/bin/env node
// npm run fuzz -- --minutes N: the fuzz test (test/fuzz.test.ts) on random seeds for N minutes (default 5, at most
// 600), then, for each failure, the command that replays it and the line to add to test/fuzz/seeds.json's
// regressions. Random seeds run only here, never in npm test.
//
// Against hangs (a page that never returns cannot be timed from inside): Jest is stopped when it runs 10 minutes past
// its time, and the page it was on is reported as the failure. Wall time serves only this; the test's own bound is
// CPU time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--minutes');
const minutes = at >= 0 ? Number(args[at + 1]) : 5;
if (!(minutes > 0 && minutes <= 600)) {
  console.error('usage: npm run fuzz -- --minutes N   (0 < N <= 600)');
  process.exit(2);
}
const HANG_MARGIN_MS = 10 * 60_000;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const report = join(tmp, 'fuzz-report.json');
const progress = join(tmp, 'fuzz-progress.json');
rmSync(report, { force: true });
rmSync(progress, { force: true });

console.log(`fuzz: random seeds for ${minutes} minute(s)`);
const child = spawn(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'fuzz', '--maxWorkers=1', '--ci'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_MINUTES: String(minutes), FUZZ_REPORT: report, FUZZ_PROGRESS: progress, FORCE_COLOR: '0' },
});
let hung = false;
const guard = setTimeout(() => {
  hung = true;
  child.kill('SIGKILL');
}, minutes * 60_000 + HANG_MARGIN_MS);

child.on('exit', (code) => {
  clearTimeout(guard);
  const r = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { seeds: [], scanned: 0, failures: [] };
  const failures = [...r.failures];
  if (hung && existsSync(progress)) {
    const p = JSON.parse(readFileSync(progress, 'utf8'));
    failures.push({ seed: p.seed, page: p.page, from: '?', other: '?', applied: [], error: `no answer ${HANG_MARGIN_MS / 60_000} minutes past the run's end (a hang?)` });
  }
  console.log(`\nfuzz: ${r.seeds.length} random seeds, ${r.scanned} pages, ${failures.length} failure(s)${r.seeds.length ? ` (seeds: ${r.seeds.join(', ')})` : ''}`);
  for (const f of failures) {
    console.log(`\nFAILED: ${f.error.split('\n')[0]}`);
    console.log(`  replay:  FUZZ_SEED=${f.seed} FUZZ_PAGE=${f.page} npx jest --selectProjects fuzz`);
    console.log(`  pinned:  FUZZ_SEED=${f.seed} FUZZ_PAGE=${f.page} FUZZ_FROM=${f.from} FUZZ_OTHER=${f.other} npx jest --selectProjects fuzz`);
    console.log(`  seeds.json regressions: ${JSON.stringify({ seed: f.seed, page: f.page, from: f.from, other: f.other, failed: f.error.split('\n')[0].slice(0, 200) })}`);
  }
  process.exit(failures.length || hung ? 1 : (code ?? 1));
});
