import { claimParagraphs, isClaimTitle } from './claims';

// [case, paragraphs, indexes of claim paragraphs]
const ROWS: [string, string[], number[]][] = [
  ['en "Claim:"', ['Claim: The EU will ban heating above 19°C.', 'This is false.'], [0]],
  ['en "DISINFO:"', ['DISINFO: Ukraine prepares a provocation', 'Text.'], [0]],
  ['fr "Affirmation :"', ["Affirmation : l'UE interdit le chauffage", 'Faux.'], [0]],
  ['ru "Утверждение:"', ['Утверждение: ЕС запрещает отопление', 'Это неправда.'], [0]],
  ['de "Behauptung:" / "Falsch:"', ['Behauptung: Die EU verbietet Heizungen.', 'Falsch: Die EU plant Verbote.'], [0, 1]],
  ['SUMMARY heading, text, DISPROOF heading, text', ['SUMMARY', 'The claim text.', 'DISPROOF', 'The answer.'], [0, 1]],
  ['"Summary of the disinformation" then its text', ['Summary of the disinformation', 'The claim text.', 'Verdict', 'No.'], [0, 1]],
  ['"Summary" without a disproof label on the page', ['Summary', 'The news in brief.'], []],
  ['prose about a claim', ['The claim is false, the ministry said.'], []],
  ['"Claim" heading introduces at most three paragraphs', ['Claim', 'a', 'b', 'c', 'd'], [0, 1, 2, 3]],
];

describe('claimParagraphs', () => {
  it.each(ROWS)('%s', (_, ps, want) => {
    expect([...claimParagraphs(ps)].sort((a, b) => a - b)).toEqual(want);
  });
});

describe('isClaimTitle', () => {
  it.each([
    ['DISINFO: NATO is preparing an attack on Transnistria', true],
    ['Fake: Video zeigt keine Panzer in Polen', true],
    ['Why the claim about heating is false', false],
    ['Disinformation in Europe: a survey', false],
  ] as [string, boolean][])('%s → %s', (t, want) => expect(isClaimTitle(t)).toBe(want));
});
