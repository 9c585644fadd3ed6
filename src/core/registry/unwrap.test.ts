import { unwrapUrl } from './unwrap';
import { decodeProxyHost } from './wrappers/google-translate';

describe('unwrapUrl', () => {
  test('an address that wraps nothing comes back normalised, without a wrapper', () => {
    expect(unwrapUrl('https://RT.com/news/1')).toEqual({ url: 'https://rt.com/news/1' });
  });

  test('reports the outermost wrapper with its host and the address as seen', () => {
    const seen = 'https://web.archive.org/web/2024/https://de-rt-com.translate.goog/a?_x_tr_sl=de&_x_tr_tl=en';
    expect(unwrapUrl(seen)).toEqual({
      url: 'https://de.rt.com/a',
      wrapper: { kind: 'wayback', host: 'web.archive.org', url: seen },
    });
  });

  test('keeps the original query and fragment, drops only the wrappers’ own parameters', () => {
    expect(unwrapUrl('https://www-rt-com.translate.goog/p?a=1&_x_tr_sl=en&b=%20x&_x_tr_tl=de#h').url).toBe('https://www.rt.com/p?a=1&b=%20x#h');
    expect(unwrapUrl('https://x-com.cdn.ampproject.org/v/s/x.com/p?amp_js_v=a&usqp=b&aoh=c&q=1').url).toBe('https://x.com/p?q=1');
  });

  test('archive.today: the header hint is used only when the address does not carry the original', () => {
    const hint = { archivedFrom: 'https://tass.com/hinted' };
    expect(unwrapUrl('https://archive.ph/AbC12', hint).url).toBe('https://tass.com/hinted');
    expect(unwrapUrl('https://archive.ph/newest/https://ria.ru/carried', hint).url).toBe('https://ria.ru/carried');
    expect(unwrapUrl('https://archive.ph/AbC12', { archivedFrom: 'javascript:alert(1)' })).toEqual({
      url: 'https://archive.ph/AbC12',
      wrapper: { kind: 'archive-today', host: 'archive.ph', url: 'https://archive.ph/AbC12' },
    });
    expect(unwrapUrl('https://archive.ph/AbC12', { archivedFrom: null }).url).toBe('https://archive.ph/AbC12');
    expect(unwrapUrl('https://archive.ph/submit/?url=https%3A%2F%2Frt.com%2Fx').url).toBe('https://rt.com/x');
  });

  test('Wayback addresses that carry no original are not unwrapped', () => {
    expect(unwrapUrl('https://web.archive.org/web/')).toEqual({ url: 'https://web.archive.org/web/' });
    expect(unwrapUrl('https://web.archive.org/details/x')).toEqual({ url: 'https://web.archive.org/details/x' });
  });

  test('Wayback: percent-encoded original', () => {
    expect(unwrapUrl('https://web.archive.org/web/2024/https%3A%2F%2Frt.com%2Fx').url).toBe('https://rt.com/x');
  });

  test('Google Translate front end without an address is not a wrapper', () => {
    expect(unwrapUrl('https://translate.google.com/translate?sl=en')).toEqual({ url: 'https://translate.google.com/translate?sl=en' });
    expect(unwrapUrl('https://translate.google.com/').wrapper).toBeUndefined();
  });

  test('an inner address that is not http(s) stops the unwrapping at the wrapper', () => {
    const r = unwrapUrl('https://translate.google.com/translate?u=ftp://rt.com/x');
    expect(r.url).toBe('https://translate.google.com/translate?u=ftp://rt.com/x');
  });

  test.each(['ftp://rt.com/x', 'javascript:alert(1)', 'mailto:a@rt.com', 'chrome://extensions', 'about:blank', 'rt.com/news', '/news/1', '', 'data:text/html,x'])(
    'throws on %j',
    (input) => {
      expect(() => unwrapUrl(input)).toThrow(/http\(s\) URL|absolute URL/);
    },
  );
});

describe('decodeProxyHost', () => {
  test.each([
    ['www-rt-com', 'www.rt.com'],
    ['de-rt-com', 'de.rt.com'],
    ['my--site-com', 'my-site.com'],
    ['de-news--pravda-com', 'de.news-pravda.com'],
    ['xn----7sbab-com', 'xn--7sbab.com'],
    ['actualidad--rt-com', 'actualidad-rt.com'],
  ])('%s → %s', (label, host) => {
    expect(decodeProxyHost(label)).toBe(host);
  });
});
