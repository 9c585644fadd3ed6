// Every page of the corpus through the same path as the scanner (linkedom + extract + analyze), every
// expectation of its case.json checked by the same code as `provenance-lens evaluate`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCase } from '../src/cli/expectations';
import { scanHtml } from '../src/cli/scan-page';
import { loadCases } from './corpus-cases';

const cases = loadCases();

test('the corpus has the shared cases and our own', () => {
  expect(cases.length).toBeGreaterThanOrEqual(76);
  expect(cases.filter((c) => c.name.startsWith('own-')).length).toBeGreaterThanOrEqual(25);
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const verdict = scanHtml(readFileSync(join(c.dir, 'page.html')), c.url, c.name);
  test('is scanned into a verdict for its address', () => {
    expect(verdict.url).toBe(c.url);
    expect(['state-media', 'republished', 'cites', 'public-media', 'none']).toContain(verdict.kind);
  });
  test.each(checkCase(c.expect, verdict).map((x) => [x.metric, x] as const))('%s', (_m, check) => {
    expect({ metric: check.metric, got: check.got }).toEqual({ metric: check.metric, got: check.ok ? check.got : `expected ${check.expected}` });
  });
});
