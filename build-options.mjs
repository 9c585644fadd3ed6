// The esbuild options of every bundle, in one place: build.mjs builds with them, test/bundle-size.test.ts and the
// benchmark measure what they produce. No import.meta here, so Jest (CommonJS) can load this file too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The scripts of the extension: entry file → output name. */
export const ENTRIES = {
  content: 'src/content/index.ts',
  embed: 'src/content/embed.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

/**
 * Packages the dependency tree holds in more than one version, each bundled once: every import of them resolves to
 * the copy at the top of node_modules. linkedom's parser (htmlparser2 10), its selector engine (css-select 7) and
 * our own markup bounds asked for entities 4, 7 and 8 (three copies, 141 KB), and htmlparser2 and css-select for
 * two majors each of the domhandler family. The build fails if a copy lacks a name an importer uses, and
 * src/extract/bundle-dedupe.test.ts checks that the deduplicated parser gives the same verdicts on the corpus.
 */
export const ONE_COPY = ['entities', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype'];

/**
 * linkedom's CSS parser (cssomnom, 199 KB) serves only HTMLStyleElement.sheet, which neither Readability nor our
 * extraction reads: the bundle gets a stand-in that throws if anything ever does.
 */
export const LEFT_OUT = ['cssomnom'];

export function bundlePlugin(root) {
  const oneCopy = new RegExp(`^(${ONE_COPY.join('|')})(/|$)`);
  const leftOut = new RegExp(`^(${LEFT_OUT.join('|')})(/|$)`);
  return {
    name: 'one-copy',
    setup(build) {
      build.onResolve({ filter: oneCopy }, (args) =>
        args.pluginData?.oneCopy ? undefined : build.resolve(args.path, { resolveDir: root, kind: args.kind, pluginData: { oneCopy: true } }),
      );
      build.onResolve({ filter: leftOut }, (args) => ({ path: args.path, namespace: 'left-out' }));
      build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
        contents: `export function parse() { throw new Error(${JSON.stringify(`${args.path} is not bundled (build-options.mjs LEFT_OUT)`)}); }`,
        loader: 'js',
      }));
    },
  };
}

/** The oldest browser versions the manifest names: the bundles are compiled for exactly those. */
export function targetsOf(root) {
  const m = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  return { chrome: `chrome${parseInt(m.minimum_chrome_version, 10)}`, firefox: `firefox${parseInt(m.browser_specific_settings.gecko.strict_min_version, 10)}` };
}

/**
 * `bench`: the content script writes its phase measures (performance.measure "provenance-lens:<phase>", which
 * Chromium puts on the page's own timeline, where the page could read them and so spot the extension). Only the
 * benchmark's builds (`node build.mjs --bench`) have them; the extension as shipped and tested writes none.
 */
export function extensionOptions(root, browser, dev, bench = false) {
  return {
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: join(root, 'dist', browser),
    bundle: true,
    format: 'iife',
    target: [targetsOf(root)[browser]],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    // The first statement of each script: the content script measures its own start-up from here (index.ts).
    banner: { js: 'var __plStart=performance.now();' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __BROWSER__: JSON.stringify(browser), __BENCH__: JSON.stringify(bench), 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    plugins: [bundlePlugin(root)],
    logLevel: 'warning',
  };
}

export function cliOptions(root) {
  return {
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: join(root, 'dist', 'node'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    packages: 'external',
    sourcemap: 'linked',
    define: { __BROWSER__: '"node"' },
    logLevel: 'warning',
  };
}
