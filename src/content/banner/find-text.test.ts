import { FIND_LIMITS, locate } from './find-text';

/** The located text, read back from the chunks: what a Range over those positions would contain. */
function read(chunks: string[], needle: string): string | null {
  const hit = locate(chunks, needle);
  if (!hit) return null;
  const { start, end } = hit;
  if (start.node === end.node) return chunks[start.node]!.slice(start.offset, end.offset);
  return [chunks[start.node]!.slice(start.offset), ...chunks.slice(start.node + 1, end.node), chunks[end.node]!.slice(0, end.offset)].join('');
}

describe('locate', () => {
  test.each([
    ['inside one node', ['Quelle: ', 'Quelllink', ' (englisch)'], 'Quelllink', 'Quelllink'],
    ['across nodes', ['Folgen Sie ', 'RT', ' weiter auf Telegram'], 'Folgen Sie RT weiter', 'Folgen Sie RT weiter'],
    ['white space collapsed on the page', ['Sie können  diese\n   Geschichte', ' in den sozialen Medien teilen:'], 'Sie können diese Geschichte in den sozialen Medien teilen', 'Sie können  diese\n   Geschichte in den sozialen Medien teilen'],
    ['white space in the evidence', ['[the world]'], '  [the\nworld] ', '[the world]'],
    ['white space split over nodes', ['Moskau ', ' und', ' Pjöngjang'], 'Moskau und Pjöngjang', 'Moskau  und Pjöngjang'],
    ['another case as a fallback', ['FOLGEN SIE RT WEITER'], 'Folgen Sie RT weiter', 'FOLGEN SIE RT WEITER'],
    ['the first occurrence', ['RT und ', 'RT'], 'RT', 'RT'],
    ['right-to-left text', ['قالت ', 'روسيا اليوم', ' إن'], 'روسيا اليوم', 'روسيا اليوم'],
    ['not there', ['Nichts davon'], 'Quelllink', null],
    ['an empty needle', ['text'], '   ', null],
  ])('%s', (_what, chunks, needle, found) => {
    expect(read(chunks, needle)).toBe(found);
  });

  test('positions point at the nodes', () => {
    expect(locate(['a ', 'bc', ' d'], 'bc d')).toEqual({ start: { node: 1, offset: 0 }, end: { node: 2, offset: 2 } });
  });

  test('reads at most FIND_LIMITS.chars', () => {
    const big = ['x'.repeat(FIND_LIMITS.chars), 'needle'];
    expect(locate(big, 'needle')).toBeNull();
  });
});
