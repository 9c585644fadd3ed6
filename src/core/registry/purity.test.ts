// The registry runs in Node, in the MV3 service worker and (host-index.ts) in the content script: no DOM or
// extension globals, and the content script's index must not pull in the full registry or tldts.
import fs from 'node:fs';
import path from 'node:path';

const DIR = __dirname;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

function code(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

test('no DOM or browser globals in the registry', () => {
  for (const file of sources(DIR)) {
    expect({ file, hits: code(file).match(/\b(window|document|browser|chrome|navigator|localStorage)\b/g) }).toEqual({ file, hits: null });
  }
});

test('the content script index imports only hosts.json, the table and normalisation', () => {
  const imports = [...fs.readFileSync(path.join(DIR, 'host-index.ts'), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
  expect(imports.sort()).toEqual(['../../data/hosts.json', '../types', './domain-table', './normalize'].sort());
  for (const dep of ['domain-table.ts', 'normalize.ts']) {
    const deps = [...fs.readFileSync(path.join(DIR, dep), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(deps.every((d) => d === './normalize')).toBe(true);
  }
});

test('no run-time reads of the shared source folder', () => {
  for (const file of sources(DIR)) expect(fs.readFileSync(file, 'utf8')).not.toMatch(/shared\//);
});
