import { DomainTable } from './domain-table';

const table = new DomainTable<string>([
  ['rt.com', 'rt'],
  ['de.rt.com', 'rt-de'],
  ['10.0.0.1', 'ip'],
  ['youtube.com/@channel', 'channel'],
  ['youtube.com/@channel/live', 'channel-live'],
]);

describe('DomainTable', () => {
  test('most specific registered domain wins, walking up the labels', () => {
    expect(table.match('a.b.de.rt.com', undefined, 'rt.com')).toEqual({ value: 'rt-de', matchedDomain: 'de.rt.com' });
    expect(table.match('www.rt.com', undefined, 'rt.com')).toEqual({ value: 'rt', matchedDomain: 'rt.com' });
  });

  test('only whole labels match', () => {
    expect(table.match('breitbart.com', undefined, 'breitbart.com')).toBeNull();
    expect(table.match('rt.com.evil.net', undefined, 'evil.net')).toBeNull();
  });

  test('the walk stops at the floor; a null floor matches nothing', () => {
    const t = new DomainTable([['co.uk', 'suffix']]);
    expect(t.match('bbc.co.uk', undefined, 'bbc.co.uk')).toBeNull();
    expect(t.match('bbc.co.uk')).toEqual({ value: 'suffix', matchedDomain: 'co.uk' }); // why the data test forbids suffixes
    expect(t.match('co.uk', undefined, null)).toBeNull();
  });

  test('IP literals match exactly', () => {
    expect(table.match('10.0.0.1')).toEqual({ value: 'ip', matchedDomain: '10.0.0.1' });
    expect(table.match('110.0.0.1')).toBeNull();
    expect(table.match('0.0.1')).toBeNull();
  });

  test('path-scoped entries need the path, at a segment boundary; longest prefix first', () => {
    expect(table.match('youtube.com', undefined, 'youtube.com')).toBeNull();
    expect(table.match('youtube.com', '/', 'youtube.com')).toBeNull();
    expect(table.match('www.youtube.com', '/@Channel/videos', 'youtube.com')?.value).toBe('channel');
    expect(table.match('youtube.com', '/@channel/live/x', 'youtube.com')?.value).toBe('channel-live');
    expect(table.match('youtube.com', '/@channelfoo', 'youtube.com')).toBeNull();
    expect(table.match('m.youtube.com', '/@channel', 'youtube.com')).toBeNull();
  });
});
