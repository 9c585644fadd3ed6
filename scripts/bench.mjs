#!/usr/bin/env node
// npm run bench: what the extension and the scanner cost, measured on this machine over the whole corpus.
//   node scripts/bench.mjs [--json] [--reps N] [--k N] [--pages SUBSTRING] [--no-build] [--browser-only] [--scanner-only] [--feed-only] [--check]
// Prints a table of medians and the worst page, the ratios of the issue's targets with PASS/FAIL, bundle sizes,
// the popup's render time, the feed's cost on a 1,000-post timeline (reps runs) and the scanner's throughput;
// --json prints the same as one JSON object. --check exits 1 when a target fails. --feed-only runs the timeline
// alone. Browser: headless Chromium with dist/chrome (built first unless --no-build).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBrowser, isStateMedia } from './bench/browser.mjs';
import { corpusCases } from './bench/corpus.mjs';
import { benchScanner } from './bench/scanner.mjs';
import { benchTimeline, summarizeTimeline } from './bench/timeline.mjs';
import { bundleSizes } from './bench/sizes.mjs';
import { max, median } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : def;
};
const json = flag('--json');
const reps = Number(value('--reps', 3));
const k = Number(value('--k', 3));
const only = value('--pages', '');
const log = json ? () => {} : (s) => process.stderr.write(`${s}\n`);

/** The issue's budgets. */
export const TARGETS = {
  notStateMedianFloorRatio: 2,
  notStateWorstFloorRatio: 5,
  stateReadabilityRatio: 1.25,
  longTaskMs: 50,
  contentGzipKb: 60,
  scannerRatio: 1.25,
  /** Issue 13: main-thread time of the feed per appended post (median over batches) and its longest task. */
  feedPerPostMs: 0.05,
  feedLongestMs: 16,
};

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? '?';
  let chromium = null;
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* no browser */
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return { cpu, cores: cpus().length, memoryGb: +(totalmem() / 2 ** 30).toFixed(1), freeGb: +(freemem() / 2 ** 30).toFixed(1), node: process.version, chromium, loadAverage: load };
}

function summarizeBrowser(b) {
  const ok = b.pages.filter((p) => p.done);
  const notState = ok.filter((p) => !p.state);
  const state = ok.filter((p) => p.state);
  const worstBy = (rows, key) => rows.reduce((w, p) => (!w || p[key] > w[key] ? p : w), null);
  const phaseMedians = (rows) => Object.fromEntries(['start', 'gate', 'markers', 'extract', 'post', 'analyze', 'background', 'banner'].map((ph) => [ph, median(rows.map((p) => p.phase[ph] ?? 0))]));
  const group = (rows, ratioKey) => ({
    pages: rows.length,
    gateOpen: rows.filter((p) => p.gateOpen).length,
    phases: phaseMedians(rows),
    contentScriptMs: median(rows.map((p) => p.contentScriptMs)),
    floorMs: median(rows.map((p) => p.floorMs)),
    floorMainMs: median(rows.map((p) => p.floorMainMs)),
    readabilityMs: median(rows.map((p) => p.readabilityMs)),
    readabilityMainMs: median(rows.map((p) => p.readabilityMainMs)),
    medianRatio: median(rows.map((p) => p[ratioKey])),
    medianMainRatio: median(rows.map((p) => p[`${ratioKey.replace('Ratio', '')}MainRatio`])),
    worstMainRatio: max(rows.map((p) => p[`${ratioKey.replace('Ratio', '')}MainRatio`])),
    worst: (() => {
      const w = worstBy(rows, ratioKey);
      return w && { page: w.page, ratio: w[ratioKey], contentScriptMs: w.contentScriptMs, floorMs: w.floorMs, readabilityMs: w.readabilityMs };
    })(),
  });
  const longest = worstBy(ok, 'longestPhaseMs');
  return {
    notStateMedia: group(notState, 'floorRatio'),
    notStateMediaGateShut: group(notState.filter((p) => !p.gateOpen), 'floorRatio'),
    stateMedia: group(state, 'readabilityRatio'),
    longestTask: {
      phaseMs: longest?.longestPhaseMs ?? NaN,
      page: longest?.page ?? null,
      longTaskMs: max([0, ...ok.map((p) => p.longestLongTaskMs)]),
      pagesWithLongTask: ok.filter((p) => p.longestLongTaskMs > 0).map((p) => p.page),
    },
    unfinished: b.pages.filter((p) => !p.done).map((p) => p.page),
    popupRenderMs: { median: median(b.popupRenderMs), runs: b.popupRenderMs },
  };
}

function targets(r) {
  const out = [];
  const t = (name, figure, limit, pass) => out.push({ target: name, figure, limit, pass });
  const b = r.browserSummary;
  if (b) {
    t('not state media: median content script / TreeWalker', b.notStateMedia.medianRatio, TARGETS.notStateMedianFloorRatio, b.notStateMedia.medianRatio <= TARGETS.notStateMedianFloorRatio);
    t('not state media: worst content script / TreeWalker', b.notStateMedia.worst?.ratio, TARGETS.notStateWorstFloorRatio, (b.notStateMedia.worst?.ratio ?? Infinity) <= TARGETS.notStateWorstFloorRatio);
    t('state media: worst content script / Readability.parse()', b.stateMedia.worst?.ratio, TARGETS.stateReadabilityRatio, (b.stateMedia.worst?.ratio ?? Infinity) <= TARGETS.stateReadabilityRatio);
    const longest = Math.max(b.longestTask.phaseMs, b.longestTask.longTaskMs);
    t('longest task caused by the extension (ms)', longest, TARGETS.longTaskMs, longest <= TARGETS.longTaskMs);
    for (const s of r.browser.scope) t(s.check, s.seen, 'none', s.pass);
    if (b.unfinished.length) t('content script finished on every page', `${b.unfinished.length} did not`, 0, false);
  }
  const content = r.sizes?.find((s) => s.file === 'content.js');
  if (content) t('content.js gzipped (KB)', content.gzip / 1024, TARGETS.contentGzipKb, content.gzip / 1024 <= TARGETS.contentGzipKb);
  if (r.feedSummary) {
    const s = r.feedSummary;
    t('feed: main thread per appended post, median of batches (ms)', s.perPostMedianMs, TARGETS.feedPerPostMs, s.perPostMedianMs <= TARGETS.feedPerPostMs);
    t('feed: longest task of ours (ms)', s.longestMs, `< ${TARGETS.feedLongestMs}`, s.longestMs < TARGETS.feedLongestMs);
    t('feed: chips right (on the expected elements, none elsewhere)', `${s.chips.right}/${s.chips.expected}${s.chips.unexpected ? `, ${s.chips.unexpected} elsewhere` : ''}`, 'all', s.chips.ok);
  }
  if (r.scanner) t('scanner time / (parse + Readability), corpus total', r.scanner.totalRatio, TARGETS.scannerRatio, r.scanner.totalRatio <= TARGETS.scannerRatio);
  return out;
}

const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function print(r) {
  const lines = [];
  const m = r.machine;
  lines.push(`Provenance Lens benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.chromium ?? 'no Chromium'}, Node ${m.node}, load average ${m.loadAverage}`);
  if (r.browserSummary) {
    const b = r.browserSummary;
    lines.push('', `Content script in headless Chromium, ${r.browser.pages.length} corpus pages × ${reps} loads (medians per page, then over pages; ms)`);
    lines.push(`${pad('group', 28)}${lpad('pages', 6)}${lpad('open', 5)}${lpad('start', 7)}${lpad('gate', 6)}${lpad('mark', 6)}${lpad('extr', 6)}${lpad('post', 6)}${lpad('banner', 7)}${lpad('total', 7)}${lpad('floor', 7)}${lpad('Readab', 8)}${lpad('ratio', 7)}   worst page (ratio)`);
    for (const [name, g, unit] of [
      ['not state media', b.notStateMedia, '× floor'],
      ['  of which gate shut', b.notStateMediaGateShut, '× floor'],
      ['state media / republished', b.stateMedia, '× Readab.'],
    ]) {
      lines.push(`${pad(name, 28)}${lpad(g.pages, 6)}${lpad(g.gateOpen, 5)}${lpad(f(g.phases.start, 2), 7)}${lpad(f(g.phases.gate, 2), 6)}${lpad(f(g.phases.markers, 2), 6)}${lpad(f(g.phases.extract, 2), 6)}${lpad(f(g.phases.post, 2), 6)}${lpad(f(g.phases.banner, 2), 7)}${lpad(f(g.contentScriptMs, 2), 7)}${lpad(f(g.floorMs, 2), 7)}${lpad(f(g.readabilityMs, 1), 8)}${lpad(f(g.medianRatio, 2), 7)}   ${g.worst ? `${g.worst.page} (${f(g.worst.ratio, 2)} ${unit})` : '-'}`);
    }
    lines.push(`(total = start + gate + markers + extract + post + banner on the page's main thread. floor = one TreeWalker pass over all text nodes and Readab. = Readability.parse() on a clone, each in a fresh isolated world as a content script runs them.`);
    lines.push(` In the page's warm main world instead: floor ${f(b.notStateMedia.floorMainMs, 2)} ms, ratio median ${f(b.notStateMedia.medianMainRatio, 2)} / worst ${f(b.notStateMedia.worstMainRatio, 2)}; Readability ${f(b.stateMedia.readabilityMainMs, 1)} ms, state-media ratio median ${f(b.stateMedia.medianMainRatio, 2)} / worst ${f(b.stateMedia.worstMainRatio, 2)}.`);
    lines.push(` Off the main thread: waiting for the background, median ${f(b.stateMedia.phases.analyze, 1)} ms on state-media pages, of which the background's own work (parse, extraction, language, analysis, wording) ${f(b.stateMedia.phases.background, 1)} ms.)`);
    lines.push(`Longest task caused by the extension: ${f(b.longestTask.phaseMs, 1)} ms (longest single phase, ${b.longestTask.page}); long tasks (≥ 50 ms) overlapping its phases: ${b.longestTask.pagesWithLongTask.length ? `${f(b.longestTask.longTaskMs, 0)} ms on ${b.longestTask.pagesWithLongTask.join(', ')}` : 'none'}`);
    lines.push(`Popup render from a stored verdict: median ${f(b.popupRenderMs.median, 1)} ms (${b.popupRenderMs.runs.map((x) => f(x, 1)).join(', ')})`);
  }
  if (r.feed) lines.push('', ...printFeed(r.feed, r.feedSummary));
  if (r.sizes) {
    lines.push('', 'Bundles (dist/chrome)', `${pad('file', 16)}${lpad('raw KB', 9)}${lpad('gzip KB', 9)}`);
    for (const s of r.sizes) lines.push(`${pad(s.file, 16)}${lpad(f(s.raw / 1024), 9)}${lpad(f(s.gzip / 1024), 9)}`);
  }
  if (r.scanner) {
    const s = r.scanner;
    const sum = (k) => s.pages.reduce((a, p) => a + p[k], 0);
    lines.push('', `Scanner (linkedom, one process, ${s.pages.length} pages, ${reps} runs each, medians)`);
    lines.push(`  per page: parse ${f(median(s.pages.map((p) => p.parseMs)), 1)} ms + Readability ${f(median(s.pages.map((p) => p.readabilityMs)), 1)} ms; full scan ${f(median(s.pages.map((p) => p.scanMs)), 1)} ms`);
    lines.push(`  corpus total: scan ${f(sum('scanMs'), 0)} ms / (parse + Readability) ${f(sum('baselineMs'), 0)} ms = ${f(s.totalRatio, 2)}; median page ratio ${f(s.medianRatio, 2)}; worst ${s.worst.page} ${f(s.worst.ratio, 2)} (${f(s.worst.scanMs, 1)} vs ${f(s.worst.baselineMs, 1)} ms)`);
    const ph = Object.keys(s.pages[0]?.phases ?? {}).map((key) => `${key} ${f(s.pages.reduce((a, p) => a + p.phases[key], 0), 0)}`);
    lines.push(`  where the scan's time goes, corpus total (ms): ${ph.join(', ')}`);
    const t = s.throughput;
    lines.push(`  throughput: ${f(t.pagesPerSecond, 1)} pages/s including start-up (${f(t.startupMs, 0)} ms), ${f(t.pagesPerSecondWarm, 1)} pages/s after it; peak memory ${f(t.peakRssMb, 0)} MB`);
  }
  lines.push('', 'Targets');
  for (const t of r.targets) lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${pad(t.target, 62)} ${typeof t.figure === 'number' ? f(t.figure, Math.abs(t.figure) < 0.1 ? 4 : 2) : t.figure}  (limit ${t.limit})`);
  return lines.join('\n');
}

function printFeed(t, s) {
  const p = t.page;
  const lines = [`Feed (1,000-post timeline): ${p.url}, ${p.posts} posts appended by the page in ${p.batches} batches of ${p.batchSize}, one every ${p.intervalMs} ms; ${p.statePosts} by state outlets or with their cards, ${p.expectedChips} chips expected`];
  lines.push(`${pad('run', 8)}${lpad('per post', 10)}${lpad('total/1000', 12)}${lpad('observe', 9)}${lpad('feed', 8)}${lpad('chips', 8)}${lpad('longest', 9)}${lpad('worst batch', 13)}${lpad('read in time', 14)}${lpad('long tasks', 12)}${lpad('chips right', 13)}`);
  for (const [i, r] of t.runs.entries()) {
    const lt = r.longTasks.length ? `${r.longTasks.length} (${r.longTasksOverlappingOurs.length} ours)` : 'none';
    lines.push(`${pad(i + 1, 8)}${lpad(f(r.perPostMedianMs, 4), 10)}${lpad(f(r.perPostTotalMs, 4), 12)}${lpad(f(r.byName['feed-observe'], 1), 9)}${lpad(f(r.byName.feed, 1), 8)}${lpad(f(r.byName['feed-chips'], 1), 8)}${lpad(f(r.longestMs, 1), 9)}${lpad(f(r.worstBatchMs, 1), 13)}${lpad(`${r.batchesReadInTime}/${r.batches}`, 14)}${lpad(lt, 12)}${lpad(`${r.chips.right}/${r.chips.expected}`, 13)}`);
  }
  lines.push(`${pad('median', 8)}${lpad(f(s.perPostMedianMs, 4), 10)}${lpad(f(s.perPostTotalMs, 4), 12)}   longest measures: ${t.runs.map((r) => `${r.longestName} ${f(r.longestMs, 1)}`).join(', ')}`);
  lines.push(`(ms; per post = the feed's measures (feed-observe + feed + feed-chips) from one batch's append to the next, / ${p.batchSize}, median over batches; total/1000 = all of them / ${p.posts}; observe, feed, chips = each measure's total over the run; longest = the longest single measure; worst batch = the most of ours between two appends; read in time = batches whose idle pass ran before the next batch came; long tasks ≥ 50 ms during the run, and how many overlap a measure of ours.)`);
  if (t.baseline) lines.push(`Without the extension: long tasks ≥ 50 ms ${t.baseline.longTasks.length ? t.baseline.longTasks.map((d) => f(d, 0)).join(', ') : 'none'}; the page's own append of ${p.batchSize} posts ${f(t.baseline.appendMedianMs, 2)} ms (median; with the extension ${f(median(t.runs.map((r) => r.appendMedianMs)), 2)} ms).`);
  return lines;
}

async function main() {
  if (!flag('--no-build') && !flag('--scanner-only')) {
    log('building (node build.mjs --bench) …');
    const b = spawnSync(process.execPath, [join(root, 'build.mjs'), '--bench'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) throw new Error('build failed');
  }
  const feedOnly = flag('--feed-only');
  const cases = feedOnly ? [] : corpusCases(root).filter((c) => !only || c.name.includes(only));
  const r = { machine: machine(), reps, cases: cases.length };
  if (!flag('--scanner-only') && !feedOnly) {
    r.sizes = bundleSizes(join(root, 'dist', 'chrome'));
    log(`browser: ${cases.length} pages × ${reps} loads …`);
    r.browser = await benchBrowser({ root, cases, reps, k, log });
    r.machine.chromium = r.browser.chromium ? `Chromium ${r.browser.chromium}` : r.machine.chromium;
    r.browserSummary = summarizeBrowser(r.browser);
  }
  if (!flag('--scanner-only')) {
    log(`feed: 1,000-post timeline × ${reps} runs …`);
    r.feed = await benchTimeline({ root, runs: reps, log });
    r.feedSummary = summarizeTimeline(r.feed);
  }
  if (!flag('--browser-only') && !feedOnly) {
    log(`scanner: ${cases.length} pages × ${reps} runs …`);
    r.scanner = await benchScanner({ root, cases, reps });
  }
  r.targets = targets(r);
  process.stdout.write(json ? `${JSON.stringify(r, null, 2)}\n` : `${print(r)}\n`);
  if (flag('--check') && r.targets.some((t) => !t.pass)) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
