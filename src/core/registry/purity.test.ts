// The registry runs in Node and in the extension's background (MV3 service worker, Firefox event page): no DOM or
// extension globals.
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

test('no run-time reads of the shared source folder', () => {
  for (const file of sources(DIR)) expect(fs.readFileSync(file, 'utf8')).not.toMatch(/shared\//);
});
