import { hostVerdict } from './host-index';

describe('hostVerdict (content script index)', () => {
  test('host → outlet id, policy and the matched domain', () => {
    expect(hostVerdict('foo.de.rt.com')).toEqual({ outletId: 'rt-de', policy: 'warn', matchedDomain: 'de.rt.com' });
    expect(hostVerdict('WWW.BBC.CO.UK.')).toEqual({ outletId: 'bbc', policy: 'public-media', matchedDomain: 'bbc.co.uk' });
    expect(hostVerdict('www.nhk.or.jp:443')?.policy).toBe('inform');
  });

  test('near misses', () => {
    for (const host of ['breitbart.com', 'rt.com.evil.net', 'pravda.com.ua', 'co.uk', '', 'odysee.com']) {
      expect(hostVerdict(host)).toBeNull();
    }
  });

  test('path-scoped entries need the path', () => {
    expect(hostVerdict('odysee.com', '/@RTFRANCE:a/live')?.outletId).toBe('rt-france');
    expect(hostVerdict('odysee.com', '/@other')).toBeNull();
  });
});
