import { isIpLiteral, normalizeHost, withoutWww } from './normalize';
import { randomStrings } from '../test-kit';

describe('normalizeHost', () => {
  test.each([
    ['RT.com', 'rt.com'],
    ['rt.com.', 'rt.com'],
    ['rt.com..', 'rt.com'],
    ['rt.com:8443', 'rt.com'],
    ['  www.RT.com:443  ', 'www.rt.com'],
    ['https://de.rt.com/x?y#z', 'de.rt.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['ＲＴ．com', 'rt.com'],
    ['[::1]:8080', '[::1]'],
    ['89.191.237.192', '89.191.237.192'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  test.each(['', '   ', 'a b', '.', 'http://'])('%j → null', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });
});

test('isIpLiteral', () => {
  expect(isIpLiteral('89.191.237.192')).toBe(true);
  expect(isIpLiteral('[2001:db8::1]')).toBe(true);
  expect(isIpLiteral('89.191.237.192.nip.io')).toBe(false);
  expect(isIpLiteral('rt.com')).toBe(false);
});

test('withoutWww', () => {
  expect(withoutWww('www.rt.com')).toBe('rt.com');
  expect(withoutWww('www.com')).toBe('www.com');
  expect(withoutWww('www3.nhk.or.jp')).toBe('www3.nhk.or.jp');
});

test('the trailing-dot trim answers as the old /\\.+$/', () => {
  for (const t of ['rt.com.', 'rt.com...', '...', `${'.'.repeat(3000)}\u0000.`, ...randomStrings(['a', '.', '-'], 2000, 12)]) {
    expect(t.replace(/(?<!\.)\.+$/, '')).toBe(t.replace(/\.+$/, ''));
  }
  expect(normalizeHost(`http://rt.com${'.'.repeat(3000)}/`)).toBe('rt.com');
});
