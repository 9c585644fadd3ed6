import { foldMixedScript, foldMixedWord } from './confusables';
import { findBrands } from '../brands/find';
import { tokenize } from '../boilerplate/tokens';

// The table of confusables.ts: word → folded.
const ROWS: [string, string, string][] = [
  ['"RТ" with a Cyrillic Т', 'R\u0422', 'RT'],
  ['"stоry" with a Cyrillic о', 'st\u043ery', 'story'],
  ['"cоm" with a Cyrillic о', 'c\u043em', 'com'],
  ['"RΤ" with a Greek Τ', 'R\u03a4', 'RT'],
  ['all-Cyrillic "РТ" stays', '\u0420\u0422', '\u0420\u0422'],
  ['Russian "Россия" stays', 'Россия', 'Россия'],
  ['"Rоссия" (more Cyrillic than Latin) stays', 'R\u043eссия', 'R\u043eссия'],
  ['"Wiкi" (к has no look-alike here) stays', 'Wi\u043ai', 'Wi\u043ai'],
  ['all-Greek "ΑΡΤ" stays', 'ΑΡΤ', 'ΑΡΤ'],
  ['plain Latin stays', 'story', 'story'],
];

describe('mixed-script fold: the table of confusables.ts', () => {
  test.each(ROWS)('%s', (_case, word, folded) => {
    expect(foldMixedWord(word)).toBe(folded);
  });

  test('a text keeps its length and its Russian words', () => {
    const text = 'Follow R\u0422 on: Россия, сеть, rt.c\u043em';
    const out = foldMixedScript(text);
    expect(out).toBe('Follow RT on: Россия, сеть, rt.com');
    expect(out.length).toBe(text.length);
  });

  test('brand matching sees "RТ", with its offsets and the page\'s own text', () => {
    const hits = findBrands('Lavrov speaks — R\u0422 Russia & Former Soviet Union');
    expect(hits.map((h) => h.outlet)).toContain('rt');
  });

  test('boilerplate tokens fold "stоry" to "story"', () => {
    expect(tokenize('You can share this st\u043ery').norm).toEqual(['you', 'can', 'share', 'this', 'story']);
  });
});
