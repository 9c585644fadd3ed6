// parseFacts: malformed and hostile 'page-facts' messages are refused or cleaned; real facts pass unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../cli/decode';
import { detectLanguageNode } from '../cli/language';
import { extractFacts } from '../extract/index';
import { LIMITS } from '../extract/limits';
import { FACT_LIMITS, parseFacts } from './facts-schema';
import type { PageFacts } from './types';
import { cpuMsOf, cpuTimed, STRESS } from '../../test/stress';

const CORPUS = join(__dirname, '..', '..', 'test', 'corpus');

/** Facts as the content script builds them: extraction plus language detection, from a saved corpus page. */
function corpusFacts(name: string): PageFacts {
  const url = String(JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')).url).replace(/\s*\(inferred\)\s*$/, '');
  const { document } = parseHTML(decodeHtml(readFileSync(join(CORPUS, name, 'page.html')), name));
  const facts = extractFacts(document as unknown as Document, url);
  facts.detectedLanguage = detectLanguageNode(facts.text);
  return facts;
}

const REAL = ['own-en-rt-gallery', 'fundus-de-dw-2024-01-30', 'own-archive-ph-rt-russian', 'np4k-chinese-article', 'rdb-guardian-1'];
const base = corpusFacts('own-en-rt-gallery');

/** A plain (JSON) copy of the base facts with some fields replaced, as a message would carry them. */
function msg(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...JSON.parse(JSON.stringify(base)), ...over };
}

const HOSTILE_URLS = [
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(document.cookie)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'chrome://settings',
  'chrome-extension://abcdefghijklmnop/popup.html',
  'about:blank',
  'blob:https://www.rt.com/1234',
  'vbscript:msgbox(1)',
  'http://[::1',
  '/relative/path',
  '//www.rt.com/protocol-relative',
  '',
];

const link = (href: unknown, text: unknown = 'a link', inArticle: unknown = false) => ({ href, text, inArticle });
const good = { href: 'https://www.rt.com/news/1-x/', text: 'RT', inArticle: true };

type Check = null | ((f: PageFacts) => void);
const rows: [string, () => unknown, Check][] = [
  // not an object at all
  ['null', () => null, null],
  ['undefined', () => undefined, null],
  ['a string', () => JSON.stringify(base), null],
  ['a number', () => 42, null],
  ['an array', () => [msg()], null],
  ['a Date (a class instance)', () => new Date(), null],
  ['an object whose prototype is not Object.prototype', () => Object.assign(Object.create({ inherited: true }), msg()), null],
  // the page address
  ['url missing', () => msg({ url: undefined }), null],
  ['url a number', () => msg({ url: 12 }), null],
  ...HOSTILE_URLS.map((u): [string, () => unknown, Check] => [`url ${JSON.stringify(u)}`, () => msg({ url: u }), null]),
  ['url of 1,000,000 characters', () => msg({ url: `https://example.test/${'a'.repeat(1_000_000)}` }), null],
  ['url with spaces around is read as the URL parser reads it', () => msg({ url: '  https://Example.TEST/a b  ' }), (f) => expect(f.url).toBe('https://example.test/a%20b')],
  // wrong types make the whole message invalid
  ['title a number', () => msg({ title: 1 }), null],
  ['text an object', () => msg({ text: { toString: 'x' } }), null],
  ['declaredLanguage a number', () => msg({ declaredLanguage: 7 }), null],
  ['links an object with a length', () => msg({ links: { length: 3, 0: good } }), null],
  ['paragraphs a string', () => msg({ paragraphs: 'p' }), null],
  ['canonical a number', () => msg({ canonical: 5 }), null],
  ['mtResidue missing', () => msg({ mtResidue: undefined }), null],
  ['mtResidue.translatedClass "yes"', () => msg({ mtResidue: { fontInherit: 0, translatedClass: 'yes' } }), null],
  ['mtResidue.fontInherit a string', () => msg({ mtResidue: { fontInherit: '3', translatedClass: false } }), null],
  ['jsonLd.urls not a list', () => msg({ jsonLd: { publishers: [], authors: [], urls: 'https://x.test/' } }), null],
  ['detectedLanguage a string', () => msg({ detectedLanguage: 'en' }), null],
  ['detectedLanguage.confidence a string', () => msg({ detectedLanguage: { lang: 'en', confidence: '0.9' } }), null],
  // huge values are clipped to the extraction caps
  ['title of 10 MB', () => msg({ title: 'T'.repeat(10_000_000) }), (f) => expect(f.title).toHaveLength(LIMITS.attrChars)],
  ['text of 10 MB', () => msg({ text: 'x'.repeat(10_000_000) }), (f) => expect(f.text).toHaveLength(LIMITS.textChars)],
  ['byline and link text of 1 MB', () => msg({ byline: 'b'.repeat(1e6), links: [link('https://a.test/', 't'.repeat(1e6))] }), (f) => {
    expect(f.byline).toHaveLength(300);
    expect(f.links[0]!.text).toHaveLength(300);
  }],
  ['1,000,000 paragraphs', () => msg({ paragraphs: new Array(1_000_000).fill('p'.repeat(10)) }), (f) => expect(f.paragraphs).toHaveLength(LIMITS.paragraphs)],
  ['1,000,000 links', () => msg({ links: new Array(1_000_000).fill(good) }), (f) => expect(f.links).toHaveLength(LIMITS.links)],
  ['1,000,000 media', () => msg({ media: new Array(1_000_000).fill('https://cdni.rt.com/a.jpg') }), (f) => expect(f.media).toHaveLength(LIMITS.media)],
  ['1,000,000 captions of 1,000 characters', () => msg({ captions: new Array(1_000_000).fill('c'.repeat(1_000)) }), (f) => {
    expect(f.captions).toHaveLength(LIMITS.captions);
    expect(f.captions[0]).toHaveLength(LIMITS.captionChars);
  }],
  ['1,000,000 JSON-LD publishers', () => msg({ jsonLd: { publishers: new Array(1_000_000).fill('RT'), authors: [], urls: [] } }), (f) => expect(f.jsonLd.publishers).toHaveLength(FACT_LIMITS.jsonLdItems)],
  ['a sparse list of length 2^32 - 1', () => {
    const links: unknown[] = [good];
    links.length = 2 ** 32 - 1;
    return msg({ links });
  }, (f) => expect(f.links).toEqual([good])],
  // bad entries are dropped, the rest stays
  ['links with hostile addresses', () => msg({ links: [...HOSTILE_URLS.map((u) => link(u)), good] }), (f) => expect(f.links).toEqual([good])],
  ['links of the wrong shape', () => msg({ links: ['https://a.test/', null, [good], link('https://a.test/', 5), link('https://a.test/', 'x', 'true'), link(7), good] }), (f) => expect(f.links).toEqual([good])],
  ['a link selector too long or not a string', () => msg({ links: [{ ...good, selector: 's'.repeat(1e5) }, { ...good, selector: 5 }, { ...good, selector: '#main > a' }] }), (f) => {
    expect(f.links.map((l) => l.selector)).toEqual([undefined, undefined, '#main > a']);
    expect('selector' in f.links[0]!).toBe(false);
  }],
  ['media with hostile addresses', () => msg({ media: [...HOSTILE_URLS, 42, null, 'https://cdni.rt.com/a.jpg'] }), (f) => expect(f.media).toEqual(['https://cdni.rt.com/a.jpg'])],
  ['canonical, og:url and archivedFrom not http(s)', () => msg({ canonical: 'javascript:alert(1)', ogUrl: 'data:text/html,x', archivedFrom: 'file:///etc/passwd' }), (f) => {
    expect([f.canonical, f.ogUrl, f.archivedFrom]).toEqual([null, null, null]);
  }],
  ['JSON-LD addresses and names of the wrong kind', () => msg({ jsonLd: { publishers: ['RT', 5, null, { name: 'x' }], authors: [['a']], urls: [...HOSTILE_URLS, 'https://www.rt.com/a'] } }), (f) => {
    expect(f.jsonLd).toEqual({ publishers: ['RT'], authors: [], urls: ['https://www.rt.com/a'] });
  }],
  ['paragraphs and captions with non-strings', () => msg({ paragraphs: ['one', 1, null, {}, 'two'], captions: [false, '© RT'] }), (f) => {
    expect(f.paragraphs).toEqual(['one', 'two']);
    expect(f.captions).toEqual(['© RT']);
  }],
  // numbers
  ...([NaN, Infinity, -Infinity, -0.1, 1.5] as number[]).map((c): [string, () => unknown, Check] => [`detected confidence ${c}`, () => msg({ detectedLanguage: { lang: 'en', confidence: c } }), (f) => expect(f.detectedLanguage).toBeNull()]),
  ...['<script>', 'english', 'en_US', 'e', 'x'.repeat(100), 'en-'].map((l): [string, () => unknown, Check] => [`detected language ${JSON.stringify(l.slice(0, 12))}`, () => msg({ detectedLanguage: { lang: l, confidence: 0.9 } }), (f) => expect(f.detectedLanguage).toBeNull()]),
  ['detected language zh-Hant-TW', () => msg({ detectedLanguage: { lang: 'zh-Hant-TW', confidence: 1 } }), (f) => expect(f.detectedLanguage).toEqual({ lang: 'zh-Hant-TW', confidence: 1 })],
  ...([[NaN, 0], [Infinity, 0], [-5, 0], [3.7, 3], [1e300, FACT_LIMITS.count]] as [number, number][]).map(([n, want]): [string, () => unknown, Check] => [`fontInherit ${n}`, () => msg({ mtResidue: { fontInherit: n, translatedClass: true } }), (f) => expect(f.mtResidue).toEqual({ fontInherit: want, translatedClass: true })]),
  // prototype tricks
  ['"__proto__" key from JSON.parse', () => JSON.parse(`{"__proto__":{"polluted":true,"url":"javascript:alert(1)"},${JSON.stringify(msg()).slice(1)}`), (f) => {
    expect(Object.getPrototypeOf(f)).toBe(Object.prototype);
    expect((f as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(f)).not.toContain('__proto__');
  }],
  ['"constructor" and "prototype" keys', () => msg({ constructor: { prototype: { polluted: true } }, prototype: { polluted: true } }), (f) => {
    expect(f.constructor).toBe(Object);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }],
  ['"__proto__" inside a link', () => msg({ links: [JSON.parse('{"__proto__":{"inArticle":true},"href":"https://a.test/","text":"t"}'), good] }), (f) => expect(f.links).toEqual([good])],
  ['extra keys are not copied', () => msg({ warn: true, verdict: { kind: 'state-media' }, html: '<script>' }), (f) => {
    expect(Object.keys(f).sort()).toEqual(Object.keys(base).sort());
  }],
  // only a direct caller can pass these (messages carry plain data), and they must not throw either
  ['a getter that throws', () => Object.defineProperty(msg(), 'title', { get: () => { throw new Error('boom'); }, enumerable: true }), null],
  ['a Proxy that throws', () => new Proxy(msg(), { get: () => { throw new Error('boom'); }, getPrototypeOf: () => Object.prototype }), null],
  ['a getter that answers differently the second time is read once', () => {
    let reads = 0;
    return Object.defineProperty(msg(), 'canonical', { get: () => (reads++ === 0 ? 'https://www.rt.com/a' : 'javascript:alert(1)'), enumerable: true });
  }, (f) => expect(f.canonical).toBe('https://www.rt.com/a')],
  ['a cycle (structured clone keeps them)', () => {
    const m = msg();
    const links = [good] as unknown[];
    links.push(links);
    (m as { jsonLd: unknown }).jsonLd = { publishers: links, authors: [], urls: [] };
    return { ...m, links };
  }, (f) => {
    expect(f.links).toEqual([good]);
    expect(f.jsonLd.publishers).toEqual([]);
  }],
];

test('the table has at least 25 rows of malformed or hostile input', () => expect(rows.length).toBeGreaterThanOrEqual(25));

test.each(rows)('%s', (_name, input, check) => {
  const message = input();
  const { value: got, cpuMs } = cpuTimed(() => parseFacts(message));
  // the time bound in the stress project only (test/stress.ts): CPU time, generous
  if (STRESS) expect(cpuMs < 2_000 || cpuMsOf(() => parseFacts(message), 2_000) < 2_000).toBe(true);
  if (check === null) expect(got).toBeNull();
  else {
    expect(got).not.toBeNull();
    check(got!);
  }
});

test('FACT_LIMITS are the caps of src/extract/limits.ts', () => {
  for (const key of ['textChars', 'paragraphs', 'paragraphChars', 'links', 'media', 'captions', 'captionChars', 'attrChars'] as const) {
    expect([key, FACT_LIMITS[key]]).toEqual([key, LIMITS[key]]);
  }
});

describe.each(REAL)('real facts from %s', (name) => {
  const facts = corpusFacts(name);
  test('pass through unchanged, as a message from Chrome (JSON) and Firefox (structured clone)', () => {
    expect(facts.links.length + facts.paragraphs.length).toBeGreaterThan(0);
    expect(parseFacts(JSON.parse(JSON.stringify(facts)))).toEqual(facts);
    expect(parseFacts(structuredClone(facts))).toEqual(facts);
  });
  test('come back as a fresh object that shares nothing with the input', () => {
    const input = structuredClone(facts);
    const got = parseFacts(input)!;
    expect(got).not.toBe(input);
    expect(got.links).not.toBe(input.links);
    expect(got.jsonLd).not.toBe(input.jsonLd);
    got.links.length = 0;
    got.jsonLd.urls.push('https://x.test/');
    expect(input).toEqual(facts);
  });
});

test('a frozen message is read, not changed', () => {
  const frozen = Object.freeze(msg({ links: Object.freeze([Object.freeze({ ...good })]) }));
  expect(parseFacts(frozen)?.links).toEqual([good]);
});

test('a polluted Object.prototype does not supply missing fields', () => {
  const m = msg();
  delete m.title;
  const proto = Object.prototype as Record<string, unknown>;
  proto.title = 'from the prototype';
  try {
    expect(parseFacts(m)).toBeNull();
  } finally {
    delete proto.title;
  }
});
