import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadCases } from '../../test/corpus-cases';
import { BRANDS } from '../core/brands/index';
import { brandTest, type TextTest } from '../core/gate/brand-pattern';
import { DIGEST_LIMITS as GATE_LIMITS, parseDigest, PATH_SCOPED_HOSTS } from '../core/gate/digest';
import { addressDecides, gateOf } from '../core/gate/gate';
import { readDigest, servedPage } from './digest';

/** The content script's digest, through the background's schema, into the background's gate. */
function gate(doc: Document, url: string, test: TextTest | (() => TextTest)) {
  const digest = parseDigest(readDigest(doc, url));
  if (!digest) throw new Error('the digest failed its own schema');
  return gateOf(digest, typeof test === 'function' ? test() : test);
}

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
    ['a listed look-alike (a registry domain of Doppelganger)', 'https://www.spiegel.ltd/a', page('<p>Text</p>'), 'site'],
    ['an address like a real outlet\'s', 'https://lemonde-info.top/politique/1', page('<p>Text</p>'), 'lookalike'],
    ['an address like an outlet whose name is a word ("Bild"): not alone', 'https://bild-aktuell.top/politik/1', page('<p>Text</p>'), null],
    ['a real outlet in the title alone, on another domain: not enough (a copy, not a disguise)', PLAIN, page('<p>Text</p>', '<title>Kanzler in Kiew – DER SPIEGEL</title>'), null],
    ['a domain like a real outlet\'s (whatever its title)', 'https://tagesschau-news.top/a', page('<p>Text</p>', '<title>Kanzler in Kiew – DER SPIEGEL</title>'), 'lookalike'],
    ['a real outlet claimed in og:site_name on an unrelated domain: not alone', PLAIN, page('<p>Text</p>', '<title>Nachrichten</title><meta property="og:site_name" content="Le Monde">'), null],
    ['a real outlet claimed in og:site_name on a domain like its own', 'https://www.lemonde-actu.live/a', page('<p>Text</p>', '<title>Nachrichten</title><meta property="og:site_name" content="Le Monde">'), 'lookalike'],
    ['the real outlet itself', 'https://www.spiegel.de/ausland/a', page('<p>Text</p>', '<title>Kanzler in Kiew – DER SPIEGEL</title>'), null],
    ['a word that is also a brand name ("Spiegel": mirror)', 'https://www.spiegel-manufaktur.de/a', page('<p>Text</p>', '<title>Badspiegel | Spiegel</title><meta property="og:site_name" content="Spiegel">'), null],
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

  test('addressDecides: public media and informational outlets on their own site, nothing else', () => {
    expect(addressDecides('https://www.bbc.com/news/1')).toBe(true);
    expect(addressDecides('https://www.dw.com/de/a-1')).toBe(true);
    expect(addressDecides('https://www.agerpres.ro/politica/1')).toBe(true);
    expect(addressDecides('https://www.rt.com/russia/1-x/')).toBe(false); // warns: the banner needs the page
    expect(addressDecides('https://web.archive.org/web/2024/https://www.bbc.com/news/1')).toBe(false);
    expect(addressDecides(PLAIN)).toBe(false);
    expect(addressDecides('file:///tmp/x.html')).toBe(false);
  });

  test('a link to a path-scoped registry entry (core/registry/data.test.ts checks the list against the registry) opens the gate', () => {
    expect(PATH_SCOPED_HOSTS.has('odysee.com')).toBe(true);
    const page2 = page('<a href="https://odysee.com/@someone:1/video">x</a><a href="https://odysee.com/@rtfrance:a/video">y</a>');
    expect(gate(page2, PLAIN, brands)).toBe('link');
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

describe('readDigest', () => {
  const PAGE_URL = 'https://news.example/2024/a';
  const read = (body: string, head = '<title>T</title>') => readDigest(page(body, head), PAGE_URL);

  test.each([
    ['an absolute and a relative link', '<a href="https://www.rt.com/russia/1/">a</a><a href="/local/2">b</a>', ['www.rt.com', 'news.example']],
    ['a protocol-relative link in capitals', '<a href="//WWW.RT.COM/x">a</a>', ['www.rt.com']],
    ['a link on a path-scoped host', '<a href="https://odysee.com/@rtfrance:a/video">a</a>', ['odysee.com/@rtfrance:a']],
    ['a hotlinked and a relative image', '<img src="https://cdni.rt.com/x.jpg"><img src="x.jpg">', ['cdni.rt.com']],
    ['a protocol-relative image with a port', '<img src="//cdn.example:8443/a.jpg">', ['cdn.example']],
    ['links that are not addresses', '<a href="javascript:void(0)">a</a><a href="mailto:x@rt.com">b</a>', []],
  ])('hosts: %s', (_what, body, hosts) => {
    expect(read(body).hosts).toEqual(hosts);
  });

  test('relative links follow <base href>', () => {
    expect(read('<a href="/a/1">x</a>', '<base href="https://de.rt.com/"><title>T</title>').hosts).toEqual(['de.rt.com']);
  });

  test('edges: both ends of a marked article, natively read when it holds no scripts or navigation', () => {
    const long = `<article><p>Anfang ${'Text. '.repeat(1_000)}</p><p>Quelle: TASS</p></article>`;
    const d = read(long);
    expect(d.edges.startsWith('Anfang')).toBe(true);
    expect(d.edges.endsWith('Quelle: TASS')).toBe(true);
    expect(d.edges.length).toBeLessThanOrEqual(2 * GATE_LIMITS.edgeChars + 1);
  });

  test('edges: navigation, menus and scripts are left out, inside an article and in the body', () => {
    for (const body of ['<article><nav>RT Sputnik</nav><p>Weather</p><script>"RT"</script></article>', '<nav>RT</nav><ul role="menu"><li>TASS</li></ul><p>Weather</p><script>"RT"</script>']) {
      // A short text is both ends at once.
      expect(new Set(read(body).edges.split(/\s+/).filter(Boolean))).toEqual(new Set(['Weather']));
    }
  });

  test('title, site name, h1, canonical, og:url, lang and Google Translate residue', () => {
    const d = readDigest(
      parseHTML('<html lang="de" class="translated-ltr"><head><title>Titel</title><meta property="og:site_name" content="Seite"><link rel="CANONICAL" href="https://de.rt.com/a"><meta property="og:url" content="https://x.example/b"></head><body><h1>Kopf <b>zeile</b></h1></body></html>').document as unknown as Document,
      PAGE_URL,
    );
    expect(d).toMatchObject({ title: 'Titel', siteName: 'Seite', h1: 'Kopf zeile', canonical: 'https://de.rt.com/a', ogUrl: 'https://x.example/b', lang: 'de', mtResidue: true });
    expect(read('<p><font style="vertical-align: inherit;">x</font></p>').mtResidue).toBe(true);
    expect(read('<p><font color="red">x</font></p>').mtResidue).toBe(false);
  });

  test('servedPage: <html lang> and translation residue of the page as it is now (read at the first run)', () => {
    const doc = (html: string) => parseHTML(html).document as unknown as Document;
    expect(servedPage(doc('<html lang="ru"><body><p>Текст</p></body></html>'))).toEqual({ lang: 'ru', residue: false });
    expect(servedPage(doc('<html lang="en" class="translated-ltr"><body><p>x</p></body></html>'))).toEqual({ lang: 'en', residue: true });
    expect(servedPage(doc('<html><body><p><font style="vertical-align: inherit;">x</font></p></body></html>'))).toEqual({ lang: null, residue: true });
  });

  test('bounded: 10,000 links and 1,000 images are read up to the limits', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `<a href="https://h${i}.example/">x</a>`).join('') + Array.from({ length: 1_000 }, (_, i) => `<img src="https://i${i}.example/a.jpg">`).join('');
    const d = read(many);
    expect(d.hosts.length).toBe(GATE_LIMITS.links + GATE_LIMITS.media);
  });
});

describe('readDigest edges keep words apart and menus out', () => {
  const url = 'https://news.example/2024/a';
  test.each([
    ['minified blocks', '<article><p>Text.</p><p>Quelle: RT</p><p>Mehr lesen</p></article>', 'brand'],
    ['a menu inside the article', '<article><ul role="menu"><li>RT</li></ul><p>Der Stadtrat tagte.</p></article>', null],
  ])('%s', (_what, body, reason) => {
    expect(gateOf(parseDigest(readDigest(page(body), url))!, brands)).toBe(reason);
  });

  test('an overlong path segment on a path-scoped host: the host alone', () => {
    const long = `https://odysee.com/${'%D0%B0'.repeat(80)}:5`;
    expect(readDigest(page(`<a href="${long}">x</a>`), url).hosts).toEqual(['odysee.com']);
  });
});
