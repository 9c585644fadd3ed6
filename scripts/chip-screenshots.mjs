#!/usr/bin/env node
// Screenshots of chips (issue 13) on platform fixtures (test/platforms/*.html, in the shape of each platform's real
// markup), opened at their platform's address in headless Chromium with the built extension. The browser's
// requests are answered from the fixture files (x.com and google.com are on Chromium's HSTS preload list, so a
// local http server alone would not be reached); everything else is refused. Writes
//   docs/chips-timeline.png   an X timeline: chips on RT's and Sputnik's posts, a quote and a card; one popover open
//   docs/chips-search.png     Google results: chips on the results that lead to state outlets
// and prints each chip's words.
//
//   node scripts/chip-screenshots.mjs              build, then shoot
//   node scripts/chip-screenshots.mjs --no-build   shoot dist/chrome as it is
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './chromium-extension.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, 'dist', 'chrome');
const DOCS = join(ROOT, 'docs');
const FIXTURES = join(ROOT, 'test', 'platforms');
const VIEWPORT = { width: 900, height: 820 };

const RUNS = [
  { fixture: 'x-home', file: 'chips-timeline.png', open: 0 },
  { fixture: 'google', file: 'chips-search.png' },
];

/** The chips' words and boxes, from their closed shadow roots (DevTools protocol, pierce). */
async function chips(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const out = [];
    const walk = (n) => {
      if (n.attributes?.join('\u0000').includes('data-provenance-lens\u0000chip')) out.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
    };
    walk(root);
    const text = (n) => (n.nodeName === 'STYLE' ? '' : n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(text).join(''));
    const rows = [];
    for (const host of out) {
      const button = host.shadowRoots?.[0]?.children?.find((c) => c.nodeName === 'BUTTON');
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: (button ?? host).backendNodeId }).catch(() => ({ model: null }));
      const q = model?.border;
      rows.push({ text: button ? text(button).trim() : '', x: q ? (q[0] + q[2]) / 2 : null, y: q ? (q[1] + q[5]) / 2 : null });
    }
    return rows;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function shoot(run) {
  const file = join(FIXTURES, `${run.fixture}.html`);
  if (!existsSync(file)) return console.log(`${run.file}: no fixture ${run.fixture}.html, skipped`);
  const html = readFileSync(file, 'utf8');
  const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)[1];
  const b = await launchWithExtension({ ext: EXT, dark: false, lang: 'en-GB', viewport: VIEWPORT });
  try {
    await b.ctx.route('**/*', (route) => {
      const r = route.request();
      if (r.isNavigationRequest() && r.url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.abort('blockedbyclient');
    });
    const page = b.ctx.pages()[0] ?? (await b.ctx.newPage());
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-provenance-lens="chip"]', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(400);
    let rows = await chips(b.ctx, page);
    if (run.open !== undefined && rows[run.open]?.x !== null) {
      await page.mouse.click(rows[run.open].x, rows[run.open].y);
      await page.waitForTimeout(300);
    }
    rows = await chips(b.ctx, page);
    await page.screenshot({ path: join(DOCS, run.file) });
    console.log(`${run.file}: ${rows.length} chips: ${rows.map((r) => r.text).join(' | ')}`);
  } finally {
    await b.close();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error('no dist/chrome: run node build.mjs');
  mkdirSync(DOCS, { recursive: true });
  for (const run of RUNS) await shoot(run);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
