import { readdirSync } from 'node:fs';
import { FIXTURES, loadFixture } from '../../../test/platforms/fixtures';
import { ADAPTERS, adapterFor } from './index';

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

/** The adapter a fixture is for: the longest adapter name its file name starts with ("youtube-embed-…" → youtube-embed). */
const ownerOf = (name: string) =>
  ADAPTERS.map((a) => a.name)
    .filter((a) => name === a || name.startsWith(`${a}-`))
    .sort((a, b) => b.length - a.length)[0];

test.each(fixtures)('%s: its address is read by its adapter, and by that one only', (name) => {
  const u = new URL(loadFixture(name).url);
  const matching = ADAPTERS.filter((a) => a.matches(u.hostname, u.pathname)).map((a) => a.name);
  expect(matching).toEqual([ownerOf(name)]);
  expect(adapterFor(u.hostname.toUpperCase(), u.pathname)?.name).toBe(ownerOf(name));
});

test('every search engine is listed, with the search switch', () => {
  expect(ADAPTERS.filter((a) => a.platform === 'search').map((a) => a.name).sort()).toEqual(['bing', 'duckduckgo', 'google', 'startpage', 'yandex']);
});

test('an ordinary site has no adapter', () => {
  expect(adapterFor('www.rt.com', '/search')).toBeNull();
});
