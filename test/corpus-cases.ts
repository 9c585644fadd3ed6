// Loads the page corpus (test/corpus/<case>/{page.html,case.json}) for the corpus test, through the scanner's own
// folder reader, so the test and `provenance-lens scan|evaluate test/corpus` see the same pages at the same addresses.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Expectation } from '../src/cli/expectations';
import { folderInputs } from '../src/cli/inputs';

export interface CorpusCase {
  name: string;
  dir: string;
  url: string;
  expect: Expectation;
}

export const CORPUS_DIR = join(__dirname, 'corpus');

export function loadCases(dir: string = CORPUS_DIR): CorpusCase[] {
  const { pages, errors } = folderInputs(dir, false);
  if (errors.length) throw new Error(`unreadable cases: ${errors.map((e) => `${e.file}: ${e.error}`).join('; ')}`);
  return pages
    .map((p) => {
      const caseDir = dirname(p.file);
      const { expect } = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as { expect: Expectation };
      return { name: basename(caseDir), dir: caseDir, url: p.url, expect };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
