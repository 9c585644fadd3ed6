#!/usr/bin/env node
// Screenshots of the inline banner on the founding example (test/corpus/seed-rt-de-republish), opened at its real
// address over http in headless Chromium with the built extension: the local page server answers for every host
// (--host-resolver-rules), so the content script sees the page where a reader would. Writes
//   docs/banner-light.png   English UI, light, evidence list open and one piece of evidence highlighted
//   docs/banner-dark.png    English UI, dark (prefers-color-scheme), as the reader first sees it
//   docs/banner-de.png      German UI (--lang=de), evidence list open
//   docs/banner-impersonation.png  Le Monde's page at the listed look-alike lemonde.ltd (issue 14), evidence open
// and prints the badge, the performance measures and the banner's text for each.
//
//   node scripts/banner-screenshots.mjs              build, then shoot
//   node scripts/banner-screenshots.mjs --no-build   shoot dist/chrome as it is
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './chromium-extension.mjs';
import { routeKey, servedUrl, startPageServer } from './page-server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, 'dist', 'chrome');
const DOCS = join(ROOT, 'docs');
const CASE = join(ROOT, 'test', 'corpus', 'seed-rt-de-republish');
const VIEWPORT = { width: 1100, height: 760 };

const RUNS = [
  { file: 'banner-light.png', dark: false, lang: 'en-GB', why: true, highlight: 0 },
  { file: 'banner-dark.png', dark: true, lang: 'en-GB', why: false },
  { file: 'banner-de.png', dark: false, lang: 'de', why: true },
  { file: 'banner-impersonation.png', dark: false, lang: 'en-GB', why: true, case: 'imp-fr-lemonde-ltd-listed' },
];

function launch({ dark, lang, port }) {
  return launchWithExtension({ ext: EXT, dark, lang, viewport: VIEWPORT, args: [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`] });
}

/** The banner's closed shadow root, read through the DevTools protocol: its text, and the box of each button. */
async function bannerParts(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n, pred) => (pred(n) ? n : (n.children ?? []).concat(n.shadowRoots ?? []).map((c) => find(c, pred)).find(Boolean));
    const host = find(root, (n) => n.attributes?.join('\u0000').includes('data-provenance-lens\u0000banner'));
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const text = (n) => (n.nodeName === 'STYLE' ? '' : n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(text).join(''));
    const buttons = [];
    const walk = (n) => {
      if (n.nodeName === 'BUTTON' || n.nodeName === 'A') buttons.push(n);
      (n.children ?? []).forEach(walk);
    };
    walk(shadow);
    const boxes = [];
    for (const b of buttons) {
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: b.backendNodeId }).catch(() => ({ model: null }));
      const q = model?.border;
      boxes.push({ label: text(b).trim(), x: q ? (q[0] + q[2]) / 2 : null, y: q ? (q[1] + q[5]) / 2 : null });
    }
    return { type: shadow.shadowRootType, text: text(shadow).replace(/\s+/g, ' ').trim(), buttons: boxes };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function shoot(run, url, port) {
  const b = await launch({ ...run, port });
  try {
    const page = b.ctx.pages()[0] ?? (await b.ctx.newPage());
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-provenance-lens="banner"]', { state: 'attached', timeout: 15_000 });
    let parts = await bannerParts(b.ctx, page);
    if (run.why) {
      const why = parts.buttons[0];
      await page.mouse.click(why.x, why.y);
      await page.waitForTimeout(150);
      parts = await bannerParts(b.ctx, page);
      if (run.highlight !== undefined) {
        const evidence = parts.buttons.filter((x) => !['Original', 'Dismiss', 'Why?'].includes(x.label) && !/show on this site/.test(x.label));
        const item = evidence[run.highlight] ?? evidence[0];
        if (item) {
          await page.mouse.click(item.x, item.y);
          await page.waitForTimeout(400);
          await page.evaluate(() => window.scrollTo(0, 0));
          const shown = await page.evaluate(() => (globalThis.CSS?.highlights ? `${CSS.highlights.size} highlight(s)` : 'no highlight API'));
          console.log(`  evidence "${item.label}" clicked: ${shown}`);
        }
      }
    }
    const tabBadge = await b.sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true });
      return { text: await chrome.action.getBadgeText({ tabId: tab?.id }), title: await chrome.action.getTitle({ tabId: tab?.id }) };
    });
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('provenance-lens:'))
        .map((m) => `${m.name.slice(16)} ${m.duration.toFixed(1)} ms`),
    );
    // The banner sits above the article, which on some pages is far below the top: bring it into view.
    if (run.case) await page.evaluate(() => document.querySelector('[data-provenance-lens="banner"]')?.scrollIntoView({ block: 'start' }));
    const file = join(DOCS, run.file);
    await page.screenshot({ path: file });
    console.log(`${run.file}: shadow root ${parts.type}; badge ${JSON.stringify(tabBadge)}\n  ${measures.join(', ')}\n  ${parts.text}`);
  } finally {
    await b.close();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [join(ROOT, 'build.mjs'), '--bench'], { stdio: 'inherit' }); // --bench: its log prints the phase measures
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error('no dist/chrome: run node build.mjs');
  mkdirSync(DOCS, { recursive: true });
  const addressOf = (dir) => JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')).url;
  const dirOf = (run) => (run.case ? join(ROOT, 'test', 'corpus', run.case) : CASE);
  const server = await startPageServer(Object.fromEntries(RUNS.map((run) => [routeKey(addressOf(dirOf(run))), join(dirOf(run), 'page.html')])));
  try {
    for (const run of RUNS) await shoot(run, servedUrl(addressOf(dirOf(run))), server.port);
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
