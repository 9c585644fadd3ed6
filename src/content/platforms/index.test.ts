import { readdirSync } from 'node:fs';
import { FIXTURES, loadFixture } from '../../../test/platforms/fixtures';
import { ADAPTERS, adapterFor } from './index';

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

test.each(fixtures)('%s: its address is read by its adapter, and by that one only', (name) => {
  const u = new URL(loadFixture(name).url);
  const matching = ADAPTERS.filter((a) => a.matches(u.hostname, u.pathname)).map((a) => a.name);
  expect(matching).toEqual([name.split('-')[0]]);
  expect(adapterFor(u.hostname.toUpperCase(), u.pathname)?.name).toBe(name.split('-')[0]);
});

test('every search engine is listed, with the search switch', () => {
  expect(ADAPTERS.filter((a) => a.platform === 'search').map((a) => a.name).sort()).toEqual(['bing', 'duckduckgo', 'google', 'startpage', 'yandex']);
});

test('an ordinary site has no adapter', () => {
  expect(adapterFor('www.rt.com', '/search')).toBeNull();
});
