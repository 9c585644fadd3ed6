// The background bundles one copy of each of linkedom's dependencies (build-options.mjs ONE_COPY) where npm installs
// up to three versions, and leaves out its CSS parser. This bundles the markup → facts path with those rules and
// checks it gives the same facts as the code under Node's own resolution (each package with the copy it asked for)
// on every corpus page.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundlePlugin } from '../build-options.mjs';
import { factsFromMarkup } from '../src/extract/from-markup';
import { decodeHtml } from '../src/cli/decode';
import { loadCases } from './corpus-cases';

const ROOT = join(__dirname, '..');
let bundled: typeof factsFromMarkup;

beforeAll(async () => {
  const r = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: { contents: "export { factsFromMarkup } from './src/extract/from-markup';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    plugins: [bundlePlugin(ROOT)],
    logLevel: 'silent',
  });
  const dir = join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bundle-dedupe.cjs');
  writeFileSync(file, r.outputFiles[0]!.contents);
  bundled = require(file).factsFromMarkup;
}, 60_000);

test.each(loadCases().map((c) => [c.name, c] as const))('%s: the same facts from the deduplicated bundle', (_name, c) => {
  const html = decodeHtml(new Uint8Array(readFileSync(join(c.dir, 'page.html'))), c.name);
  expect(bundled(html, c.url)).toEqual(factsFromMarkup(html, c.url));
});
