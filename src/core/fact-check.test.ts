import { CLAIM_KEY, isFactCheck, normalised } from './fact-check';
import { facts } from './test-kit';
import type { PageFacts } from './types';

const BODY = [
  'Western nations are doubling down on a sanctions policy that has already failed, the minister said on Tuesday.',
  'They keep introducing new packages, he told journalists, and every time they say this one will finally work.',
  'The EU adopted its latest round of restrictions last month, targeting vessels of the so-called shadow fleet.',
  'Moscow has repeatedly described the measures as illegitimate and has said they will not change its course.',
  'Analysts in Brussels expect a further package before the summer, with the same measures extended again.',
  'The ministry did not say when the talks would resume, or where they would take place this time.',
  'You can share this story on social media:',
  'The debate has gone on for months.',
];
const HEATING = 'The EU will ban heating private homes above 19°C from next winter';
const ld = (claimReviews: string[], claimRatings?: string[]): PageFacts['jsonLd'] => ({ publishers: [], authors: [], urls: [], claimReviews, ...(claimRatings ? { claimRatings } : {}) });
const page = (over: Partial<PageFacts>): PageFacts => {
  const f = facts({ headline: 'An ordinary headline', title: 'An ordinary headline | Site', paragraphs: BODY, ...over });
  return { ...f, text: f.text || f.paragraphs.join('\n') };
};

// The table of fact-check.ts: [case, facts, fact-check?]
const ROWS: [string, PageFacts, boolean][] = [
  ['ClaimReview "The EU will ban heating…" and a claim box "Claim The EU will ban heating…"', page({ jsonLd: ld([HEATING], ['False']), paragraphs: ['Fact check', `Claim ${HEATING} and fine households that do.`, 'Rating False', ...BODY] }), true],
  ['ClaimReview rated "False", claim paraphrased, "Verdict: False." at the end', page({ jsonLd: ld(['Polish troops mass on the border to invade Belarus'], ['False']), paragraphs: [...BODY, 'Verdict: False. There is no evidence for it.'] }), true],
  ['ClaimReview rated "Mostly false", the rating alone on a line (a badge)', page({ jsonLd: ld(['Something not said on the page at all'], ['Mostly false']), paragraphs: ['Mostly false', ...BODY] }), true],
  ['the claim in other case and punctuation ("the EU WILL ban heating — private homes above 19 °C…")', page({ jsonLd: ld([HEATING]), paragraphs: [...BODY, 'They wrote that “the EU WILL ban heating — private homes above 19 °C from next winter”.'] }), true],
  ['h1 "DISINFO: NATO is preparing an attack on Transnistria"', page({ headline: 'DISINFO: NATO is preparing an attack on Transnistria' }), true],
  ['first paragraph "Claim: Polish troops are massing on the border."', page({ paragraphs: ['Claim: Polish troops are massing on the border.', ...BODY] }), true],
  ['"SUMMARY" / claim / "DISPROOF" at the start', page({ paragraphs: ['SUMMARY', 'NATO prepares a provocation.', 'DISPROOF', ...BODY] }), true],
  ['ClaimReview in <head>, neither its claim nor its rating in the text', page({ jsonLd: ld(['Western sanctions against Russia have failed'], ['Mostly true']) }), false],
  ['ClaimReview rated "False", "false" only inside a sentence', page({ jsonLd: ld(['Western sanctions against Russia have failed'], ['False']), paragraphs: [...BODY, 'It is a false dilemma, the minister said.'] }), false],
  ['ClaimReview whose claim is "" (or too short to find), no rating shown', page({ jsonLd: ld(['', 'Sanctions']) }), false],
  ['<title> "Claim: the West\'s sanctions failed | Site", an ordinary h1 and article', page({ title: "Claim: the West's sanctions failed | Site" }), false],
  ['"Claim: …" as the eighth paragraph of an ordinary article', page({ paragraphs: [...BODY.slice(0, 7), 'Claim: the sanctions failed.'] }), false],
];

describe('fact-check: the table of fact-check.ts', () => {
  test.each(ROWS)('%s', (_case, f, expected) => {
    expect(isFactCheck(f)).toBe(expected);
  });
});

describe('fact-check: the claim looked for', () => {
  test('normalised: letters and digits in lower case, one space between runs', () => {
    expect(normalised('  “The EU” will ban — heating… 19°C! ')).toBe('the eu will ban heating 19 c');
  });

  test(`only its first ${CLAIM_KEY} characters need to be on the page`, () => {
    const claim = `${HEATING}, with fines of up to 500 euros for every household that does not comply`;
    expect(isFactCheck(page({ jsonLd: ld([claim]), paragraphs: [...BODY, `Claim box: ${HEATING}.`] }))).toBe(true);
  });

  test('a hostile rating (regex characters, very long) is only text', () => {
    expect(isFactCheck(page({ jsonLd: ld([''], ['(a+)+$', 'x'.repeat(5000)]) }))).toBe(false);
  });
});
