// isSafeUrl and sanitizeVerdict, and the engine itself: pages whose addresses are javascript:, data:, file:, chrome:
// or malformed never get such an address into their verdict.
import { KINDS as ALL_KINDS } from '../src/core/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanHtml } from '../src/cli/scan-page';
import { analyze } from '../src/core/analyze';
import type { PageFacts, Verdict } from '../src/core/types';
import { isSafeUrl, sanitizeVerdict } from '../src/core/verdict-schema';

const safe: string[] = [
  'https://www.rt.com/russia/590571-putin-choe-north-korea/',
  'http://www.xinhuanet.com/world/2024-01/01/c_1.htm',
  'HTTPS://WWW.RT.COM/',
  'https://de.rt.com:8443/a?b=c#d',
  'https://пример.рф/статья',
  'https://xn--e1afmkfd.xn--p1ai/',
  'http://[::1]:8080/',
  'http://127.0.0.1/',
  'https://web.archive.org/web/https://www.rt.com/a/',
  'https://duckduckgo.com/?q=site%3Art.com%20Putin',
];
const unsafe: [string, unknown][] = [
  ['javascript:', 'javascript:alert(1)'],
  ['javascript: in mixed case after spaces', '  JaVaScRiPt:alert(1)'],
  ['javascript: split by a newline', 'java\nscript:alert(1)'],
  ['javascript: that looks like a host', 'javascript://www.rt.com/%0Aalert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['file:', 'file:///etc/passwd'],
  ['chrome:', 'chrome://settings'],
  ['chrome-extension:', 'chrome-extension://abc/popup.html'],
  ['moz-extension:', 'moz-extension://abc/popup.html'],
  ['about:', 'about:blank'],
  ['blob:', 'blob:https://www.rt.com/0b1c'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['ftp:', 'ftp://ftp.example.test/a'],
  ['malformed IPv6 host', 'http://[::1'],
  ['no host', 'https://'],
  ['relative', '/russia/1-x/'],
  ['protocol-relative', '//www.rt.com/a'],
  ['empty', ''],
  ['user and password', 'https://user:secret@www.rt.com/a'],
  ['a user name that reads as the host', 'https://www.rt.com@evil.example/russia/1-x/'],
  ['leading space', ' https://www.rt.com/'],
  ['a space inside', 'https://www.rt.com/a b'],
  ['a right-to-left override', 'https://evil.example/\u202Emoc.tr.www'],
  ['a NUL', 'https://www.rt.com/\u0000'],
  ['too long', `https://www.rt.com/${'a'.repeat(20_000)}`],
  ['null', null],
  ['a number', 42],
  ['an object', { href: 'https://www.rt.com/' }],
];

test.each(safe)('safe: %s', (u) => expect(isSafeUrl(u)).toBe(true));
test.each(unsafe)('unsafe: %s', (_name, u) => expect(isSafeUrl(u)).toBe(false));

// The engine over hostile pages -----------------------------------------------------------------------------------

const HOSTILE = [
  'javascript:alert(1)',
  'javascript://www.rt.com/%0Aalert(1)',
  '  JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'chrome://settings',
  'vbscript:msgbox(1)',
  'http://[::1',
  'https://www.rt.com@evil.example/russia/1-x/',
];
/** What must not appear anywhere in a verdict's JSON (lower case; the credentials case only after sanitizing). */
const MARKERS = ['javascript:', 'data:text', 'file:', 'chrome:', 'vbscript:', '[::1'];

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A republished RT article whose every address (canonical, og:url, og:image, JSON-LD, source link, media) is `h`. */
function page(h: string): string {
  const paragraph = 'The meeting in Pyongyang lasted three hours, officials said on Tuesday, and covered trade, energy and transport across the border region. ';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Putin meets Kim in Pyongyang | RT</title>
<link rel="canonical" href="${attr(h)}">
<meta property="og:url" content="${attr(h)}">
<meta property="og:image" content="${attr(h)}">
<meta property="og:site_name" content="RT">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', url: h, mainEntityOfPage: h, isBasedOn: h, publisher: { name: 'RT' } }).replace(/</g, '\\u003c')}</script>
</head><body><header><a href="${attr(h)}">Home</a></header><article><h1>Putin meets Kim in Pyongyang</h1>
${`<p>${paragraph.repeat(3)}</p>`.repeat(4)}
<figure><img src="${attr(h)}" alt="Meeting"><figcaption>© RT / Sputnik</figcaption></figure>
<p>Source: <a href="${attr(h)}">RT</a>. Read more at <a href="${attr(h)}">rt.com</a>.</p>
<iframe src="${attr(h)}"></iframe><video src="${attr(h)}"></video>
</article></body></html>`;
}

function lowerJson(v: unknown): string {
  return JSON.stringify(v).toLowerCase();
}

const ADDRESSES = ['https://example-news.test/world/putin-kim/', 'https://archive.ph/AbCd1'];

describe.each(HOSTILE.map((h) => [h] as const))('a page whose addresses are %j', (h) => {
  const html = page(h).replace('<header>', `<header><form><input name="q" value="${attr(h)}"></form>`);
  test.each(ADDRESSES)('at %s: no such address in the verdict', (address) => {
    const verdict = scanHtml(new TextEncoder().encode(html), address, 'hostile-address-page');
    const raw = lowerJson(verdict);
    for (const m of MARKERS) expect([m, raw.includes(m)]).toEqual([m, false]);
    const clean = lowerJson(sanitizeVerdict(verdict));
    for (const m of [...MARKERS, 'rt.com@']) expect([m, clean.includes(m)]).toEqual([m, false]);
    expect(ALL_KINDS).toContain(verdict.kind);
  });
});

test('a page whose addresses are all http(s) still finds its original (the test pages can find one)', () => {
  const verdict = scanHtml(new TextEncoder().encode(page('https://www.rt.com/russia/590571-putin-kim/')), ADDRESSES[0]!, 'control');
  expect(verdict.originals.map((o) => o.url)).toContain('https://www.rt.com/russia/590571-putin-kim/');
  expect(sanitizeVerdict(verdict)).toEqual(verdict);
});

test('analyze → sanitizeVerdict over facts with hostile addresses everywhere (what page-verdict.ts does)', () => {
  const facts: PageFacts = {
    url: 'https://example-news.test/a/',
    declaredLanguage: 'en',
    detectedLanguage: { lang: 'en', confidence: 0.9 },
    title: 'Putin meets Kim | RT',
    headline: 'Putin meets Kim',
    siteName: 'RT',
    canonical: 'javascript:alert(1)',
    ogUrl: 'data:text/html,x',
    jsonLd: { publishers: ['RT'], authors: [], urls: HOSTILE },
    archivedFrom: 'file:///etc/passwd',
    text: 'Source: RT',
    paragraphs: ['Source: RT'],
    byline: null,
    captions: [],
    links: HOSTILE.map((href) => ({ href, text: 'RT', inArticle: true })),
    media: HOSTILE,
    mtResidue: { fontInherit: 0, translatedClass: false },
    structure: { entries: 0, entryHosts: 0, bodyChars: 0, jsonLdTypes: [], ogType: null },
  };
  const verdict = sanitizeVerdict(analyze(facts));
  const json = lowerJson(verdict);
  for (const m of [...MARKERS, 'rt.com@']) expect([m, json.includes(m)]).toEqual([m, false]);
});

// sanitizeVerdict on a verdict with unsafe addresses everywhere ----------------------------------------------------

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

const seed = scanHtml(readFileSync(join(__dirname, 'corpus', 'own-en-rt-gallery', 'page.html')), 'https://www.rt-gallery.example/news/salt-and-iron-spring-exhibition', 'seed');
const { scan: _scan, ...seedVerdict } = seed;

function withUnsafeAddresses(): Verdict {
  const v = structuredClone(seedVerdict) as Verdict;
  const outlet = v.outlet ?? structuredClone(scanHtml(new TextEncoder().encode(page('https://www.rt.com/a/')), 'https://www.rt.com/a/', 'rt').outlet!);
  return {
    ...v,
    url: 'javascript:alert(0)',
    outlet: {
      ...outlet,
      name: 'RT <img src=x onerror=alert(1)>',
      typology: { code: 'SC', source: 'javascript:alert(1)', asOf: '2023-10' },
      sanctions: [
        { jurisdiction: 'EU', act: '<script>alert("act")</script>', date: '2022-03-01', url: 'data:text/html,x' },
        { jurisdiction: 'UK', act: 'Sanctions', date: '2022-03-15', url: 'https://www.gov.uk/sanctions' },
      ],
      references: [
        { fact: '<i>fact</i>', url: 'file:///etc/passwd' },
        { fact: 'ok', url: 'https://statemediamonitor.com/2023/10/rt/' },
      ],
    },
    site: { host: 'evil.example', wrapper: { kind: 'wayback', host: 'web.archive.org', url: 'chrome://settings' }, repostHint: { source: 'list', url: 'vbscript:x' } },
    translation: { detected: true, from: 'ru', confidence: 0.8, markers: [{ id: 'mt-dom-residue', weight: 0.5, evidence: { text: '<font>', url: 'javascript:alert(2)' } }] },
    originals: [
      { url: 'javascript:alert(4)', kind: 'source-link', label: 'Source link' },
      { url: 'https://user:pw@www.rt.com/a/', kind: 'canonical', label: 'Canonical address' },
      { url: 'https://www.rt.com/russia/590571-putin-choe-north-korea/', kind: 'canonical', label: 'Canonical address' },
    ],
    signals: [
      { id: 'title-suffix', weight: 0.7, outlet: 'rt', evidence: { text: '<script>alert("title")</script> | RT' } },
      { id: 'source-link', weight: 0.8, outlet: 'rt', evidence: { text: 'Quelle', url: '  JaVaScRiPt:alert(5)', selector: 'a' } },
      { id: 'canonical', weight: 0.9, outlet: 'rt', evidence: { url: 'https://www.rt.com/a/' } },
    ],
  };
}

test('sanitizeVerdict removes every unsafe address and keeps the rest', () => {
  const input = deepFreeze(withUnsafeAddresses());
  const before = JSON.stringify(input);
  const v = sanitizeVerdict(input);
  expect(JSON.stringify(input)).toBe(before);
  const json = lowerJson(v);
  for (const m of [...MARKERS, 'user:pw@']) expect([m, json.includes(m)]).toEqual([m, false]);
  expect(v.url).toBe('');
  expect(v.outlet!.typology.source).toBeNull();
  expect(v.outlet!.sanctions).toEqual([
    { jurisdiction: 'EU', act: '<script>alert("act")</script>', date: '2022-03-01' },
    { jurisdiction: 'UK', act: 'Sanctions', date: '2022-03-15', url: 'https://www.gov.uk/sanctions' },
  ]);
  expect(v.outlet!.references).toEqual([{ fact: 'ok', url: 'https://statemediamonitor.com/2023/10/rt/' }]);
  expect(v.site).toEqual({ host: 'evil.example', repostHint: { source: 'list' } });
  expect(v.translation.markers[0]!.evidence).toEqual({ text: '<font>' });
  expect(v.originals.map((o) => o.url)).toEqual(['https://www.rt.com/russia/590571-putin-choe-north-korea/']);
  expect(v.signals.map((s) => s.evidence)).toEqual([{ text: '<script>alert("title")</script> | RT' }, { text: 'Quelle', selector: 'a' }, { url: 'https://www.rt.com/a/' }]);
  // texts are data: kept exactly as they were
  expect(v.outlet!.name).toBe('RT <img src=x onerror=alert(1)>');
});

test('sanitizeVerdict leaves a clean verdict as it was (and returns a copy)', () => {
  const v = sanitizeVerdict(seedVerdict);
  expect(v).toEqual(seedVerdict);
  expect(v).not.toBe(seedVerdict);
  expect(v.signals).not.toBe(seedVerdict.signals);
});
