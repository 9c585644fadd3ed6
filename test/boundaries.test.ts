// The architecture's walls, checked on the source text. The top-level folders of src are its rooms; IMPORTS says
// which rooms each may import from (tests beside the code may also import test/ helpers), PACKAGES which rooms may
// import each runtime package. src/core is also free of DOM globals and browser APIs, and only src/platform uses
// the extension APIs (chrome.*, browser.*). Every rule is planted once below and must be caught.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

/** Room → the rooms it may import from (its own is always allowed). `static` is the extension's static files (catalogues). */
export const IMPORTS: Record<string, readonly string[]> = {
  core: ['data'],
  data: [],
  i18n: ['core', 'static'],
  settings: ['core'],
  wording: ['core', 'i18n', 'settings'],
  protocol: ['core', 'wording'],
  extract: ['core', 'data'],
  cli: ['core', 'extract', 'data'],
  platform: ['core', 'i18n', 'settings', 'protocol', 'static'],
  ui: ['core', 'i18n', 'settings', 'wording'],
  content: ['core', 'protocol', 'platform', 'wording'],
  background: ['core', 'extract', 'i18n', 'settings', 'wording', 'protocol', 'platform'],
  popup: ['core', 'i18n', 'settings', 'wording', 'protocol', 'ui', 'platform'],
  options: ['core', 'i18n', 'settings', 'wording', 'protocol', 'ui', 'platform'],
};

/** Runtime package → the rooms whose code may import it (tests may import any package). */
export const PACKAGES: Record<string, readonly string[]> = {
  preact: ['ui', 'popup', 'options'],
  linkedom: ['extract'],
  '@mozilla/readability': ['extract'],
  entities: ['extract'],
  eld: ['cli'],
  tldts: ['core'],
  'node:': ['cli'],
};

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

const DOM_GLOBAL = /(?<![.\w$])(window|document|navigator|location|localStorage|sessionStorage|DOMParser|HTMLElement|Element|Node|MutationObserver|requestIdleCallback|requestAnimationFrame)\s*[.(\[]/;
const EXTENSION_API = /(?<![.\w$])(chrome|browser)\s*[.(\[]/;

function importsOf(src: string): string[] {
  return [...src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The room of a path relative to the repository: src/<room>/…, else the top folder (test, static, node_modules …). */
function roomOf(fromRoot: string): string {
  const parts = fromRoot.split('/');
  return parts[0] === 'src' ? (parts[1] ?? '') : (parts[0] ?? '');
}

function packageOf(spec: string): string {
  if (spec.startsWith('node:')) return 'node:';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function violations(path: string, src: string): string[] {
  const rel = relative(ROOT, path).split(sep).join('/');
  const room = roomOf(rel);
  const isTest = /\.test\.tsx?$/.test(rel) || /(^|\/)test-(dom|kit)\.tsx?$/.test(rel);
  const out: string[] = [];
  const allowed = IMPORTS[room];
  if (!allowed) return [`${rel}: ${room} is not a room of the import table`];
  for (const spec of importsOf(src)) {
    if (spec.startsWith('.')) {
      const target = roomOf(relative(ROOT, join(path, '..', spec)).split(sep).join('/'));
      if (target === room || allowed.includes(target) || (isTest && target === 'test')) continue;
      out.push(`${rel}: ${room} may not import from ${target} (${spec})`);
    } else {
      const rooms = PACKAGES[packageOf(spec)];
      if (packageOf(spec) === 'webextension-polyfill' && room !== 'platform') out.push(`${rel}: imports webextension-polyfill outside src/platform`);
      else if (rooms && !isTest && !rooms.includes(room)) out.push(`${rel}: ${room} may not import ${spec}`);
    }
  }
  const code = codeOnly(src);
  if (room === 'core' && !isTest) {
    const m = DOM_GLOBAL.exec(code);
    if (m) out.push(`${rel}: uses a DOM global (${m[1]})`);
  }
  if (room !== 'platform' && !isTest) {
    const m = EXTENSION_API.exec(code);
    if (m) out.push(`${rel}: uses an extension API (${m[1]}) outside src/platform`);
  }
  return out;
}

test('every file of src keeps to the import table', () => {
  const all = files(SRC).flatMap((f) => violations(f, readFileSync(f, 'utf8')));
  expect(all).toEqual([]);
});

test('every top-level folder of src is a room of the table', () => {
  const rooms = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  expect(rooms).toEqual(Object.keys(IMPORTS).sort());
});

describe('the check catches a planted violation of each rule', () => {
  const rooms = Object.keys(IMPORTS);
  const forbidden = rooms.flatMap((from) => rooms.filter((to) => to !== from && !IMPORTS[from]!.includes(to)).map((to) => [from, to] as const));
  test.each(forbidden)('%s importing from %s', (from, to) => {
    expect(violations(join(SRC, from, 'x.ts'), `import { x } from '../${to}/y';`)).toHaveLength(1);
    // deeper files and re-exports count the same
    expect(violations(join(SRC, from, 'a', 'x.ts'), `export { x } from '../../${to}/y';`)).toHaveLength(1);
  });
  const permitted = rooms.flatMap((from) => IMPORTS[from]!.filter((to) => to !== 'static').map((to) => [from, to] as const));
  test.each(permitted)('%s importing from %s is allowed', (from, to) => {
    expect(violations(join(SRC, from, 'x.ts'), `import type { x } from '../${to}/y';`)).toEqual([]);
  });
  const packages = Object.entries(PACKAGES).flatMap(([pkg, ok]) => rooms.filter((r) => !ok.includes(r)).map((r) => [pkg === 'node:' ? 'node:fs' : pkg, r] as const));
  test.each(packages)('%s imported in %s', (pkg, room) => {
    expect(violations(join(SRC, room, 'x.ts'), `import x from '${pkg}';`)).toHaveLength(1);
    expect(violations(join(SRC, room, 'x.test.ts'), `import x from '${pkg}';`)).toEqual([]);
  });
  test.each(rooms.filter((r) => r !== 'platform'))('webextension-polyfill in %s, even in a test', (room) => {
    expect(violations(join(SRC, room, 'x.test.ts'), "import browser from 'webextension-polyfill';")).toHaveLength(1);
  });
  test('a test may import test helpers, code may not', () => {
    expect(violations(join(SRC, 'content', 'x.test.ts'), "import { loadCases } from '../../test/corpus-cases';")).toEqual([]);
    expect(violations(join(SRC, 'content', 'x.ts'), "import { loadCases } from '../../test/corpus-cases';")).toHaveLength(1);
  });
  test('a folder missing from the table is reported', () => {
    expect(violations(join(SRC, 'newroom', 'x.ts'), '')).toHaveLength(1);
  });
  test.each([
    ['document.querySelector("p")'],
    ['const n = window.innerWidth;'],
    ['new DOMParser()'],
    ['requestIdleCallback(() => 0)'],
  ])('DOM global in src/core: %s', (code) => {
    expect(violations(join(SRC, 'core', 'x.ts'), code)).toHaveLength(1);
    expect(violations(join(SRC, 'content', 'x.ts'), code)).toEqual([]);
  });
  test.each(rooms.filter((r) => r !== 'platform'))('extension API in %s', (room) => {
    expect(violations(join(SRC, room, 'x.ts'), 'chrome.storage.local.get("a")')).toHaveLength(1);
    expect(violations(join(SRC, room, 'x.ts'), 'browser.runtime.sendMessage({})')).toHaveLength(1);
    expect(violations(join(SRC, 'platform', 'x.ts'), 'browser.runtime.sendMessage({})')).toEqual([]);
  });
  test.each([
    ['// the document is never touched here', 'comment'],
    ["const s = 'window.open is not called';", 'string'],
    ['const where = facts.location.host;', 'a property named like a global'],
    ['const b = settings.browser.name;', 'a property named like the API'],
  ])('%s is allowed in src/core (%s)', (code) => {
    expect(violations(join(SRC, 'core', 'x.ts'), code)).toEqual([]);
  });
});
