// The built extension as the stores see it: web-ext lint of dist/firefox, both manifests, and the store zips.
//
// Which lint warnings are allowed: only a code known to come from bundled libraries (UNSAFE_VAR_ASSIGNMENT: Preact's
// dangerouslySetInnerHTML and Readability's innerHTML copies), and only when the warning's position in the minified
// bundle maps, through a source map, to a file under node_modules/. The source map comes from rebuilding the bundles
// in memory with build.mjs's own production options (build-options.mjs) plus a source map; that rebuild must be
// byte-identical to dist/firefox, so the positions web-ext reports are the positions the map describes. The package test runs first and rebuilds dist from the current sources
// (scripts/package.mjs runs build.mjs); a dist still older than the sources gets one more build (see sourceMaps).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
import { extensionOptions } from '../../build-options.mjs';
import { DIST, ROOT } from './helpers.mjs';

const KNOWN_THIRD_PARTY = new Set(['UNSAFE_VAR_ASSIGNMENT']);
const THIRD_PARTY_SOURCE = /(^|\/)node_modules\//;
const manifest = (browser) => JSON.parse(readFileSync(join(DIST[browser], 'manifest.json'), 'utf8'));

/** build.mjs's own options for dist/firefox (build-options.mjs), with an external source map and nothing written. */
const REBUILD = { ...extensionOptions(ROOT, 'firefox', false), sourcemap: 'external', write: false, logLevel: 'silent' };

/**
 * file in dist/firefox → SourceMap of it, after checking the rebuild is the same code. A mismatch gets one fresh
 * `node build.mjs` and a second look (in a working tree being edited, src can change between two builds); a mismatch
 * that stays means the build is not deterministic.
 */
async function sourceMaps() {
  for (let attempt = 1; ; attempt++) {
    const { outputFiles } = await esbuild.build(REBUILD);
    const js = outputFiles.filter((o) => o.path.endsWith('.js'));
    const stale = js.filter((f) => f.text !== readFileSync(f.path, 'utf8')).map((f) => f.path.slice(DIST.firefox.length + 1));
    if (!stale.length) {
      const mapOf = (f) => new SourceMap(JSON.parse(outputFiles.find((o) => o.path === `${f.path}.map`).text));
      return Object.fromEntries(js.map((f) => [f.path.slice(DIST.firefox.length + 1), mapOf(f)]));
    }
    assert.ok(attempt < 2, `the in-memory rebuild differs from dist/firefox (${stale.join(', ')}) even right after node build.mjs: something changes the bundle between two builds`);
    assert.equal(spawnSync(process.execPath, [join(ROOT, 'build.mjs')], { cwd: ROOT, stdio: 'ignore', timeout: 60_000 }).status, 0, 'node build.mjs failed');
  }
}

/** Names in a zip, from its central directory (no unzip needed). */
function zipEntries(file) {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, `${file}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, `${file}: bad central directory`);
    const nameLen = buf.readUInt16LE(at + 28);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return names;
}

test('npm run package: one zip per browser, without source maps', { timeout: 120_000 }, () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
  assert.equal(r.status, 0, `scripts/package.mjs failed:\n${r.stdout}\n${r.stderr}`);
  const dir = join(ROOT, 'dist', 'packages');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const zips = readdirSync(dir).filter((f) => f.endsWith('.zip'));
  for (const browser of ['chrome', 'firefox']) assert.ok(zips.includes(`provenance-lens-${browser}-${version}.zip`), `zip for ${browser} in ${zips}`);
  for (const zip of zips) {
    const names = zipEntries(resolve(dir, zip));
    for (const f of ['manifest.json', 'background.js', 'content.js', 'popup.js', 'popup.html']) assert.ok(names.includes(f), `${zip} lacks ${f}`);
    assert.deepEqual(names.filter((n) => /\.map$/i.test(n) || /(^|\/)(src|node_modules|test)\//.test(n)), [], `${zip}: source maps or sources inside`);
  }
});

test('web-ext lint: no errors, and every warning comes from bundled third-party code', { timeout: 60_000 }, async () => {
  const maps = await sourceMaps();
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', DIST.firefox, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8', timeout: 50_000 });
  assert.ok(r.stdout, `web-ext lint printed nothing (status ${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  assert.deepEqual(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`), [], 'web-ext lint errors');
  const ours = [];
  for (const w of report.warnings) {
    const map = maps[w.file];
    // web-ext reports 1-based lines and columns; SourceMap.findEntry takes 0-based offsets.
    const entry = map && w.line ? map.findEntry(Number(w.line) - 1, Math.max(0, Number(w.column ?? 1) - 1)) : null;
    const source = entry?.originalSource ?? '(no source position)';
    if (!KNOWN_THIRD_PARTY.has(w.code) || !THIRD_PARTY_SOURCE.test(source)) ours.push(`${w.code} ${w.file}:${w.line}:${w.column} → ${source}: ${w.message}`);
  }
  assert.deepEqual(ours, [], 'warnings not attributable to bundled third-party code');
});

test('manifests: backends per browser, gecko settings, minimal permissions, strict CSP', () => {
  const chrome = manifest('chrome');
  const firefox = manifest('firefox');
  assert.equal(chrome.background?.service_worker, 'background.js');
  assert.equal(chrome.background.scripts, undefined);
  assert.equal(chrome.browser_specific_settings, undefined);
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  const gecko = firefox.browser_specific_settings?.gecko ?? {};
  assert.equal(gecko.id, 'provenance-lens@provenance-lens.org');
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
  assert.ok(parseFloat(gecko.strict_min_version) >= 140, `gecko.strict_min_version ${gecko.strict_min_version}`);
  const android = firefox.browser_specific_settings.gecko_android;
  if (android) assert.ok(parseFloat(android.strict_min_version) >= 142, `gecko_android.strict_min_version ${android.strict_min_version}`);
  for (const [name, m] of Object.entries({ chrome, firefox })) {
    assert.equal(m.manifest_version, 3, name);
    assert.deepEqual(m.permissions, ['storage'], `${name} permissions`);
    for (const k of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable']) assert.equal(m[k], undefined, `${name} ${k}`);
    assert.ok(m.content_scripts?.length, `${name} content_scripts`);
    const [content, embed, ...more] = m.content_scripts;
    assert.deepEqual([...content.matches].sort(), ['http://*/*', 'https://*/*'], `${name} content script matches`);
    assert.notEqual(content.all_frames, true, `${name} content script: top frame only`);
    // The embed script (issue 13): frames of the embed hosts only (core/feed-platforms.ts EMBED_HOSTS), https only.
    assert.deepEqual(embed.js, ['embed.js'], `${name} embed script`);
    for (const match of embed.matches) assert.match(match, /^https:\/\/(platform\.twitter\.com|t\.me|www\.youtube\.com\/embed|www\.youtube-nocookie\.com\/embed)\/\*$/, `${name} embed script matches`);
    assert.deepEqual(more, [], `${name}: no other content script`);
    for (const cs of [content, embed]) {
      assert.notEqual(cs.match_about_blank, true, `${name} content script: no about:blank frames`);
      assert.notEqual(cs.match_origin_as_fallback, true, `${name} content script: no fallback frames`);
    }
    for (const [kind, csp] of Object.entries(m.content_security_policy ?? {})) {
      assert.doesNotMatch(csp, /'unsafe-eval'/, `${name} ${kind} CSP`);
      // Only quoted keywords ('self', 'none', …): a host, a scheme or a wildcard would allow remote code or data.
      const sources = csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
      assert.deepEqual(sources.filter((s) => !/^'[a-z-]+'$/.test(s)), [], `${name} ${kind} CSP: remote or scheme sources`);
    }
  }
  // The promise-returning APIs the extension calls without a polyfill: Chrome 120, Firefox 140 (gecko above).
  assert.ok(parseFloat(chrome.minimum_chrome_version) >= 120, `minimum_chrome_version ${chrome.minimum_chrome_version}`);
  const common = ({ background: _b, browser_specific_settings: _s, minimum_chrome_version: _c, ...rest }) => rest;
  assert.deepEqual(common(firefox), common(chrome), 'the two manifests differ only in background, gecko settings and the minimum Chrome version');
});
