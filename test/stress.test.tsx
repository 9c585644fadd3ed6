// Time bounds moved out of the unit tests (see test/stress.ts): CPU time, generous, in their own npm test stage.
// The same work stays in the unit tests for its results.
import { matchPage } from '../src/core/boilerplate/match';
import { SAMPLES } from '../src/ui/samples';
import { mount } from '../src/ui/test-dom';
import { VerdictView } from '../src/ui/VerdictView';
import { cpuMsOf, STRESS } from './stress';

test('the stress project sets STRESS (else the bounds in the hostile-pages test would not be checked)', () => {
  expect(STRESS).toBe(true);
});

test('boilerplate matchPage: a hostile page (2,000 paragraphs of brand words, a 200,000-character title) under 500 ms of CPU', () => {
  const paragraphs = Array.from({ length: 2000 }, () => 'RT RT RT Follow RT on '.repeat(200));
  const title = 'x'.repeat(200_000);
  expect(Array.isArray(matchPage(paragraphs, title))).toBe(true);
  expect(cpuMsOf(() => matchPage(paragraphs, title), 500)).toBeLessThan(500);
});

test('the popup renders the largest sample in under 100 ms of CPU', () => {
  mount(<VerdictView verdict={SAMPLES.republished} onOpenOptions={() => {}} />, 'de'); // once to load and compile
  expect(cpuMsOf(() => mount(<VerdictView verdict={SAMPLES.republished} onOpenOptions={() => {}} />, 'de'), 100)).toBeLessThan(100);
});
