import { endsWithSourceLabel, isSourceAnchor, isSourceLabel } from './source-words';

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
