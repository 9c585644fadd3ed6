import { brandSegment, exactBrand, findBrands, trimFullStops, trimQuotes } from './index';
import { randomStrings } from '../test-kit';
import { outletById } from '../registry/index';
import { BRANDS, SECTION_NAMES, knownSection } from './index';

// findBrands: the first outlet named in running text (strong names only), or null.
const TEXT: [string, string | null][] = [
  ['according to RT', 'rt'],
  ['RT DE berichtet', 'rt-de'],
  ['Foto: Mikhail Sinitsyn/TASS', 'tass'],
  ['сообщает РИА Новости', 'ria-novosti'],
  ['据新华社报道', 'xinhua'],
  ['Pravda EN reposted it', 'pravda-network'],
  ['the article on pravda-de.com', 'pravda-network'],
  ['selon Sputnik', 'sputnik'],
  ['laut RIA Nowosti', 'ria-novosti'],
  ['ИТАР-ТАСС', 'tass'],
  ['see www.rt.com/russia/590571-x/', 'rt'],
  ['Al Jazeera reported', 'al-jazeera'],
  ['RT世界新闻', 'rt'],
  ['タス通信によると', 'tass'],
  // no-fire
  ['Sputnik V vaccine', null],
  ['szczepionki Sputnik V', null],
  ['zakup Sputnika V', null],
  ['the Sputnik 1 satellite', null],
  ['RT-PCR test', null],
  ['RT @user great thread', null],
  ['ART and Smart', null],
  ['CCTV footage shows the attack', null],
  ['Ukrainska Pravda', null],
  ['Pravda said', null],
  ['tass Rt rt', null],
  ['www.breitbart.com', null],
  ['Anti-RT protest', null],
  ['Anadolu lisesi', null],
];

// brandSegment: a title segment that is a brand or brand + section (original or translated).
const SEGMENT: [string, string | null][] = [
  ['RT Russland und ehemalige Sowjetunion', 'rt'],
  ['RT World News', 'rt'],
  ['RT世界新闻', 'rt'],
  ['RTワールドニュース', 'rt'],
  ['Мировые новости RT', 'rt'],
  ['Світові новини RT', 'rt'],
  ['חדשות RT העולמיות', 'rt'],
  ['Sputnik International', 'sputnik'],
  ['RT in Russian', 'rt'],
  ['РТ на русском', 'rt'],
  ['Xinhua', 'xinhua'],
  ['RT France', 'rt-france'],
  // no-fire
  ['Why RT was banned', null],
  ['The Guardian', null],
  ['Sputnik V vaccine', null],
  ['RT (TV network)', null],
  ['Wikipedia', null],
  ['Politics', null],
  ['The Kremlin said so, RT reported, and it is not the first time this happened in Moscow', null],
  ['Ukrainska Pravda', null],
];

describe('findBrands', () => {
  test.each(TEXT)('%s → %s', (text, outlet) => {
    expect(findBrands(text)[0]?.outlet ?? null).toBe(outlet);
  });

  test('ambiguous names only when asked', () => {
    expect(findBrands('CCTV')).toEqual([]);
    expect(findBrands('CCTV', { ambiguous: true })[0]?.outlet).toBe('cctv');
    expect(exactBrand('AA')?.outlet).toBe('anadolu');
  });

  test('the exact text of the name is returned', () => {
    const [h] = findBrands('Quelle: RT DE.');
    expect(h?.text).toBe('RT DE');
  });

  test('every outlet in the table exists in the registry', () => {
    for (const b of BRANDS) expect(outletById(b.outlet)?.id).toBe(b.outlet);
  });
});

describe('brandSegment', () => {
  test.each(SEGMENT)('%s → %s', (segment, outlet) => {
    const hit = brandSegment(segment);
    expect(hit?.outlet ?? null).toBe(outlet);
    if (hit) expect(hit.text).toBe(segment);
  });
});

describe('exactBrand and brandSegment: linear trims answer as the old patterns', () => {
  const texts = ['"RT"', '«Sputnik».', '"..', '"”', 'Xinhua。', `${'.'.repeat(2000)}\u0000.`, `\u0000${'.'.repeat(2000)}\u0000`, ...randomStrings(['RT', 'TASS', '"', "'", '«', '»', '.', '。', '’', ' ', 'x'], 2000, 8)];
  test('the patterns', () => {
    for (const t of texts) {
      expect(trimQuotes(t)).toBe(t.replace(/^[«"“„'‘]+|[»"”'’.。]+$/gu, ''));
      expect(trimFullStops(t)).toBe(t.replace(/[.。]+$/u, ''));
    }
  });
});

describe('src/data/brands.json', () => {
  test('every entry names something; hosts in lower case with a dot; every pattern holds "ravda" (the quick rejection needs it)', () => {
    for (const e of BRANDS) {
      expect(e.names.length + (e.ambiguous?.length ?? 0)).toBeGreaterThan(0);
      for (const h of e.hosts ?? []) expect(h).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/u);
      for (const p of e.patterns ?? []) expect(p).toContain('ravda');
    }
  });
  test('one entry per outlet, and no name twice within an entry', () => {
    expect(new Set(BRANDS.map((e) => e.outlet)).size).toBe(BRANDS.length);
    for (const e of BRANDS) {
      const all = [...e.names, ...(e.ambiguous ?? [])];
      expect(new Set(all).size).toBe(all.length);
    }
  });
  test('section names belong to outlets of the table, each once', () => {
    const outlets = new Set(BRANDS.map((e) => e.outlet));
    for (const s of SECTION_NAMES) expect(outlets.has(s.outlet)).toBe(true);
    expect(new Set(SECTION_NAMES.map((s) => s.name.toLowerCase())).size).toBe(SECTION_NAMES.length);
    expect(knownSection('rt world news')).toEqual({ outlet: 'rt', name: 'RT World News' });
    expect(knownSection('Sputnik  India')).toEqual({ outlet: 'sputnik', name: 'Sputnik India' });
  });
});
