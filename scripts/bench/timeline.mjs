// The feed benchmark (issue 13): the synthetic x.com/home timeline of timeline-page.mjs at its real https address in
// headless Chromium with dist/chrome, 1,000 posts appended by the page's own script in 50 batches of 20, one every
// 100 ms (a fixed interval rather than a requestAnimationFrame chain: the content script's idle pass and the
// background's answer both fit in it, which the run checks per batch). Read from the page's timeline: the content
// script's feed measures (feed-observe, feed, feed-chips), the long tasks (browser.mjs's observer), and which
// elements own a chip. Once more without the extension, for the page's own long tasks and append time.
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../test/browsers.mjs';
import { CHROMIUM_FLAGS } from '../chromium-extension.mjs';
import { launch, LONG_TASKS_INIT } from './browser.mjs';
import { startHttpsServer } from './https-server.mjs';
import { max, median } from './stats.mjs';
import { TIMELINE, timelinePage } from './timeline-page.mjs';

export const FEED_MEASURES = ['feed-observe', 'feed', 'feed-chips'];
const URL = 'https://x.com/home';

/** Runs in the page: the run's log, our measures, long tasks, and each chip's owner against the marked elements. */
function collect() {
  const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('provenance-lens:')).map((m) => ({ name: m.name.slice(16), start: m.startTime, duration: m.duration }));
  const owners = new Map();
  let unexpected = 0;
  for (const c of document.querySelectorAll('[data-provenance-lens="chip"]')) {
    const prev = c.previousElementSibling;
    const owner = prev?.hasAttribute('data-expect-chip') || c.parentElement?.lastElementChild !== c ? prev : c.parentElement;
    if (owner?.hasAttribute('data-expect-chip')) owners.set(owner, (owners.get(owner) ?? 0) + 1);
    else unexpected++;
  }
  const expected = document.querySelectorAll('[data-feed] [data-expect-chip]').length;
  return {
    log: window.__timeline.log,
    end: performance.now(),
    measures,
    longTasks: window.__plLongTasks ?? [],
    chips: { expected, right: owners.size, twice: [...owners.values()].filter((n) => n > 1).length, unexpected },
    posts: document.querySelectorAll('[data-feed] article[data-testid="tweet"]').length,
  };
}

async function runOnce(ctx, withExtension) {
  const page = await ctx.newPage();
  try {
    await page.goto(URL, { waitUntil: 'load', timeout: 30_000 });
    // The content script's first analysis (the article path) ends with its "banner" measure: the run measures the feed alone.
    if (withExtension) await page.waitForFunction(() => performance.getEntriesByName('provenance-lens:banner').length > 0, null, { timeout: 20_000, polling: 50 }).catch(() => {});
    await page.waitForTimeout(200);
    const from = await page.evaluate(() => performance.now());
    await page.evaluate(() => window.__timeline.start());
    await page.waitForFunction(() => window.__timeline.done, null, { timeout: 120_000, polling: 100 });
    // Settled: no new measure of ours for 500 ms (the last batch's chips after the background's answer), at most 10 s.
    let last = -1;
    for (let quiet = 0, waited = 0; quiet < 5 && waited < 100; waited++) {
      await page.waitForTimeout(100);
      const n = await page.evaluate(() => performance.getEntriesByType('measure').length);
      quiet = n === last ? quiet + 1 : 0;
      last = n;
    }
    return { from, ...(await page.evaluate(collect)) };
  } finally {
    await page.close().catch(() => {});
  }
}

/** One run's figures: our time per batch window (from its append to the next one's), long tasks, chips. */
function figures(o) {
  const ours = o.measures.filter((m) => FEED_MEASURES.includes(m.name) && m.start >= o.from);
  const windows = o.log.map((b, i) => [b.at, o.log[i + 1]?.at ?? Infinity]);
  const inWindow = ([a, b]) => ours.filter((m) => m.start >= a && m.start < b);
  const perBatch = windows.map((w) => inWindow(w).reduce((s, m) => s + m.duration, 0));
  const total = ours.reduce((s, m) => s + m.duration, 0);
  const byName = Object.fromEntries(FEED_MEASURES.map((n) => [n, ours.filter((m) => m.name === n).reduce((s, m) => s + m.duration, 0)]));
  const longest = ours.reduce((w, m) => (!w || m.duration > w.duration ? m : w), null);
  const during = o.longTasks.filter((t) => t.start >= o.from);
  const overlapping = during.filter((t) => ours.some((m) => t.start < m.start + m.duration && m.start < t.start + t.duration));
  return {
    posts: o.posts,
    batches: o.log.length,
    perPostMedianMs: median(perBatch.map((ms) => ms / TIMELINE.batch)),
    perPostTotalMs: total / TIMELINE.posts,
    totalMs: total,
    byName,
    measures: ours.length,
    longestMs: longest?.duration ?? 0,
    longestName: longest?.name ?? null,
    worstBatchMs: max([0, ...perBatch]),
    // A batch is read in time when an idle pass ("feed") ran before the next batch came.
    batchesReadInTime: windows.filter((w) => inWindow(w).some((m) => m.name === 'feed')).length,
    longTasks: during.map((t) => t.duration),
    longTasksOverlappingOurs: overlapping.map((t) => t.duration),
    appendMedianMs: median(o.log.map((b) => b.appendMs)),
    chips: o.chips,
  };
}

/** The page without the extension: its own long tasks and append time, for comparison. */
async function baselineRun(port) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS, `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`, '--ignore-certificate-errors'] });
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
    await ctx.addInitScript(LONG_TASKS_INIT);
    const o = await runOnce(ctx, false);
    const f = figures(o);
    return { longTasks: f.longTasks, appendMedianMs: f.appendMedianMs, posts: f.posts };
  } finally {
    await browser.close().catch(() => {});
  }
}

/** @param {{root: string, runs?: number, baseline?: boolean, log?: (s: string) => void}} o */
export async function benchTimeline({ root, runs = 3, baseline = true, log = () => {} }) {
  const page = timelinePage(root);
  const server = await startHttpsServer({ 'x.com/home': { body: page.html } });
  try {
    const b = await launch(root, server.port);
    const out = [];
    try {
      for (let i = 0; i < runs; i++) {
        const f = figures(await runOnce(b.ctx, true));
        out.push(f);
        log(`  feed run ${i + 1}/${runs}: ${f.perPostMedianMs.toFixed(4)} ms per post (median of batches), longest ${f.longestMs.toFixed(1)} ms, chips ${f.chips.right}/${f.chips.expected}`);
      }
    } finally {
      await b.close().catch(() => {});
    }
    const base = baseline ? await baselineRun(server.port) : null;
    return { page: { url: URL, posts: page.posts, batches: page.batches, batchSize: TIMELINE.batch, intervalMs: TIMELINE.intervalMs, statePosts: page.state, expectedChips: page.expected, htmlKb: page.html.length / 1024 }, runs: out, baseline: base };
  } finally {
    await server.close();
  }
}

/** Over runs: medians of the per-post figures, the worst longest measure, chips right only when right in every run. */
export function summarizeTimeline(t) {
  const rs = t.runs;
  const chipsOk = rs.every((r) => r.chips.right === r.chips.expected && !r.chips.unexpected && !r.chips.twice);
  return {
    perPostMedianMs: median(rs.map((r) => r.perPostMedianMs)),
    perPostTotalMs: median(rs.map((r) => r.perPostTotalMs)),
    longestMs: max([0, ...rs.map((r) => r.longestMs)]),
    longTasksOverlappingOurs: rs.flatMap((r) => r.longTasksOverlappingOurs),
    chips: { right: Math.min(...rs.map((r) => r.chips.right)), expected: t.page.expectedChips, unexpected: max([0, ...rs.map((r) => r.chips.unexpected)]), ok: chipsOk },
  };
}
