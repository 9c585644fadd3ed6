// The architecture's import rules, checked on the source text:
//  - src/core is the pure engine: no DOM globals, no browser APIs, no Preact, no imports from outside src/core and src/data
//  - only src/platform imports webextension-polyfill
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** Source without comments and string contents, so a word in a comment or a test string does not count. */
export function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""');
}

const DOM_OR_BROWSER = /(?<![.\w$])(window|document|navigator|location|localStorage|sessionStorage|chrome|browser|DOMParser|HTMLElement|Element|Node|MutationObserver|requestIdleCallback|requestAnimationFrame)\s*[.(\[]/;

function importsOf(src: string): string[] {
  return [...src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

export function violations(path: string, src: string): string[] {
  const rel = relative(SRC, path).split(sep).join('/');
  const out: string[] = [];
  const imports = importsOf(src);
  if (imports.some((i) => i === 'webextension-polyfill') && !rel.startsWith('platform/')) out.push(`${rel}: imports webextension-polyfill outside src/platform`);
  if (rel.startsWith('core/') && !/\.test\.tsx?$/.test(rel)) {
    const m = DOM_OR_BROWSER.exec(codeOnly(src));
    if (m) out.push(`${rel}: uses a DOM global or browser API (${m[1]})`);
    for (const i of imports) {
      if (i.startsWith('.')) {
        const target = join(path, '..', i);
        const r = relative(SRC, target).split(sep).join('/');
        if (!r.startsWith('core/') && !r.startsWith('data/')) out.push(`${rel}: imports ${i} from outside src/core and src/data`);
      } else if (/^(preact|webextension-polyfill|@mozilla\/readability|linkedom|jsdom)(\/|$)/.test(i)) out.push(`${rel}: imports ${i}`);
    }
  }
  return out;
}

test('src/core stays pure and only src/platform imports the polyfill', () => {
  const all = files(SRC).flatMap((f) => violations(f, readFileSync(f, 'utf8')));
  expect(all).toEqual([]);
});

describe('the boundary check itself fails on violations', () => {
  const core = join(SRC, 'core', 'x.ts');
  test.each([
    ['document.querySelector("p")', 'DOM global'],
    ['const n = window.innerWidth;', 'DOM global'],
    ['browser.runtime.sendMessage({})', 'browser API'],
    ['chrome.storage.local.get("a")', 'browser API'],
    ['new DOMParser()', 'DOM constructor'],
    ["import { h } from 'preact';", 'preact'],
    ["import { extractFacts } from '../extract/index';", 'outside'],
    ["import browser from 'webextension-polyfill';", 'polyfill'],
  ])('%s is caught in src/core', (code) => {
    expect(violations(core, code).length).toBeGreaterThan(0);
  });
  test.each([
    ['// the document is never touched here', 'comment'],
    ["const s = 'window.open is not called';", 'string'],
    ["import { lookupHost } from './registry/index';", 'inside core'],
    ["import outlets from '../data/outlets.json';", 'data'],
    ['const where = facts.location.host;', 'a property named like a global'],
  ])('%s is allowed in src/core (%s)', (code) => {
    expect(violations(core, code)).toEqual([]);
  });
  test('the polyfill outside src/platform is caught', () => {
    expect(violations(join(SRC, 'content', 'x.ts'), "import browser from 'webextension-polyfill';")).toHaveLength(1);
    expect(violations(join(SRC, 'platform', 'x.ts'), "import browser from 'webextension-polyfill';")).toEqual([]);
  });
});
