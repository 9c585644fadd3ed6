#!/usr/bin/env node
// Builds the extension for Chrome and Firefox from one manifest, and the Node scanner.
//   node build.mjs            production build (minified, no source maps in the store zips)
//   node build.mjs --watch    rebuild on change, with source maps
//   node build.mjs --cli      only the Node scanner (used by bin/provenance-lens.mjs on first run)
//   node build.mjs --bench    production build whose content script writes its phase measures (npm run bench)
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliOptions, extensionOptions } from './build-options.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const bench = args.has('--bench');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export const BROWSERS = ['chrome', 'firefox'];

/** Static files copied as they are into each browser's folder. */
const STATIC = [
  ['static/popup.html', 'popup.html'],
  ['static/options.html', 'options.html'],
  ['static/ui.css', 'ui.css'],
  ['static/_locales', '_locales'],
  ['icons/icon-16.png', 'icons/icon-16.png'],
  ['icons/icon-32.png', 'icons/icon-32.png'],
  ['icons/icon-48.png', 'icons/icon-48.png'],
  ['icons/icon-128.png', 'icons/icon-128.png'],
];

/** Derives one browser's manifest from the shared manifest.json. */
export function manifestFor(browser, base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'))) {
  const m = structuredClone(base);
  m.version = pkg.version;
  if (browser === 'chrome') {
    m.background = { service_worker: base.background.service_worker };
    delete m.browser_specific_settings;
  } else {
    // Firefox runs MV3 backgrounds as event pages; a lone service_worker is an error there. Its minimum version is
    // browser_specific_settings.gecko.strict_min_version.
    m.background = { scripts: base.background.scripts };
    delete m.minimum_chrome_version;
  }
  return m;
}

const CLI_OPTIONS = cliOptions(root);

function copyStatic(browser) {
  const out = join(root, 'dist', browser);
  for (const [from, to] of STATIC) {
    const src = join(root, from);
    if (!existsSync(src)) throw new Error(`build: missing ${from}`);
    mkdirSync(dirname(join(out, to)), { recursive: true });
    cpSync(src, join(out, to), { recursive: true });
  }
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
}

export async function buildCli() {
  await esbuild.build(CLI_OPTIONS);
}

async function main() {
  if (args.has('--cli')) return buildCli();
  if (!watch) for (const b of BROWSERS) rmSync(join(root, 'dist', b), { recursive: true, force: true });
  for (const b of BROWSERS) copyStatic(b);
  if (watch) {
    const contexts = await Promise.all([...BROWSERS.map((b) => esbuild.context(extensionOptions(root, b, true, bench))), esbuild.context(CLI_OPTIONS)]);
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('watching src/ … (static files and manifest are copied at start; restart to pick up changes to them)');
    return;
  }
  await Promise.all([...BROWSERS.map((b) => esbuild.build(extensionOptions(root, b, false, bench))), buildCli()]);
  console.log(`built dist/chrome, dist/firefox and dist/node (${pkg.name} ${pkg.version})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
