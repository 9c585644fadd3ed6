// The content script's size budget (issue 6): it is injected into every http(s) page, so it must stay small.
// Builds src/content/index.ts in memory with the options build.mjs uses for dist/chrome/content.js, then checks
// the gzipped size and that it carries none of the background's engine.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');
const BUDGET_GZIP_BYTES = 60 * 1024;

let built: { bytes: Uint8Array; inputs: string[] };

beforeAll(async () => {
  const r = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { content: 'src/content/index.ts' },
    bundle: true,
    format: 'iife',
    target: ['chrome120'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __BROWSER__: '"chrome"', 'process.env.NODE_ENV': '"production"' },
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const out = r.outputFiles.find((f) => f.path.endsWith('content.js'));
  if (!out) throw new Error('esbuild produced no content.js');
  built = { bytes: out.contents, inputs: Object.keys(r.metafile.inputs) };
}, 60_000);

test('content.js is at most 60 KB gzipped', () => {
  const gzip = gzipSync(built.bytes).length;
  // The figure, for the log of the test run.
  console.log(`content.js: ${(built.bytes.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzipped (budget 60 KB)`);
  expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});

test('the content script carries no registry, no extraction engine, no polyfill and no message catalogues', () => {
  // The page's main thread reads a digest and draws; the registry, Readability, linkedom and the wording live in
  // the background (src/background/pipeline.ts).
  const banned = [/src\/data\/(outlets|hosts|reposters|boilerplate|brands|languages|source-words)\.json$/, /node_modules\/tldts/, /node_modules\/@mozilla\/readability/, /node_modules\/linkedom/, /node_modules\/webextension-polyfill/, /_locales\//, /src\/core\/(registry|signals|brands|boilerplate|language)\//];
  expect(built.inputs.filter((p) => banned.some((b) => b.test(p)))).toEqual([]);
});
