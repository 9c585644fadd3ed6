import { forEachWord } from './word-spans';

const PATTERN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;

function spans(text: string): [number, number][] {
  const out: [number, number][] = [];
  forEachWord(text, (s, e) => out.push([s, e]));
  return out;
}

function byPattern(text: string): [number, number][] {
  return [...text.matchAll(PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

describe('forEachWord', () => {
  test.each([
    ['plain words', 'The Kremlin said on Monday.'],
    ['apostrophes, hyphens, digits inside and after', "RT's l’Europe CCTV-4 state-run 2024 x1 end-' ’tis -a"],
    ['marks and scripts', 'Crème brûlée, заявил в понедельник, 外交部发言人, हिन्दी, עִבְרִית, ภาษาไทย'],
    ['astral letters and lone surrogates', '𝐀𝐁𝐂 𐐀𐐨 \ud800x \udc00y 😀z'],
    ['nothing', '... 123 — !?'],
    ['empty', ''],
  ])('%s: the same spans as the pattern', (_why, text) => {
    expect(spans(text)).toEqual(byPattern(text));
  });

  test('pseudo-random texts over many character classes', () => {
    let seed = 3;
    const rnd = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n);
    const chars = ['a', 'Z', 'é', '\u0301', '1', '٣', "'", '’', '-', ' ', '.', 'ж', '中', 'ー', '𝐀', '\ud800', '\udc00', '😀', '_', '\u00a0'];
    for (let i = 0; i < 2_000; i++) {
      let text = '';
      for (let j = rnd(40); j > 0; j--) text += chars[rnd(chars.length)];
      expect(spans(text)).toEqual(byPattern(text));
    }
  });
});
