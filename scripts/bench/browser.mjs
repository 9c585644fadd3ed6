// Browser side of `npm run bench`: the built extension in headless Chromium over every corpus page, served at
// its real https address (https-server.mjs + --host-resolver-rules). Per page load: the content script's phase
// measures (performance.measure "provenance-lens:<phase>", which Chromium puts on the page's own timeline, so the
// main world reads them: no reporting channel in the product), long tasks (a PerformanceObserver installed in the
// main world before the page's own scripts), then in the same page the floor (one TreeWalker pass over all text
// nodes) and the naive cost (Readability.parse() on a clone), both from page-harness.ts, each run in a fresh
// isolated world as a content script runs (the targets' figures) and in the page's main world (for reference).
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../chromium-extension.mjs';
import { routeKey } from '../page-server.mjs';
import { httpsUrl, startHttpsServer } from './https-server.mjs';
import { max, median } from './stats.mjs';

/**
 * Phases that run on the page's main thread, in the content script (src/content/index.ts): start (evaluating the
 * script), gate (reading the digest), markers, extract (serialising the page), post (handing each message to the
 * browser, which copies it on this thread), banner. analyze is the wait for the
 * background (gate, extraction, language, analysis run there, off the page's thread); its own time is reported apart.
 */
export const MAIN_THREAD_PHASES = ['start', 'gate', 'markers', 'extract', 'post', 'banner'];
const ALL_PHASES = ['start', 'gate', 'markers', 'extract', 'post', 'analyze', 'background', 'banner'];

export const LONG_TASKS_INIT = `(() => {
  const list = [];
  Object.defineProperty(window, '__plLongTasks', { value: list });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) list.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

async function harnessSource(root) {
  const r = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'scripts/bench/page-harness.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__plBench',
    target: ['chrome120'],
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  // Evaluated as a script through the DevTools protocol (page CSP does not apply): publish the global explicitly.
  return `${r.outputFiles[0].text}\nglobalThis.__plBench = __plBench; 0;`;
}

export async function launch(root, port) {
  const ext = join(root, 'dist', 'chrome');
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error('dist/chrome is missing: run node build.mjs');
  const b = await launchWithExtension({
    ext,
    viewport: { width: 1280, height: 900 },
    args: [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`, '--ignore-certificate-errors'],
  });
  await b.ctx.addInitScript(LONG_TASKS_INIT);
  return { ...b, version: b.ctx.browser()?.version() ?? null };
}

const DONE = () => performance.getEntriesByName('provenance-lens:banner').length > 0;

let worldSeq = 0;

/**
 * Runs one harness function in a fresh isolated world of the page's main frame, as a content script runs: the
 * page's own scripts have not touched that world, so each DOM interface it reads is met for the first time there
 * (wrappers and prototypes are made per world). The harness is evaluated first, untimed.
 */
async function inFreshWorld(cdp, frameId, harness, fn) {
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: `pl-bench-${++worldSeq}` });
  await cdp.send('Runtime.evaluate', { expression: harness, contextId: executionContextId });
  const r = await cdp.send('Runtime.evaluate', { expression: `globalThis.__plBench.${fn}()`, contextId: executionContextId, returnByValue: true });
  return r.result?.value ?? null;
}

/**
 * One load of one page: the extension's measures and long tasks, then the floor and the naive cost, k times each,
 * both as a content script would pay them (each in a fresh isolated world: the figures the targets use) and in the
 * page's own main world (warm: the page's scripts have met most DOM interfaces there), for reference.
 */
async function loadOnce(b, harness, url, k) {
  const page = await b.ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const done = await page.waitForFunction(DONE, null, { timeout: 20_000, polling: 50 }).then(() => true, () => false);
    await page.waitForTimeout(50); // lets the long-task observer deliver
    await page.evaluate(harness);
    const obs = await page.evaluate(() => globalThis.__plBench.observed());
    const cdp = await b.ctx.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const floors = [];
    const naive = [];
    const floorsMain = [];
    const naiveMain = [];
    for (let i = 0; i < k; i++) floors.push(await inFreshWorld(cdp, frameTree.frame.id, harness, 'floor'));
    for (let i = 0; i < k; i++) naive.push(await inFreshWorld(cdp, frameTree.frame.id, harness, 'naive'));
    for (let i = 0; i < k; i++) floorsMain.push(await page.evaluate(() => globalThis.__plBench.floor()));
    for (let i = 0; i < k; i++) naiveMain.push(await page.evaluate(() => globalThis.__plBench.naive()));
    await cdp.detach().catch(() => {});
    const phase = {};
    for (const m of obs.measures) phase[m.name] = (phase[m.name] ?? 0) + m.duration;
    // A long task is the extension's when it overlaps one of its main-thread phases.
    const ours = obs.measures.filter((m) => MAIN_THREAD_PHASES.includes(m.name));
    const longTasks = obs.longTasks.filter((t) => ours.some((m) => t.start < m.start + m.duration && m.start < t.start + t.duration));
    const ms = (rows, key) => median(rows.filter(Boolean).map((r) => r[key]));
    return {
      done,
      phase,
      longestPhase: max([0, ...ours.map((m) => m.duration)]),
      longestLongTask: max([0, ...longTasks.map((t) => t.duration)]),
      floorMs: ms(floors, 'ms'),
      floorMainMs: floorsMain[0]?.ms ?? NaN,
      floorMainWarmMs: median(floorsMain.slice(1).map((f) => f.ms)),
      textNodes: floorsMain[0]?.textNodes ?? 0,
      readabilityMs: ms(naive, 'parseMs'),
      readabilityMainMs: naiveMain[0]?.parseMs ?? NaN,
      readabilityMainWarmMs: median(naiveMain.slice(1).map((n) => n.parseMs)),
      cloneMs: ms(naive, 'cloneMs'),
      page,
    };
  } catch (e) {
    await page.close().catch(() => {});
    throw e;
  }
}

/** The tab id the background stored this page's verdict under (storage.session "verdict:<tab>"). */
async function tabIdOf(b, url) {
  const all = await b.sw.evaluate(() => chrome.storage.session.get(null));
  for (const [key, v] of Object.entries(all ?? {})) {
    const m = /^verdict:(\d+)$/.exec(key);
    if (m && v?.url === url) return Number(m[1]);
  }
  return null;
}

async function popupRender(b, tabId) {
  const popup = await b.ctx.newPage();
  try {
    await popup.goto(`chrome-extension://${b.extId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('#app[data-rendered="true"]', { state: 'attached', timeout: 10_000 });
    return Number(await popup.getAttribute('#app', 'data-render-ms'));
  } finally {
    await popup.close();
  }
}

/** Where the content script must not run, or must stop at the gate. */
async function scopeChecks(b, servedRoutes) {
  const out = [];
  const article = (brand) => `<!doctype html><html lang="en"><head><title>Talks resume - ${brand}</title></head><body><article><h1>Talks resume</h1>${'<p>The ministry said on Monday that the talks would resume next week, according to officials familiar with the plans.</p>'.repeat(12)}</article></body></html>`;
  servedRoutes['bench-frame.example/outer'] = { body: `<!doctype html><html><head><title>Outer</title></head><body><p>Outer page.</p><iframe src="https://www.rt.com/bench-inner"></iframe></body></html>` };
  servedRoutes['www.rt.com/bench-inner'] = { body: article('RT') };
  servedRoutes['shop.bench.example/cart'] = { body: `<!doctype html><html lang="en"><head><title>Your cart</title></head><body><nav><a href="/">Home</a> <a href="/help">Help</a></nav><form><label>Quantity <input name="q" value="1"></label><button>Check out</button></form></body></html>` };
  servedRoutes['links.bench.example/media'] = { body: `<!doctype html><html lang="en"><head><title>Media links</title></head><body><nav><a href="/">Home</a> <a href="/tv">TV guide: BBC, CNN, RT, France 24</a></nav><ul><li>Weather</li><li>Sport</li></ul></body></html>` };
  const measuresOf = (target) => target.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('provenance-lens:')).map((m) => m.name.slice(16)));

  // 1. an iframe holding an outlet's article: the top frame runs, the frame does not.
  {
    const page = await b.ctx.newPage();
    await page.goto('https://bench-frame.example/outer', { waitUntil: 'load' });
    await page.waitForFunction(DONE, null, { timeout: 20_000, polling: 50 }).catch(() => {});
    await page.waitForTimeout(1_500);
    const frame = page.frames().find((f) => f.url().includes('bench-inner'));
    const inner = frame ? await measuresOf(frame) : ['(frame not loaded)'];
    out.push({ check: 'iframe with an outlet article: nothing in the frame', pass: inner.length === 0, seen: inner.join(', ') || 'no measures' });
    await page.close();
  }
  // 2. non-http(s) pages: data: and file: URLs with an article naming RT.
  for (const [what, url] of [
    ['data: URL', `data:text/html,${encodeURIComponent(article('RT'))}`],
    ['file: URL', (() => {
      const f = join(mkdtempSync(join(tmpdir(), 'pl-bench-file-')), 'page.html');
      writeFileSync(f, article('RT'));
      return `file://${f}`;
    })()],
  ]) {
    const page = await b.ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1_500);
    const seen = await measuresOf(page);
    out.push({ check: `${what}: nothing runs`, pass: seen.length === 0, seen: seen.join(', ') || 'no measures' });
    await page.close();
  }
  // 3. pages without article-like content: the gate only.
  for (const [what, url] of [
    ['a shopping cart (no article)', 'https://shop.bench.example/cart'],
    ['a link page naming RT in its menu (no article)', 'https://links.bench.example/media'],
  ]) {
    const page = await b.ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(DONE, null, { timeout: 20_000, polling: 50 }).catch(() => {});
    const seen = await measuresOf(page);
    out.push({ check: `${what}: nothing beyond the gate`, pass: seen.includes('gate') && !seen.includes('extract'), seen: seen.join(', ') || 'no measures' });
    await page.close();
  }
  return out;
}

/**
 * @param {{root: string, cases: {name: string, file: string, url: string, expect: object}[], reps: number, k: number, log?: (s: string) => void}} o
 */
export async function benchBrowser({ root, cases, reps, k = 3, log = () => {} }) {
  const routes = {};
  for (const c of cases) routes[routeKey(c.url)] = c.file;
  const server = await startHttpsServer(routes);
  const harness = await harnessSource(root);
  const b = await launch(root, server.port);
  try {
    // Warm-up: the first page of a fresh browser pays for loading the extension's scripts.
    if (cases[0]) (await loadOnce(b, harness, httpsUrl(cases[0].url), 1)).page.close();
    const pages = [];
    const popup = [];
    for (const [i, c] of cases.entries()) {
      const url = httpsUrl(c.url);
      const runs = [];
      for (let r = 0; r < reps; r++) {
        const run = await loadOnce(b, harness, url, k);
        if (r === 0 && popup.length < 5 && isStateMedia(c) && run.done) {
          const tabId = await tabIdOf(b, url);
          if (tabId !== null) popup.push(await popupRender(b, tabId).catch(() => NaN));
        }
        await run.page.close();
        delete run.page;
        runs.push(run);
      }
      const phase = Object.fromEntries(ALL_PHASES.map((p) => [p, median(runs.map((r) => r.phase[p] ?? (p === 'gate' ? NaN : 0)))]));
      const mainThread = median(runs.map((r) => MAIN_THREAD_PHASES.reduce((s, p) => s + (r.phase[p] ?? 0), 0)));
      const row = {
        page: c.name,
        state: isStateMedia(c),
        done: runs.every((r) => r.done),
        gateOpen: runs.some((r) => 'extract' in r.phase),
        phase,
        contentScriptMs: mainThread,
        floorMs: median(runs.map((r) => r.floorMs)),
        floorMainMs: median(runs.map((r) => r.floorMainMs)),
        floorMainWarmMs: median(runs.map((r) => r.floorMainWarmMs)),
        readabilityMs: median(runs.map((r) => r.readabilityMs)),
        readabilityMainMs: median(runs.map((r) => r.readabilityMainMs)),
        readabilityMainWarmMs: median(runs.map((r) => r.readabilityMainWarmMs)),
        cloneMs: median(runs.map((r) => r.cloneMs)),
        textNodes: runs[0]?.textNodes ?? 0,
        longestPhaseMs: max(runs.map((r) => r.longestPhase)),
        longestLongTaskMs: max(runs.map((r) => r.longestLongTask)),
      };
      row.floorRatio = row.contentScriptMs / row.floorMs;
      row.readabilityRatio = row.contentScriptMs / row.readabilityMs;
      row.floorMainRatio = row.contentScriptMs / row.floorMainMs;
      row.readabilityMainRatio = row.contentScriptMs / row.readabilityMainMs;
      pages.push(row);
      log(`  ${String(i + 1).padStart(3)}/${cases.length} ${c.name}: content script ${row.contentScriptMs.toFixed(2)} ms, floor ${row.floorMs.toFixed(2)} ms, Readability ${row.readabilityMs.toFixed(1)} ms${row.done ? '' : ' (content script did not finish)'}`);
    }
    const scope = await scopeChecks(b, routes);
    return { chromium: b.version, pages, popupRenderMs: popup, scope };
  } finally {
    await b.close().catch(() => {});
    await server.close();
  }
}

/** The corpus cases whose expected verdict is the outlet's own page or its article republished. */
export function isStateMedia(c) {
  return c.expect?.kind === 'state-media' || c.expect?.kind === 'republished';
}
