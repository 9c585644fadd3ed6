// Fuzzing the scanner's path: mutated corpus pages (test/fuzz/mutate.ts) through scanHtml. Every page must give a
// valid verdict or an InputError ("not HTML", counted), never another exception, within a per-page time bound.
//
//   FUZZ_SEED=<n>    replay a run (the seed is printed first; a failure names its page number too)
//   FUZZ_PAGE=<i>    with FUZZ_SEED, only page i of that run
//   FUZZ_PAGES=<n>   how many pages (default 2,000)
//
// Small pages are mutated more often than big ones (about 20 ms a page against 50), to keep the stage well under
// 90 s on a 2-core machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/cli/decode';
import { scanHtml } from '../src/cli/scan-page';
import { SIGNALS } from '../src/core/signals/index';
import { isSafeUrl } from '../src/core/verdict-schema';
import { loadCases } from './corpus-cases';
import { Rng, mutate } from './fuzz/mutate';

const PAGES = Number(process.env.FUZZ_PAGES ?? 2_000);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
const ONLY = process.env.FUZZ_PAGE !== undefined ? Number(process.env.FUZZ_PAGE) : null;
// Per page: CPU time (process.cpuUsage, so other jobs on a shared machine do not count) and, against hangs, wall time.
const PAGE_CPU_BOUND_MS = 5_000;
const PAGE_WALL_BOUND_MS = 30_000;
const KINDS = new Set(['state-media', 'republished', 'cites', 'public-media', 'none']);
/** Most pages are mutations of pages up to this size (48 of the 107); one in six is any corpus page. */
const SMALL_BYTES = 60_000;
const ANY_PAGE = 1 / 6;

console.log(`fuzz: FUZZ_SEED=${SEED} (replay with FUZZ_SEED=${SEED} npx jest --selectProjects fuzz)`);

const corpus = loadCases().map((c) => ({ name: c.name, url: c.url, bytes: new Uint8Array(readFileSync(join(c.dir, 'page.html'))) }));
const small = corpus.filter((c) => c.bytes.length <= SMALL_BYTES);

// runSignals skips a detector that throws, so a page could silence a signal that way: record every such exception
// (the wrapper rethrows, so the engine behaves as it does without it).
const detectorErrors: string[] = [];
for (const s of SIGNALS) {
  const detect = s.detect;
  s.detect = (ctx) => {
    try {
      return detect(ctx);
    } catch (e) {
      detectorErrors.push(`${s.id}: ${String((e as Error)?.stack ?? e).slice(0, 400)}`);
      throw e;
    }
  };
}

/** One scan: its outcome (a histogram key, or the unexpected error) and its wall and CPU time. */
function scanOnce(bytes: Uint8Array, url: string, i: number): { outcome: string | Error; ms: number; cpuMs: number } {
  const t = performance.now();
  const cpu = process.cpuUsage();
  detectorErrors.length = 0;
  let outcome: string | Error;
  try {
    const v = scanHtml(bytes, url, `fuzz-${i}`);
    if (detectorErrors.length) throw new Error(`a signal detector threw (skipped by runSignals): ${detectorErrors[0]}`);
    if (!KINDS.has(v.kind) || v.url !== url || !Number.isFinite(v.confidence)) throw new Error(`invalid verdict: ${JSON.stringify({ kind: v.kind, url: v.url, confidence: v.confidence })}`);
    const unsafe = v.originals.filter((o) => !isSafeUrl(o.url));
    if (unsafe.length) throw new Error(`unsafe original ${JSON.stringify(unsafe[0]!.url)}`);
    outcome = `verdict: ${v.kind}`;
  } catch (e) {
    outcome = e instanceof InputError ? `InputError: ${e.message.replace(/^fuzz-\d+: /, '').replace(/\s*\(.*$/, '')}` : e instanceof Error ? e : new Error(String(e));
  }
  const used = process.cpuUsage(cpu);
  return { outcome, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1_000 };
}

interface Failure {
  page: number;
  from: string;
  applied: string[];
  error: string;
}

test(`${PAGES} mutated corpus pages through scanHtml (seed ${SEED})`, () => {
  const histogram = new Map<string, number>();
  const count = (k: string) => histogram.set(k, (histogram.get(k) ?? 0) + 1);
  const failures: Failure[] = [];
  let slowest = { ms: 0, cpuMs: 0, page: -1, from: '', applied: [] as string[], bytes: 0 };
  let busiest = { ms: 0, cpuMs: 0, page: -1, from: '', applied: [] as string[], bytes: 0 };
  const start = performance.now();
  let scanned = 0;
  for (let i = 0; i < PAGES; i++) {
    if (ONLY !== null && i !== ONLY) continue;
    // One generator per page, seeded from the run's seed and the page number: any page replays on its own.
    const rng = new Rng((SEED ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const base = rng.chance(ANY_PAGE) ? rng.pick(corpus) : rng.pick(small);
    const other = rng.pick(corpus);
    const { bytes, applied } = mutate(base.bytes, other.bytes, rng);
    // A page over a time bound is timed once more (the same page: any outcome is the same), and only the faster run
    // counts: a garbage-collector pause or a busy machine does not repeat, a slow page does.
    let run = scanOnce(bytes, base.url, i);
    if (run.cpuMs >= PAGE_CPU_BOUND_MS || run.ms >= PAGE_WALL_BOUND_MS) {
      const again = scanOnce(bytes, base.url, i);
      if (again.cpuMs < run.cpuMs) run = again;
      count('timed twice (over a bound the first time)');
    }
    const { ms, cpuMs, outcome } = run;
    if (outcome instanceof Error) {
      count('FAILED');
      failures.push({ page: i, from: base.name, applied, error: String(outcome.stack ?? outcome).slice(0, 600) });
    } else count(outcome);
    scanned++;
    if (ms > slowest.ms) slowest = { ms, cpuMs, page: i, from: base.name, applied, bytes: bytes.length };
    if (cpuMs > busiest.cpuMs) busiest = { ms, cpuMs, page: i, from: base.name, applied, bytes: bytes.length };
  }
  const total = (performance.now() - start) / 1000;
  const lines = [...histogram.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`);
  console.log(
    [
      `fuzz: FUZZ_SEED=${SEED}: ${scanned} pages in ${total.toFixed(1)} s (${((total * 1000) / Math.max(1, scanned)).toFixed(1)} ms a page)`,
      ...lines,
      `  slowest: page ${slowest.page} (${slowest.from}, ${(slowest.bytes / 1e6).toFixed(2)} MB, ${slowest.applied.join(' + ')}): ${slowest.ms.toFixed(0)} ms (CPU ${slowest.cpuMs.toFixed(0)} ms)`,
      `  most CPU: page ${busiest.page} (${busiest.from}, ${(busiest.bytes / 1e6).toFixed(2)} MB, ${busiest.applied.join(' + ')}): CPU ${busiest.cpuMs.toFixed(0)} ms (${busiest.ms.toFixed(0)} ms)`,
    ].join('\n'),
  );
  const replay = (f: Failure) => `FUZZ_SEED=${SEED} FUZZ_PAGE=${f.page} (${f.from}; ${f.applied.join(' + ')}): ${f.error}`;
  expect(failures.map(replay)).toEqual([]);
  // the seed and page in the failure message, so a slow page can be replayed
  expect({ seed: SEED, page: busiest.page, cpuMs: Math.round(busiest.cpuMs), underBound: busiest.cpuMs < PAGE_CPU_BOUND_MS }).toEqual({ seed: SEED, page: busiest.page, cpuMs: Math.round(busiest.cpuMs), underBound: true });
  expect({ seed: SEED, page: slowest.page, ms: Math.round(slowest.ms), underBound: slowest.ms < PAGE_WALL_BOUND_MS }).toEqual({ seed: SEED, page: slowest.page, ms: Math.round(slowest.ms), underBound: true });
  if (ONLY === null) expect(scanned).toBe(PAGES);
}, 600_000);
