// Every page of the corpus through the same path as the scanner (linkedom + extract + analyze), every
// expectation of its case.json checked by the same code as `provenance-lens evaluate`, and its verdict compared
// with its snapshot (verdict.json; see test/corpus-snapshot.ts). The pages of test/corpus-pending (which the
// engine does not get right yet, and which no test expects anything of) are compared with their snapshots only.
//
// With CORPUS_REGENERATE=1 (npm run corpus:regenerate) the snapshots, and src/ui/samples.json, are written instead.
import { KINDS as ALL_KINDS } from '../src/core/types';
import { writeFileSync } from 'node:fs';
import { checkCase } from '../src/cli/expectations';
import type { Verdict } from '../src/core/types';
import { loadCases, type CorpusCase } from './corpus-cases';
import { PENDING_DIR, readSnapshot, REGENERATE, SAMPLES_FILE, samplesJson, scanCase, snapshotPath, stableJson } from './corpus-snapshot';

const cases = loadCases();
const pending = loadCases(PENDING_DIR);

test('the corpus has the shared cases and our own', () => {
  expect(cases.length).toBeGreaterThanOrEqual(76);
  expect(cases.filter((c) => c.name.startsWith('own-')).length).toBeGreaterThanOrEqual(25);
});

/** The verdict of the case, scanned once before its tests; and its snapshot test (or, regenerating, its writing). */
function scanned(c: CorpusCase): () => Verdict {
  let verdict: Verdict | null = null;
  beforeAll(async () => {
    verdict = await scanCase(c);
    if (REGENERATE) writeFileSync(snapshotPath(c), stableJson(verdict));
  });
  test('its verdict is its snapshot (verdict.json; npm run corpus:regenerate rewrites it)', () => {
    expect(stableJson(verdict)).toBe(stableJson(readSnapshot(c)));
  });
  return () => verdict!;
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const verdict = scanned(c);
  test('is scanned into a verdict for its address', () => {
    expect(verdict().url).toBe(c.url);
    expect(ALL_KINDS).toContain(verdict().kind);
  });
  // Which metrics a case has depends on its expectation only: read them off a check of the snapshot, which exists
  // when the tests are collected (the verdict does not yet).
  const snapshot = readSnapshot(c);
  const metrics = snapshot ? checkCase(c.expect, snapshot).map((x) => x.metric) : ['warn'];
  test.each(metrics)('%s', (metric) => {
    const check = checkCase(c.expect, verdict()).find((x) => x.metric === metric)!;
    expect({ metric: check.metric, got: check.got }).toEqual({ metric: check.metric, got: check.ok ? check.got : `expected ${check.expected}` });
  });
});

describe.each(pending.map((c) => [c.name, c] as const))('pending: %s', (_name, c) => {
  scanned(c);
});

if (REGENERATE) afterAll(() => writeFileSync(SAMPLES_FILE, samplesJson()));
