#!/usr/bin/env node
// An experiment behind the README's performance notes, not a target: how much of the digest's cost is the moment
// it runs at. Times src/content/digest.ts's readDigest and the floor (one TreeWalker pass) in a fresh isolated
// world of corpus pages (plain headless Chromium, no extension), (a) right after the page's load event, each on its
// own fresh load, and (b) on a page that has settled (the same load, after other runs). Prints medians.
//   node scripts/bench/digest-cold.mjs [--pages SUBSTRING] [--reps N]
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { routeKey } from '../page-server.mjs';
import { corpusCases } from './corpus.mjs';
import { httpsUrl, startHttpsServer } from './https-server.mjs';
import { median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const value = (name, def) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def);
const only = value('--pages', '');
const reps = Number(value('--reps', 3));

const built = await esbuild.build({ absWorkingDir: root, entryPoints: [join(root, 'scripts/bench/digest-entry.ts')], bundle: true, format: 'iife', globalName: '__plDigest', target: ['chrome120'], minify: true, write: false, logLevel: 'warning' });
const source = `${built.outputFiles[0].text}\nglobalThis.__plDigest = __plDigest; 0;`;
const cases = corpusCases(root).filter((c) => (only ? c.name.includes(only) : c.expect?.kind !== 'state-media' && c.expect?.kind !== 'republished'));
const routes = Object.fromEntries(cases.map((c) => [routeKey(c.url), c.file]));
const server = await startHttpsServer(routes);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: [`--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`, '--ignore-certificate-errors', '--no-sandbox'] });
let world = 0;
async function inFreshWorld(page, cdp, fn) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `pl-digest-${++world}` });
  await cdp.send('Runtime.evaluate', { expression: source, contextId: executionContextId });
  return (await cdp.send('Runtime.evaluate', { expression: `__plDigest.${fn}()`, contextId: executionContextId, returnByValue: true })).result.value;
}
const got = { digestAfterLoad: [], floorAfterLoad: [], digestSettled: [], floorSettled: [] };
try {
  const ctx = await browser.newContext();
  for (const c of cases) {
    for (let r = 0; r < reps; r++) {
      for (const fn of ['digest', 'floor']) {
        const page = await ctx.newPage();
        const cdp = await ctx.newCDPSession(page);
        await page.goto(httpsUrl(c.url), { waitUntil: 'load' });
        got[`${fn}AfterLoad`].push(await inFreshWorld(page, cdp, fn));
        await page.waitForTimeout(300);
        for (let i = 0; i < 2; i++) await inFreshWorld(page, cdp, fn); // let the page settle
        got[`${fn}Settled`].push(await inFreshWorld(page, cdp, fn));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${cases.length} pages × ${reps}, ms (median): digest right after load ${median(got.digestAfterLoad).toFixed(2)}, settled ${median(got.digestSettled).toFixed(2)}; floor right after load ${median(got.floorAfterLoad).toFixed(2)}, settled ${median(got.floorSettled).toFixed(2)}`);
