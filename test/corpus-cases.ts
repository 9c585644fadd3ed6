// Loads the page corpus (test/corpus/<case>/{page.html,case.json}) for the corpus test and the summary script.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Expectation {
  kind?: string;
  kindIn?: string[];
  outlet?: string;
  warn: boolean;
  translated?: boolean;
  language?: string;
  originals?: string[];
  evidence?: string[];
  borderline?: boolean;
}

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

/** True when the expectation can be met from the page's address alone (no content analysis needed). */
export function dependsOnlyOnHost(e: Expectation): boolean {
  if (e.translated || e.originals?.length || e.evidence?.length) return false;
  if (e.kind) return e.kind === 'state-media' || e.kind === 'public-media';
  return !!e.kindIn && e.kindIn.includes('none');
}
