// Every page of the corpus through the same path as the scanner (linkedom + extract + analyze).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanHtml, type ScanResult } from '../src/cli/scan-page';
import { dependsOnlyOnHost, loadCases, type CorpusCase } from './corpus-cases';

const cases = loadCases();
const results = new Map<string, ScanResult>();

function scan(c: CorpusCase): ScanResult {
  let r = results.get(c.name);
  if (!r) {
    r = scanHtml(readFileSync(join(c.dir, 'page.html')), c.url, c.name);
    results.set(c.name, r);
  }
  return r;
}

function networkOf(r: ScanResult): string[] {
  return [r.outlet?.id, r.outlet?.parent].filter((x): x is string => !!x);
}

test('the corpus has cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(70);
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('scans without error', () => {
    const r = scan(c);
    expect(r.url).toBe(c.url);
    expect(['state-media', 'republished', 'cites', 'public-media', 'none']).toContain(r.kind);
  });

  if (dependsOnlyOnHost(c.expect)) {
    test(`verdict from the address: ${c.expect.kind ?? c.expect.kindIn?.join('|')}, warn ${c.expect.warn}`, () => {
      const r = scan(c);
      if (c.expect.kind) expect(r.kind).toBe(c.expect.kind);
      if (c.expect.kindIn) expect(c.expect.kindIn).toContain(r.kind);
      expect(r.warn).toBe(c.expect.warn);
      if (c.expect.outlet) expect(networkOf(r)).toContain(c.expect.outlet);
    });
  } else {
    test.todo(`content analysis: ${c.expect.kind} (detection engine)`);
  }
});
