import { parseDigest } from '../gate/digest';
import { markupWithoutInvisible, withoutInvisible } from './invisible';

test.each([
  ['R\u200BT', 'RT'],
  ['rt\u2060.com', 'rt.com'],
  ['\uFEFFFolgen Sie RT', 'Folgen Sie RT'],
  ['Spu\u00ADtnik', 'Sputnik'],
  ['R\u200B\u200BT R\u200BT', 'RT RT'],
  ['می\u200Cخواهم', 'می\u200Cخواهم'], // ZWNJ stays: Persian needs it
  ['👩\u200D💻', '👩\u200D💻'], // ZWJ stays: emoji sequences need it
  ['no\u00A0break', 'no\u00A0break'],
  ['plain', 'plain'],
])('withoutInvisible(%j) = %j', (input, out) => {
  expect(withoutInvisible(input)).toBe(out);
  expect(withoutInvisible(input)).toBe(out); // no state kept between calls
});

test.each([
  ['<title>News | R&#8203;T</title>', '<title>News | RT</title>'],
  ['R&#x200B;T R&#X200b T', 'RT R T'], // no semicolon: the reference ends at the space, which stays
  ['Spu&shy;tnik Spu&#173;tnik Spu&#xAD;tnik', 'Sputnik Sputnik Sputnik'],
  ['&#65279;x&#xfeff;y', 'xy'],
  ['&#x0000200b;z', 'z'],
  ['&#82031; &#x200bc; &amp; &#x200c;', '&#82031; &#x200bc; &amp; &#x200c;'], // other characters, and ZWNJ, stay
  ['<a href="https://rt\u200B.com/a/">R\u200BT</a>', '<a href="https://rt.com/a/">RT</a>'],
])('markupWithoutInvisible(%j) = %j', (input, out) => {
  expect(markupWithoutInvisible(input)).toBe(out);
});

test('linear on hostile input: a million references and characters', () => {
  const s = '&#8203'.repeat(200_000) + '\u200B'.repeat(200_000) + '&#x'.repeat(200_000);
  expect(markupWithoutInvisible(s)).toBe('&#x'.repeat(200_000));
});

test("the digest's texts lose them too, so a hidden brand still opens the gate", () => {
  const d = parseDigest({ url: 'https://x.example/a', title: 'Lavrov | R\u200BT', siteName: 'X\u00ADNews', h1: 'Lavrov', canonical: null, ogUrl: null, lang: 'en', mtResidue: false, hosts: [], edges: 'Follow R\u2060T on' });
  expect(d).toMatchObject({ title: 'Lavrov | RT', siteName: 'XNews', edges: 'Follow RT on' });
});
