import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadCases } from '../../test/corpus-cases';
import { BRANDS } from '../core/signals/brands';
import hostsJson from '../data/hosts.json';
import { brandTest } from './brand-pattern';
import { addressVerdict, gate, GATE_LIMITS, outletLinkFilter } from './gate';

const brands = brandTest();
const page = (body: string, head = '<title>Nachrichten</title>') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const PLAIN = 'https://news.example/2024/01/story';

describe('gate', () => {
  test.each([
    ['an outlet host', 'https://www.rt.com/russia/1-x/', page('<p>Text</p>'), 'site'],
    ['a public broadcaster host', 'https://www.bbc.com/news/1', page('<p>Text</p>'), 'site'],
    ['a Wayback copy', 'https://web.archive.org/web/2024/https://news.example/a', page('<p>Text</p>'), 'wrapper'],
    ['Google Translate residue', PLAIN, page('<p><font style="vertical-align: inherit;">Text</font></p>'), 'mt-residue'],
    ['a canonical at the outlet', PLAIN, page('<p>Text</p>', '<link rel="canonical" href="https://de.rt.com/a/1">'), 'canonical'],
    ['a link to the outlet', PLAIN, page('<p><a href="https://www.rt.com/russia/1/">Quelllink</a></p>'), 'link'],
    ['a hotlinked image', PLAIN, page('<img src="https://cdni.rt.com/files/x.jpg">'), 'link'],
    ['a brand in the title', PLAIN, page('<p>Text</p>', '<title>Kreml – RT Russland und ehemalige Sowjetunion</title>'), 'brand'],
    ['a brand in the text', PLAIN, page('<p>Wie die Nachrichtenagentur TASS meldete, …</p>'), 'brand'],
    ['an outlet address as text', PLAIN, page('<p>Quelle: www.rt.com/russia</p>'), 'brand'],
    ['an ambiguous name in a dateline', PLAIN, page('<p>ANKARA (AA) – Text</p>'), 'brand'],
    ['an ordinary page', PLAIN, page('<p>Der Stadtrat tagte am Dienstag.</p>'), null],
    ['links to public media only', PLAIN, page('<a href="https://www.bbc.com/news">BBC</a> <a href="https://www.dw.com/de">DW</a>'), null],
    ['another host ending in rt.com', PLAIN, page('<p>Read it on breitbart.com and art.com</p>'), null],
    ['capitalised words containing RT', PLAIN, page('<p>PART ONE: SMART ART</p>'), null],
    ['an ambiguous name in running text', PLAIN, page('<p>The AA meeting and CCTV footage</p>'), null],
    ['a brand in the h1', PLAIN, page('<h1>Sputnik meldet Einigung</h1><p>Text</p>'), 'brand'],
    ['a brand at the end of the article', PLAIN, page(`<article><p>${'Text. '.repeat(2_000)}</p><p>Quelle: TASS</p></article>`), 'brand'],
    ['a brand in the menu only', PLAIN, page('<nav><a href="/tv">TV guide: BBC, CNN, RT, France 24</a></nav><p>Weather</p>'), null],
    ['a brand in a role=menu list only', PLAIN, page('<ul role="menu"><li>RT</li></ul><p>Weather</p>'), null],
    ['a brand in a script only', PLAIN, page('<script>var s = "RT";</script><p>Weather</p>'), null],
  ])('%s', (_what, url, doc, reason) => {
    expect(gate(doc, url, brands)).toBe(reason);
  });

  test('every unambiguous brand name and pattern example opens it', () => {
    const names = BRANDS.flatMap((b) => [...b.names, ...(b.hosts ?? [])]);
    const missed = names.filter((n) => gate(page(`<p>Es berichtete ${n} am Montag.</p>`), PLAIN, brands) !== 'brand');
    expect(missed).toEqual([]);
    expect(gate(page('<p>Pravda DE meldet</p>'), PLAIN, brands)).toBe('brand');
  });

  test('reads only both ends of the main text: a brand in the middle of a long article is left to the links', () => {
    const filler = `<p>${'Der Stadtrat tagte. '.repeat(GATE_LIMITS.edgeChars / 10)}</p>`;
    expect(gate(page(`<article>${filler}<p>laut TASS</p>${filler}</article>`), PLAIN, brands)).toBeNull();
  });

  test('the brand test is made only when the gate gets that far', () => {
    const make = jest.fn(() => brands);
    expect(gate(page('<p>Text</p>'), 'https://www.rt.com/russia/1-x/', make)).toBe('site');
    expect(make).not.toHaveBeenCalled();
    expect(gate(page('<p>laut TASS</p>'), PLAIN, make)).toBe('brand');
    expect(make).toHaveBeenCalledTimes(1);
  });

  test('addressVerdict: public media and informational outlets on their own site, nothing else', () => {
    expect(addressVerdict('https://www.bbc.com/news/1')?.policy).toBe('public-media');
    expect(addressVerdict('https://www.dw.com/de/a-1')?.policy).toBe('public-media');
    expect(addressVerdict('https://www.agerpres.ro/politica/1')?.policy).toBe('inform');
    expect(addressVerdict('https://www.rt.com/russia/1-x/')).toBeNull(); // warns: the banner needs the page
    expect(addressVerdict('https://web.archive.org/web/2024/https://www.bbc.com/news/1')).toBeNull();
    expect(addressVerdict(PLAIN)).toBeNull();
    expect(addressVerdict('file:///tmp/x.html')).toBeNull();
  });

  test('path-scoped registry entries are one path segment deep (the gate caches look-ups by host and first segment)', () => {
    const scoped = Object.values(hostsJson as unknown as Record<string, string[]>).flatMap(([, ...domains]) => domains.filter((d) => d.includes('/')));
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.filter((d) => !/^[^/]+\/[^/]+$/.test(d))).toEqual([]);
    const page2 = page('<a href="https://odysee.com/@someone:1/video">x</a><a href="https://odysee.com/@rtfrance:a/video">y</a>');
    expect(gate(page2, PLAIN, brands)).toBe('link');
  });

  test('outletLinkFilter: selectors only for links to registered outlets', () => {
    const wants = outletLinkFilter();
    expect(wants('https://www.rt.com/russia/1/')).toBe(true);
    expect(wants('https://cdni.rt.com/x.jpg')).toBe(true);
    expect(wants('https://news.example/a')).toBe(false);
  });

  test('a non-http address shuts it', () => {
    expect(gate(page('<p>RT</p>'), 'file:///tmp/x.html', brands)).toBeNull();
  });
});

describe('gate on the corpus', () => {
  const cases = loadCases();
  const open = (c: (typeof cases)[number]) => {
    const doc = parseHTML(readFileSync(join(c.dir, 'page.html'), 'utf8')).document as unknown as Document;
    return gate(doc, c.url, brands);
  };

  test('opens on every page the engine is expected to warn about', () => {
    const missed = cases.filter((c) => c.expect.warn).filter((c) => open(c) === null).map((c) => c.name);
    expect(missed).toEqual([]);
  });

  test('opens on every page expected to be state media, republished, citing or public media', () => {
    const kinds = (c: (typeof cases)[number]) => (c.expect.kind ? [c.expect.kind] : c.expect.kindIn ?? []);
    const found = cases.filter((c) => kinds(c).length > 0 && !kinds(c).includes('none'));
    const missed = found.filter((c) => open(c) === null).map((c) => c.name);
    expect(missed).toEqual([]);
  });
});
