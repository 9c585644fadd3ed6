// The content script's size budget (issue 6): it is injected into every http(s) page, so it must stay small.
// Builds src/content/index.ts in memory with build.mjs's own options (build-options.mjs), then checks
// the gzipped size and that it carries none of the background's engine.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ENTRIES, extensionOptions } from '../build-options.mjs';

const ROOT = join(__dirname, '..');
const BUDGET_GZIP_BYTES = 60 * 1024;

let built: { bytes: Uint8Array; inputs: string[] };

beforeAll(async () => {
  const options = extensionOptions(ROOT, 'chrome', false);
  const r = await esbuild.build({ ...options, entryPoints: { content: ENTRIES.content }, write: false, metafile: true, logLevel: 'silent' });
  const out = r.outputFiles?.find((f) => f.path.endsWith('content.js'));
  if (!out) throw new Error('esbuild produced no content.js');
  built = { bytes: out.contents, inputs: Object.keys(r.metafile?.inputs ?? {}) };
}, 60_000);

test('content.js is at most 60 KB gzipped', () => {
  const gzip = gzipSync(built.bytes).length;
  // The figure, for the log of the test run.
  console.log(`content.js: ${(built.bytes.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzipped (budget 60 KB)`);
  expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});

test('the content script carries no registry, no extraction engine and no message catalogues', () => {
  // The page's main thread reads a digest and draws; the registry, Readability, linkedom and the wording live in
  // the background (src/background/pipeline.ts).
  // The platforms' path rules (which address names which account) and the redirectors' are no registry: the feed
  // reads posts with them and sends only keys (content/feed.ts); the accounts themselves stay in the background.
  const pathRules = /src\/core\/registry\/(?:redirects\.ts|accounts\/(?!index\.ts$)[a-z-]+\.ts)$/;
  const banned = [/src\/data\/(outlets|reposters|boilerplate|brands|languages|source-words|accounts)\.json$/, /node_modules\/tldts/, /node_modules\/@mozilla\/readability/, /node_modules\/linkedom/, /_locales\//, /src\/core\/(registry|signals|brands|boilerplate|language)\//];
  expect(built.inputs.filter((p) => pathRules.test(p)).length).toBeGreaterThan(10);
  expect(built.inputs.filter((p) => !pathRules.test(p) && banned.some((b) => b.test(p)))).toEqual([]);
});

test('background.js carries one copy of each package and no CSS parser', async () => {
  const options = extensionOptions(ROOT, 'chrome', false);
  const r = await esbuild.build({ ...options, entryPoints: { background: ENTRIES.background }, write: false, metafile: true, logLevel: 'silent' });
  const packages = Object.keys(r.metafile?.inputs ?? {}).flatMap((p) => {
    const m = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p);
    return m ? [{ name: m[1]!, copy: p.slice(0, p.lastIndexOf(`node_modules/${m[1]}/`)) }] : [];
  });
  const copies = new Map<string, Set<string>>();
  for (const p of packages) copies.set(p.name, (copies.get(p.name) ?? new Set()).add(p.copy));
  expect([...copies].filter(([, c]) => c.size > 1).map(([n, c]) => `${n}: ${[...c].join(', ')}`)).toEqual([]);
  expect(copies.has('entities')).toBe(true);
  expect(copies.has('cssomnom')).toBe(false);
}, 60_000);

test('the shipped content script writes no performance measures (the page shares the timeline and could spot us); the bench build does', async () => {
  const text = (r: esbuild.BuildResult) => new TextDecoder().decode(r.outputFiles?.find((f) => f.path.endsWith('content.js'))?.contents);
  const build = (bench: boolean) => esbuild.build({ ...extensionOptions(ROOT, 'chrome', false, bench), entryPoints: { content: ENTRIES.content }, write: false, logLevel: 'silent' });
  expect(text(await build(false))).not.toMatch(/performance\.measure/);
  expect(text(await build(true))).toMatch(/performance\.measure/);
}, 60_000);
