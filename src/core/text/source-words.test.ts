import { READ_ON_PHRASES, SOURCE_LABELS, clean, endsWithSourceLabel, isSourceAnchor, isSourceLabel } from './source-words';
import { randomStrings } from '../test-kit';

// [text, isSourceLabel, isSourceAnchor]
const ROWS: [string, boolean, boolean][] = [
  ['Quelle', true, true],
  ['Source', true, true],
  ['Fuente', true, true],
  ['Źródło', true, true],
  ['Источник:', true, true],
  ['来源', true, true],
  ['출처', true, true],
  ['Quelllink', true, true],
  ['Source link', true, true],
  ['Read the original', false, true],
  ['Weiterlesen', false, true],
  ['Lire la suite', false, true],
  ['Source: RT', false, true],
  ['Read more at RT.com', false, true],
  ['Bildquelle', false, false],
  ['Photo', false, false],
  ['Foto', false, false],
  ['La versione di Mosca', false, false],
  ['said in a statement', false, false],
  ['according to reports', false, false],
  ['Sources say the talks failed', false, false],
  ['RT', false, false],
];

describe('source-words', () => {
  test.each(ROWS)('%s → label %s, anchor %s', (text, label, anchor) => {
    expect(isSourceLabel(text)).toBe(label);
    expect(isSourceAnchor(text)).toBe(anchor);
  });

  test.each([
    ['Quelle: ', true],
    ['Der Text. Source - ', true],
    ['来源：', true],
    ['Read more at ', true],
    ['Weiterlesen: ', true],
    ['Source', true],
    ['Bildquelle: ', false],
    ['The channel ', false],
    ['according to ', false],
  ])('text before a link %j ends with a source label: %s', (text, yes) => {
    expect(endsWithSourceLabel(text as string)).toBe(yes);
  });
});

describe('clean: the linear trims answer as the old pattern', () => {
  const old = (s: string) =>
    s.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^[\s[(【（«"“„'‘>»→›·•*|-]+|[\s\])】）»"”'’:：.…>›→»·•*|-]+$/gu, '').trim();
  const texts = [...ROWS.map((r) => r[0]), `)${')'.repeat(2000)}\u0000`, '"»Quelle«:', ...randomStrings(['a', ' ', '"', '»', '«', '(', ')', ':', '-', '.', '|', '>'], 3000, 12)];
  test('same results', () => {
    for (const t of texts) expect(clean(t)).toBe(old(t));
  });
});

describe('src/data/source-words.json', () => {
  test('labels and read-on phrases: lower case, trimmed, each once', () => {
    for (const list of [SOURCE_LABELS, READ_ON_PHRASES]) {
      expect(list.length).toBeGreaterThan(50);
      for (const w of list) expect(w).toBe(w.toLowerCase().trim());
      expect(new Set(list).size).toBe(list.length);
    }
  });
  test('every label and read-on phrase is recognised as such (the table and the matcher agree)', () => {
    for (const l of SOURCE_LABELS) expect([l, isSourceLabel(l)]).toEqual([l, true]);
    for (const p of READ_ON_PHRASES) expect([p, isSourceAnchor(p)]).toEqual([p, true]);
  });
});
