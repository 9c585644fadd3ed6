import { declaredCharset } from './decode';
import { randomStrings } from '../core/test-kit';

const OLD = (head: string) => /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;

describe('declaredCharset', () => {
  test.each([
    ['<meta charset="windows-1251">', 'windows-1251'],
    ['<META http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', 'iso-8859-2'],
    ["<meta content='text/html; charset = \" koi8-r'>", 'koi8-r'],
    ['<meta name="x"><meta charset=utf-8 charset=latin1>', 'latin1'],
    ['<metacharset=x>', null],
    ['<title>charset=x</title>', null],
  ])('%s → %s', (head, charset) => {
    expect(declaredCharset(head)).toBe(charset);
    expect(declaredCharset(head)).toBe(OLD(head));
  });

  test('finds what the old cubic pattern found', () => {
    const heads = [`${'<META<'.repeat(150)}\u0000CHARSET=${'\t'.repeat(150)}=R`, ...randomStrings(['<meta', '<', '>', ' ', '\t', '=', '"', "'", 'charset', 'CharSet', 'utf-8', 'x'], 4000, 14)];
    for (const h of heads) expect(declaredCharset(h)).toBe(OLD(h));
  });
});
