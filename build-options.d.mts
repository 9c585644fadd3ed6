// Types of build-options.mjs, for the TypeScript tests that import it.
import type { BuildOptions, Plugin } from 'esbuild';

export declare const ENTRIES: { content: string; background: string; popup: string; options: string };
export declare const ONE_COPY: readonly string[];
export declare const LEFT_OUT: readonly string[];
export declare function bundlePlugin(root: string): Plugin;
export declare function targetsOf(root: string): { chrome: string; firefox: string };
export declare function extensionOptions(root: string, browser: 'chrome' | 'firefox', dev: boolean, bench?: boolean): BuildOptions;
export declare function cliOptions(root: string): BuildOptions;
