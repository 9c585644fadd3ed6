#!/usr/bin/env node
// Screenshots of the popup (light, dark, German) and the options page, from the sample verdicts in src/ui/samples.ts,
// in headless Chromium with the built extension loaded: each sample verdict is stored into storage.session from the
// service worker under a made-up tab id, and popup.html?tab=<id> is opened as a page. Writes docs/*.png.
//
//   node scripts/screenshots.mjs              build, then shoot
//   node scripts/screenshots.mjs --no-build   shoot dist/chrome as it is
//
// Other scripts can reuse the pieces (launchWithExtension, storeVerdict, shootPopup, loadSamples), e.g. for banner
// screenshots of a page served at its own address.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension as launchShared } from './chromium-extension.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EXT = join(ROOT, 'dist', 'chrome');
export const DOCS = join(ROOT, 'docs');
const POPUP_WIDTH = 380; // body.popup in static/ui.css

/** The sample verdicts, compiled from src/ui/samples.ts. */
export async function loadSamples() {
  const out = await esbuild.build({ entryPoints: [join(ROOT, 'src/ui/samples.ts')], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** A private copy of the built extension, so a rebuild of dist/ (which deletes it first) cannot pull files away mid-run. */
export function snapshotExtension(from = EXT) {
  const dir = mkdtempSync(join(tmpdir(), 'pl-ext-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Chromium with the extension loaded (default dist/chrome), in a throw-away profile; see chromium-extension.mjs. */
export function launchWithExtension({ dark = false, lang = 'en-GB', args = [], ext = EXT } = {}) {
  return launchShared({ ext, dark, lang, args });
}

export async function storeVerdict(sw, tabId, verdict) {
  await sw.evaluate(([key, value]) => chrome.storage.session.set({ [key]: value }), [`verdict:${tabId}`, verdict]);
}

export async function storeSettings(sw, settings) {
  await sw.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/** Opens popup.html?tab=<id> at the popup's width, waits for the render, writes a full-height PNG. Returns the render time. */
export async function shootPopup(ctx, extId, tabId, file, { open = [] } = {}) {
  const page = await ctx.newPage();
  try {
    await page.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await page.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
    await page.waitForSelector('#app[data-rendered="true"]', { state: 'attached', timeout: 30_000 });
    for (const selector of open) await page.evaluate((s) => document.querySelectorAll(s).forEach((d) => d.setAttribute('open', '')), selector);
    const ms = await page.evaluate(() => Number(document.getElementById('app').getAttribute('data-render-ms')));
    await page.screenshot({ path: file, fullPage: true });
    return ms;
  } finally {
    await page.close();
  }
}

export async function shootOptions(ctx, extId, file) {
  const page = await ctx.newPage();
  try {
    await page.setViewportSize({ width: 760, height: 900 });
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.waitForSelector('#app[data-rendered="true"]', { state: 'attached', timeout: 30_000 });
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.close();
  }
}

/** What main() shoots: per run a name (file suffix), the colour scheme, the browser language, [sample, <details> to open][] and the options page. */
const RUNS = [
  { name: 'light', dark: false, lang: 'en-GB', shots: [['republished', ['.sanctions']], ['stateMedia'], ['cites'], ['informational'], ['publicMedia'], ['translateProxy'], ['edition']], options: true },
  { name: 'dark', dark: true, lang: 'en-GB', shots: [['republished', ['.sanctions']], ['stateMedia']], options: true },
  { name: 'de', dark: false, lang: 'de', shots: [['republished', ['.sanctions']], ['cites']], options: true },
];

const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

async function main() {
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
  mkdirSync(DOCS, { recursive: true });
  const samples = (await loadSamples()).SAMPLES;
  const ext = snapshotExtension();
  const written = [];
  try {
    for (const run of RUNS) await shootRun(run, samples, ext, written);
  } finally {
    rmSync(ext, { recursive: true, force: true });
  }
  console.log(written.join('\n'));
}

/** One browser run (scheme and language): its popup shots, then the options page. Appends what it wrote to `written`. */
async function shootRun(run, samples, ext, written) {
  const b = await launchWithExtension({ dark: run.dark, lang: run.lang, ext });
  try {
    let tabId = 1000;
    for (const [sample, open = []] of run.shots) {
      tabId++;
      await storeVerdict(b.sw, tabId, samples[sample]);
      const file = join(DOCS, `popup-${kebab(sample)}-${run.name}.png`);
      const ms = await shootPopup(b.ctx, b.extId, tabId, file, { open });
      written.push(`${file.slice(ROOT.length + 1)} (render ${ms} ms)`);
    }
    if (run.options) {
      const file = join(DOCS, `options-${run.name}.png`);
      await storeSettings(b.sw, { version: 1, neverOnSites: ['example.org', 'news.example.com'], dismissed: ['https://a.example/1'] });
      await shootOptions(b.ctx, b.extId, file);
      written.push(file.slice(ROOT.length + 1));
    }
  } finally {
    await b.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
