import { nameStem, quickTest } from './quick';
import { BRANDS, findBrands } from './index';

// What the quick test stands in for: the alternations findBrands used to reject texts with (names as brands.ts
// writes them into patterns: any white space between words, either apostrophe).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const source = (n: string) => escape(n).replace(/ /g, '[\\s\\u00a0]+').replace(/['’]/g, "['’]");
const NAMES = BRANDS.flatMap((e) => [...e.names, ...(e.ambiguous ?? [])]);
const HOSTS = BRANDS.flatMap((e) => e.hosts ?? []);
const NAMES_RE = new RegExp(`${NAMES.map(source).join('|')}|ravda`, 'u');
const HOSTS_RE = new RegExp(HOSTS.map(source).join('|'), 'iu');
const quick = quickTest([...NAMES.map(nameStem), 'ravda'], HOSTS);

describe('brand quick test', () => {
  test.each([
    ['a name mid-sentence', 'according to RT on Monday', true],
    ['a name split by a no-break space', 'reported by Russia\u00a0Today', true],
    ['a typographic apostrophe', 'People’s Daily said', true],
    ['a CJK name', '据新华社报道', true],
    ['a Pravda network name', 'see pravda-de.com', true],
    ['a host in capitals', 'see WWW.RT.COM/news', true],
    ['a host with a Kelvin sign (any case, as /i/u compares)', 'kp.ru', true],
    ['a host with a long s', 'taſs.ru', true],
    ['a host at the very start', 'rt.com', true],
    ['plain prose', 'The minister said on Monday that talks would go on.', false],
    ['lower-case names', 'tass and xinhua in lower case', false],
    ['dots without hosts', 'e.g. U.S. 3.5 per cent, ... and.', false],
    ['empty', '', false],
  ])('%s', (_why, text, may) => {
    expect(quick.nameStarts(text).length > 0 || quick.hosts(text)).toBe(may);
    expect(NAMES_RE.test(text) || HOSTS_RE.test(text)).toBe(may);
  });

  test('never rejects a text the alternations accept (random texts around every name and host)', () => {
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n);
    const noise = ['a', 'R', 'T', ' ', '\u00a0', '.', '’', "'", 'ſ', 'K', 'Ру', '新', '-', 'com', 'www.', 'S'];
    const pieces = [...NAMES, ...HOSTS, ...HOSTS.map((h) => h.toUpperCase()), ...NAMES.map((n) => n.replace(/ /g, '  '))];
    for (let i = 0; i < 5_000; i++) {
      let text = '';
      for (let j = rnd(6); j >= 0; j--) text += rnd(3) ? noise[rnd(noise.length)] : pieces[rnd(pieces.length)]!.slice(rnd(3));
      const may = quick.nameStarts(text).length > 0 || quick.hosts(text);
      if (NAMES_RE.test(text) || HOSTS_RE.test(text)) expect([text, may]).toEqual([text, true]);
    }
  });

  test('names are tried at every place one may start, not only the first', () => {
    expect(quick.nameStarts('PLAN: as RT said')).toEqual([0, 9]);
    expect(findBrands('PLAN to GTA: as RT said, TASS too').map((h) => h.text)).toEqual(['RT', 'TASS']);
  });

  test('findBrands still finds names and hosts behind it', () => {
    expect(findBrands('as TASS reported, see tass.com').map((h) => h.outlet)).toEqual(['tass', 'tass']);
  });

  test('refuses names without a literal start and hosts it cannot fold', () => {
    expect(() => quickTest([nameStem(' RT')], [])).toThrow();
    expect(() => quickTest(['Russia Today'], [])).toThrow();
    expect(() => quickTest(['RT'], ['RT.COM'])).toThrow();
  });
});
