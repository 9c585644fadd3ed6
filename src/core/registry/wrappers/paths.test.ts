import { randomStrings } from '../../test-kit';

describe('AMP cache and Wayback paths: linear patterns answer as the old ones', () => {
  const paths = ['/c/s/x.com/p', '/v/x.com', '/wp/s/.x/', '/c/a.', '/c/.a.', '/amp/s/rt.com/news/1', '/amp/\n.m.m#', `/v/v${'.p'.repeat(2000)}#`, `/amp/\n${'.m'.repeat(2000)}#`,
    ...randomStrings(['/', 'c/', 'v/', 's/', 'amp/', 'a', '.', '?', '#', '\n'], 4000, 10).map((s) => `/${s}`)];
  test('same matches', () => {
    for (const p of paths) {
      expect(/^\/(?:c|v|wp)\/(s\/)?([^/?#][^/?#.]*\.[^/?#]+(?:\/.*)?)$/.exec(p)?.slice(0)).toEqual(/^\/(?:c|v|wp)\/(s\/)?([^/?#]+\.[^/?#]+(?:\/.*)?)$/.exec(p)?.slice(0));
      expect(/^\/amp\/(s\/)?([^/?#][^/?#.]*\.[^/?#]+(?:\/.*)?)$/.exec(p)?.slice(0)).toEqual(/^\/amp\/(s\/)?([^/?#]+\.[^/?#]+(?:\/.*)?)$/.exec(p)?.slice(0));
    }
    for (const s of ['20240101*/x', '***', `${'*'.repeat(3000)}\u0000*`, ...randomStrings(['*', 'a', '/'], 1000, 10)]) {
      expect(s.replace(/(?<!\*)\*+$/, '')).toBe(s.replace(/\*+$/, ''));
    }
  });
});
