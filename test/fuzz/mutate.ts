// Seeded mutations of saved pages for the fuzz test: the same seed gives the same pages, byte for byte.
//
// Markup-level mutations work on the page as text (shuffle, duplicate or remove tags, mangle attributes, nest,
// splice in another page); byte-level ones on the encoded bytes (truncate, random bytes, parts re-encoded as
// Latin-1 or UTF-16, a lying charset). Every mutation is total: any input gives some output, never an exception.

/** mulberry32: a small, fast 32-bit PRNG; good enough to pick mutations, and reproducible from one number. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** [0, 1) */
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * Math.max(0, n));
  }
  /** An integer in [lo, hi], skewed towards lo (most mutations should be small, a few huge). */
  skewed(lo: number, hi: number): number {
    return lo + Math.floor((hi - lo + 1) * this.next() ** 3);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8');

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function utf16Bytes(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Start and end tags of the text, as [start, end) ranges (at most `max`, evenly spread). */
function tags(text: string, max = 5_000): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/<\/?[a-zA-Z][^<>]{0,300}>/g)) {
    out.push([m.index!, m.index! + m[0].length]);
    if (out.length >= max * 4) break;
  }
  if (out.length <= max) return out;
  const step = out.length / max;
  return Array.from({ length: max }, (_, i) => out[Math.floor(i * step)]!);
}

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

const HOSTILE_HREFS = [
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(document.domain)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'chrome://settings',
  'http://[::1',
  'https://www.rt.com@evil.example/',
  '//www.rt.com/russia/1-x/',
  'https://www.rt.com/russia/590571-putin-kim/',
  'https://sputnikglobe.com/20240101/x.html',
  '',
];
const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</title><b>', '<!--', ']]>', '&#0;&#x110000;&bogus;&amp', '\u202e\u0000\ufffd'];
const TAG_NAMES = ['div', 'p', 'a', 'span', 'table', 'tr', 'td', 'li', 'ul', 'svg', 'math', 'script', 'style', 'title', 'textarea', 'iframe', 'font', 'article', 'figure', 'figcaption', 'h1', 'select', 'option', 'template', 'noscript', 'b'];
const CHARSETS = ['utf-16', 'utf-16be', 'shift_jis', 'windows-1251', 'iso-2022-jp', 'x-user-defined', 'replacement', 'no-such-charset', 'utf-7', 'gb18030', 'koi8-r'];

/** Markup mutations: page text in, page text out. */
const TEXT_MUTATIONS: Record<string, (text: string, rng: Rng, other: string) => string> = {
  'shuffle blocks': (t, rng) => {
    const parts = t.split(/(?=<(?:p|div|li|section|article|figure|h[1-6]|table|script)\b)/i);
    if (parts.length < 3) return t;
    const from = rng.int(parts.length - 1);
    const to = Math.min(parts.length, from + rng.skewed(2, 200));
    const window = parts.slice(from, to);
    for (let i = window.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [window[i], window[j]] = [window[j]!, window[i]!];
    }
    return [...parts.slice(0, from), ...window, ...parts.slice(to)].join('');
  },
  'duplicate tags': (t, rng) => {
    const ts = tags(t);
    if (!ts.length) return t;
    for (let k = rng.skewed(1, 20); k > 0; k--) {
      const [s, e] = rng.pick(ts);
      if (e > t.length) continue;
      t = splice(t, s, 0, t.slice(s, e).repeat(rng.skewed(1, 1_000)));
    }
    return t;
  },
  'remove tags': (t, rng) => {
    const ts = tags(t);
    if (!ts.length) return t;
    const drop = new Set<number>();
    for (let k = rng.skewed(1, Math.max(1, ts.length)); k > 0; k--) drop.add(rng.int(ts.length));
    const keep: string[] = [];
    let from = 0;
    for (const i of [...drop].sort((a, b) => a - b)) {
      const [s, e] = ts[i]!;
      if (s < from) continue;
      keep.push(t.slice(from, s));
      from = e;
    }
    keep.push(t.slice(from));
    return keep.join('');
  },
  'hostile hrefs': (t, rng) => t.replace(/\b(href|src|content|value)\s*=\s*("[^"]*"|'[^']*')/gi, (m, name: string) => (rng.chance(0.3) ? `${name}="${rng.pick(HOSTILE_HREFS).replace(/"/g, '&quot;')}"` : m)),
  'huge attribute': (t, rng) => {
    const ts = tags(t).filter(([s, e]) => t[s + 1] !== '/' && e - s > 2);
    if (!ts.length) return t;
    const [, e] = rng.pick(ts);
    const value = rng.pick(['a', 'é', '"', "'", '<', '&amp;', ' ']).repeat(rng.skewed(1_000, 300_000));
    return splice(t, e - 1, 0, ` data-x="${value}" href="https://www.rt.com/${value.slice(0, 5_000)}"`);
  },
  'unbalanced quotes': (t, rng) => {
    for (let k = rng.skewed(1, 10); k > 0; k--) {
      const at = t.indexOf('"', rng.int(t.length));
      if (at < 0) break;
      t = splice(t, at, 1, rng.pick(['', "'", '""', '"<', '=']));
    }
    return t;
  },
  'payload in text': (t, rng) => {
    for (let k = rng.skewed(1, 20); k > 0; k--) t = splice(t, rng.int(t.length), 0, rng.pick(PAYLOADS));
    return t;
  },
  'nest deep': (t, rng) => {
    const name = rng.pick(TAG_NAMES);
    const depth = rng.skewed(10, 20_000);
    const close = rng.chance(0.5) ? `</${name}>`.repeat(rng.int(depth + 1)) : '';
    return splice(t, rng.int(t.length), 0, `<${name}>`.repeat(depth) + 'deep text' + close);
  },
  'random tags': (t, rng) => {
    for (let k = rng.skewed(1, 500); k > 0; k--) {
      const name = rng.pick(TAG_NAMES);
      t = splice(t, rng.int(t.length), 0, rng.pick([`<${name}>`, `</${name}>`, `<${name}/>`, `<${name} `, '<!', '</', '<![CDATA[']));
    }
    return t;
  },
  'splice another page': (t, rng, other) => {
    const from = rng.int(other.length);
    return splice(t, rng.int(t.length), 0, other.slice(from, from + rng.skewed(100, 100_000)));
  },
  'broken JSON-LD': (t, rng) => {
    const body = rng.pick([
      '['.repeat(rng.skewed(10, 100_000)),
      `{"@graph":[${'{"publisher":{"name":"RT"},"url":"javascript:alert(1)"},'.repeat(rng.skewed(1, 5_000))}{}]}`,
      `{"publisher":{"name":"${'<script>'.repeat(100)}"}`,
      '{"author":',
    ]);
    return splice(t, rng.int(t.length), 0, `<script type="application/ld+json">${body}</script>`);
  },
};

/** Byte mutations: page bytes in, page bytes out. */
const BYTE_MUTATIONS: Record<string, (b: Uint8Array, rng: Rng) => Uint8Array> = {
  truncate: (b, rng) => b.subarray(0, rng.int(b.length + 1)),
  'random bytes': (b, rng) => {
    const out = b.slice();
    for (let k = rng.skewed(1, 200); k > 0 && out.length; k--) out[rng.int(out.length)] = rng.pick([0, 0xff, 0xfe, 0xc0, 0x80, 0xed, 0x3c, rng.int(256)]);
    return out;
  },
  'insert random bytes': (b, rng) => {
    const at = rng.int(b.length + 1);
    const junk = Uint8Array.from({ length: rng.skewed(1, 5_000) }, () => rng.int(256));
    return concat([b.subarray(0, at), junk, b.subarray(at)]);
  },
  'part re-encoded': (b, rng) => {
    const from = rng.int(b.length);
    const to = Math.min(b.length, from + rng.skewed(10, 100_000));
    const part = decoder.decode(b.subarray(from, to));
    const enc = rng.pick(['latin1', 'utf-16le', 'utf-16be'] as const);
    const bytes = enc === 'latin1' ? latin1Bytes(part) : utf16Bytes(part, enc === 'utf-16be');
    return concat([b.subarray(0, from), bytes, b.subarray(to)]);
  },
  'whole page re-encoded': (b, rng) => {
    const text = decoder.decode(b);
    const enc = rng.pick(['latin1', 'utf-16le', 'utf-16be', 'utf-16le+bom'] as const);
    if (enc === 'latin1') return latin1Bytes(text);
    const body = utf16Bytes(text, enc === 'utf-16be');
    return enc === 'utf-16le+bom' ? concat([Uint8Array.of(0xff, 0xfe), body]) : body;
  },
  'lying charset': (b, rng) => concat([utf8.encode(`<meta charset="${rng.pick(CHARSETS)}">`), rng.chance(0.5) ? latin1Bytes(decoder.decode(b)) : b]),
};

export const MUTATION_NAMES = [...Object.keys(TEXT_MUTATIONS), ...Object.keys(BYTE_MUTATIONS)];

/** One to four mutations of a page; `other` is another page to splice from. Returns the bytes and what was done. */
export function mutate(page: Uint8Array, other: Uint8Array, rng: Rng): { bytes: Uint8Array; applied: string[] } {
  let bytes = page;
  const applied: string[] = [];
  for (let k = rng.skewed(1, 4); k > 0; k--) {
    const name = rng.pick(MUTATION_NAMES);
    applied.push(name);
    const text = TEXT_MUTATIONS[name];
    if (text) bytes = utf8.encode(text(decoder.decode(bytes), rng, decoder.decode(other)));
    else bytes = BYTE_MUTATIONS[name]!(bytes, rng);
  }
  return { bytes, applied };
}
