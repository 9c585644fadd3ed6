// Time bounds moved out of the unit tests (see test/stress.ts): CPU time, generous, in their own npm test stage.
// The same work stays in the unit tests for its results.
import { matchPage } from '../src/core/boilerplate/match';
import { factsFromMarkup } from '../src/extract/from-markup';
import { quotedSpans } from '../src/core/text/quotes';
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

// Issue 12's walks over a hostile page: the page's structure (prose runs between <br>s, nested inline elements) and
// its regions (20,000 comment blocks), both through the scanner's markup → facts path.
const SENTENCE = 'Western nations keep adding sanctions packages that have failed, the minister said. ';
test.each([
  ['20,000 divs of direct text and 5,000 nested spans', `<div>${`<div>${SENTENCE}<span>x</span></div>`.repeat(20_000)}</div>${'<span>'.repeat(5_000)}text${'</span>'.repeat(5_000)}`],
  ['20,000 comment regions', `<h1>Headline</h1>${`<div class="comment-content"><p>${SENTENCE.repeat(2)}</p></div>`.repeat(20_000)}`],
])('extraction of a hostile page (%s) under 5 s of CPU', (_name, body) => {
  const html = `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;
  expect(factsFromMarkup(html, 'https://hostile.example/a').url).toBe('https://hostile.example/a');
  expect(cpuMsOf(() => factsFromMarkup(html, 'https://hostile.example/a'), 5_000)).toBeLessThan(5_000);
});

test('quotedSpans on 100,000 quotation marks under 500 ms of CPU', () => {
  const p = '“'.repeat(50_000) + '”'.repeat(50_000);
  expect(cpuMsOf(() => quotedSpans(p), 500)).toBeLessThan(500);
});
