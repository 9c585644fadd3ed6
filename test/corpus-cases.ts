// Loads the page corpus (test/corpus/<case>/{page.html,case.json}) for the corpus test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expectation } from '../src/cli/expectations';

export interface CorpusCase {
  name: string;
  dir: string;
  url: string;
  why: string;
  expect: Expectation;
}

export const CORPUS_DIR = join(__dirname, 'corpus');

export function loadCases(dir: string = CORPUS_DIR): CorpusCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'case.json')))
    .map((e) => {
      const c = JSON.parse(readFileSync(join(dir, e.name, 'case.json'), 'utf8'));
      return { name: e.name, dir: join(dir, e.name), url: String(c.url).replace(/\s*\(inferred\)\s*$/, ''), why: c.why ?? '', expect: c.expect };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
