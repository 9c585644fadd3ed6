import { lettersOutside, maskSpans, quotedSpans } from './quotes';

// [case, paragraph, quoted texts]
const ROWS: [string, string, string[]][] = [
  ['en “…”', 'RT ends with “Follow RT on” and a row of icons.', ['“Follow RT on”']],
  ['de „…“', 'Er schrieb „MOSKAU (Sputnik) –“ darüber.', ['„MOSKAU (Sputnik) –“']],
  ['ru «…»', 'Статьи RT кончаются словами «Подписывайтесь на RT».', ['«Подписывайтесь на RT»']],
  ['de »…«', 'Sie nannten es »Quelle: RT« und gingen.', ['»Quelle: RT«']],
  ['ja 「…」', '記事は「RTをフォロー」で終わる。', ['「RTをフォロー」']],
  ['straight "…"', 'He said "Source: RT" twice.', ['"Source: RT"']],
  ['de ‚…‘ inside „…“: the outer span only', '„außen ‚innen‘ außen“', ['„außen ‚innen‘ außen“']],
  ['two quotations', '“One” and «two».', ['“One”', '«two»']],
  ['he: gershayim inside a word are no quotation mark', 'דובר צה"ל אמר "המקור: RT" היום.', ['"המקור: RT"']],
  ['inch mark', 'The screen is 6.1" wide.', []],
  ['never closed', '“never closed', []],
];

describe('quotedSpans', () => {
  it.each(ROWS)('%s', (_, p, want) => {
    expect(quotedSpans(p).map((s) => p.slice(s.start, s.end))).toEqual(want);
  });

  it('masks spans with spaces, keeping offsets', () => {
    const p = 'A “b c” d';
    const m = maskSpans(p, quotedSpans(p));
    expect(m).toBe('A       d');
    expect(m.length).toBe(p.length);
    expect(lettersOutside(p, quotedSpans(p))).toBe(2);
    expect(lettersOutside('“Follow RT on”', quotedSpans('“Follow RT on”'))).toBe(0);
  });

  it('pairs a long run of marks (its time bound: test/stress.test.tsx)', () => {
    const p = '“'.repeat(50_000) + '”'.repeat(50_000);
    expect(Array.isArray(quotedSpans(p))).toBe(true);
  });
});
