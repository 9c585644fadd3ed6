import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadCases } from '../../test/corpus-cases';
import { BRANDS } from '../core/signals/brands';
import { brandTest } from './brand-pattern';
import { gate } from './gate';

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
  ])('%s', (_what, url, doc, reason) => {
    expect(gate(doc, url, brands)).toBe(reason);
  });

  test('every unambiguous brand name and pattern example opens it', () => {
    const names = BRANDS.flatMap((b) => [...b.names, ...(b.hosts ?? [])]);
    const missed = names.filter((n) => gate(page(`<p>Es berichtete ${n} am Montag.</p>`), PLAIN, brands) !== 'brand');
    expect(missed).toEqual([]);
    expect(gate(page('<p>Pravda DE meldet</p>'), PLAIN, brands)).toBe('brand');
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
