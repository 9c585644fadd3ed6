// Test-only: a linkedom document for rendering components under Jest (node environment), and Preact for Jest.
// Preact 11 ships only .mjs files, which the shared Jest transform pattern (^.+\.(t|j)sx?$) does not cover; until it
// does, `preactForJest` loads Preact's own ESM files through esbuild as CommonJS. A component test starts with
//   jest.mock('preact', () => require('./test-dom').preactForJest('preact'));   (and 'preact/hooks', 'preact/jsx-runtime')
// (jest.mock is hoisted above the imports, including the JSX runtime import the compiler adds).
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const PREACT = join(__dirname, '..', '..', 'node_modules', 'preact');

function loadEsm(file: string, deps: Record<string, unknown>): unknown {
  const { code } = transformSync(readFileSync(join(PREACT, file), 'utf8'), { format: 'cjs', loader: 'js', target: 'node20' });
  const module = { exports: {} as unknown };
  const req = (id: string) => {
    if (id in deps) return deps[id];
    throw new Error(`test-dom: unexpected import ${id} from ${file}`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, req);
  return module.exports;
}

let modules: Record<string, unknown> | null = null;

/** One shared Preact instance per test file: hooks and the JSX runtime must use the same `options` object. */
export function preactForJest(id: 'preact' | 'preact/hooks' | 'preact/jsx-runtime'): unknown {
  if (!modules) {
    const preact = loadEsm('dist/preact.mjs', {});
    modules = {
      preact,
      'preact/hooks': loadEsm('hooks/dist/hooks.mjs', { preact }),
      'preact/jsx-runtime': loadEsm('jsx-runtime/dist/jsxRuntime.mjs', { preact }),
    };
  }
  return modules[id];
}

/** A fresh document with an #app element, installed as globalThis.document for Preact. */
export function freshDocument(): { document: Document; root: HTMLElement } {
  const { document } = parseHTML('<!doctype html><html lang="en"><head></head><body><div id="app"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  return { document: document as unknown as Document, root: document.getElementById('app') as unknown as HTMLElement };
}

/**
 * Renders `vnode` with the bundled catalogue of `lang` into a fresh document's #app and returns #app. Preact is
 * required here, not imported, so that it is the instance the test file's jest.mock calls registered.
 */
export function mount(vnode: unknown, lang: 'en' | 'de' = 'en'): HTMLElement {
  const { h, render } = require('preact') as typeof import('preact');
  const { TranslatorContext } = require('./i18n') as typeof import('./i18n');
  const { catalogueTranslator } = require('../platform/i18n-core') as typeof import('../platform/i18n-core');
  const { root } = freshDocument();
  render(h(TranslatorContext.Provider, { value: catalogueTranslator(lang) }, vnode as never), root);
  return root;
}

/** Text of an element with whitespace runs collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
