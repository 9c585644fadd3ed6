#!/usr/bin/env node
// npm start / npm run start:firefox: build, then open a browser with the extension and the demo page.
// Without a display it says how to load the extension by hand and runs the scanner on the demo page instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeKey, servedUrl, startPageServer } from './page-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const browser = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const DEMO_URL = 'https://weltblick-nachrichten.example/2024/01/15/treffen-zwischen-putin-und-nordkoreanischem-aussenminister-nicht-ausgeschlossen-kreml-rt-russland-und-ehemalige-sowjetunion/';
const DEMO_FILE = join(root, 'demo', 'founding-example.html');

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

sh(process.execPath, [join(root, 'build.mjs')]);

const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const exe = browser === 'firefox' ? '/usr/bin/firefox-esr' : '/usr/bin/chromium';
if (!hasDisplay || !existsSync(exe)) {
  console.log(`\nNo ${hasDisplay ? browser : 'display'} available, so no browser window can be opened here.`);
  console.log('Load the built extension by hand:');
  console.log(`  Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → ${join(root, 'dist', 'chrome')}`);
  console.log(`  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${join(root, 'dist', 'firefox', 'manifest.json')}`);
  console.log(`\nMeanwhile, the command-line scanner on the demo page (${DEMO_URL}):\n`);
  sh(process.execPath, [join(root, 'bin', 'provenance-lens.mjs'), 'scan', DEMO_FILE, '--url', DEMO_URL]);
  process.exit(0);
}

const server = await startPageServer({ [routeKey(DEMO_URL)]: DEMO_FILE });
const url = servedUrl(DEMO_URL);
console.log(`Demo page served at ${url} (a local server on port ${server.port} answers for its host)`);
let child;
if (browser === 'chromium') {
  const profile = mkdtempSync(join(tmpdir(), 'provenance-lens-'));
  const ext = join(root, 'dist', 'chrome');
  child = spawn(exe, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
    `--host-resolver-rules=MAP weltblick-nachrichten.example 127.0.0.1:${server.port}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', url,
  ], { stdio: 'inherit' });
} else {
  child = spawn(join(root, 'node_modules', '.bin', 'web-ext'), [
    'run', '--source-dir', join(root, 'dist', 'firefox'), '--firefox', exe, '--start-url', url,
    '--pref', 'network.proxy.type=1', '--pref', 'network.proxy.http=127.0.0.1', '--pref', `network.proxy.http_port=${server.port}`,
    '--pref', 'network.proxy.allow_hijacking_localhost=true',
  ], { stdio: 'inherit' });
}
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
