// samples.json is generated from the corpus snapshots (npm run corpus:regenerate): it must be exactly what they
// give, and each snapshot is checked against the scanner by the corpus test, so the samples are the engine's output.
import { readFileSync } from 'node:fs';
import { SAMPLE_CASES, SAMPLES_FILE, samplesJson } from '../../test/corpus-snapshot';
import { SAMPLES } from './samples';

test('samples.json is what the corpus snapshots give (npm run corpus:regenerate rewrites it)', () => {
  expect(readFileSync(SAMPLES_FILE, 'utf8')).toBe(samplesJson());
});

test('every sample but the hand-made hostile one comes from a corpus case, one kind of page each', () => {
  expect(Object.keys(SAMPLES).sort()).toEqual([...Object.keys(SAMPLE_CASES), 'hostile'].sort());
  expect(SAMPLES.republished.kind).toBe('republished');
  expect(SAMPLES.republished.translation.detected).toBe(true);
  expect(SAMPLES.stateMedia.kind).toBe('state-media');
  expect(SAMPLES.publicMedia.kind).toBe('public-media');
  expect(SAMPLES.cites.kind).toBe('cites');
  expect([SAMPLES.informational.kind, SAMPLES.informational.warn]).toEqual(['state-media', false]);
  expect(SAMPLES.translateProxy.site.wrapper?.kind).toBe('google-translate');
  expect(SAMPLES.edition.outlet?.parent).toBe('rt');
});
