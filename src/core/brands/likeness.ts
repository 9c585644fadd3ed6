// How much a domain's name looks like a brand's: string rules only, no table (news-brands.ts holds the brands).
//
// A domain name is compared by its SKELETON, in the spirit of Unicode TR39's confusable skeletons, cut to what a
// domain label can hold: punycode decoded, accents dropped (NFKD, marks removed), lower case, the Cyrillic and
// Greek letters that look Latin folded to Latin (the table of ../text/confusables.ts), then the look-alikes of
// Latin itself — TR39's 0→o, 1→l, m→rn, and three that TR39 does not list but Doppelganger used: i→l ("blld"
// for bild, "delfl" for delfi), q→g ("mfa-qov" for mfa.gov) and w→vv — and last hyphens, dots and underscores
// dropped ("tonline" for t-online, "fox-news" for foxnews). Two names with one skeleton look the same on screen.
//
// | brand     | candidate        | likeness                                            |
// |-----------|------------------|-----------------------------------------------------|
// | bild      | bild.work        | tld: the same name under another suffix             |
// | bild      | blld.live        | confusable: one skeleton (i and l)                   |
// | t-online  | tonline.life     | confusable: one skeleton (the hyphen dropped)        |
// | spiegel   | spiegeli.life    | edit: one letter added (names of 6 letters or more)  |
// | faz       | fazz.lol         | edit: a letter doubled (the only edit for 3–5)       |
// | faz       | fazit.de         | none: two letters added                              |
// | cnews     | inews.co.uk      | none: 5 letters, one changed                         |
// | lemonde   | lemonde-info.top | filler: the name plus words such as info, news, 24   |
// | welt      | weltbild.de      | none: "bild" is no filler word                       |
// | spiegel   | spiegel-online-shop.de | none: "shop" is no filler word                 |
import { LOOK_ALIKES } from '../text/confusables';

// ---- punycode (RFC 3492), decoding only: the browser's URL gives hosts in ASCII, the skeleton wants letters.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return BASE;
}

/** One label's Unicode form ("xn--spegel-q5a" → "spіegel"); the label itself when it is no valid punycode. */
export function decodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  const input = label.slice(4);
  const cut = input.lastIndexOf('-');
  const out: number[] = [];
  for (let j = 0; j < Math.max(cut, 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return label;
    out.push(c);
  }
  let n = 0x80;
  let i = 0;
  let bias = 72;
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return label;
      const d = digit(input.charCodeAt(pos++));
      if (d >= BASE) return label;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * 64) return label;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff) return label;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** A host with each punycode label decoded. */
export function hostToUnicode(host: string): string {
  return host.split('.').map(decodeLabel).join('.');
}

// ---- skeletons
/** Latin letters that NFKD does not take apart, spelt with plain letters. */
export const LATIN_EXTRA: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't' };
// After the fold to Latin: TR39's digit and letter look-alikes, and the project's three (see the top).
const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', i: 'l', m: 'rn', q: 'g', w: 'vv' };

/** The skeleton of a domain name or part of one (see the top): two names look alike when their skeletons are equal. */
export function skeleton(name: string): string {
  const plain = hostToUnicode(name).normalize('NFKD').replace(/\p{M}+/gu, '');
  let out = '';
  for (const ch of plain) {
    const latin = LOOK_ALIKES[ch] ?? ch;
    const lower = latin.toLowerCase();
    const base = LATIN_EXTRA[lower] ?? lower;
    for (const c of base) out += LATIN_LOOK_ALIKES[c] ?? c;
  }
  return out.replace(/[-._]/g, '');
}

// ---- edits
/** True when `a` becomes `b` by one letter added, dropped or changed, or two neighbours swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when `candidate` is `name` with one of its letters doubled ("fazz" for faz, "bildd" for bild). */
export function doubledLetter(name: string, candidate: string): boolean {
  if (candidate.length !== name.length + 1) return false;
  for (let i = 0; i < name.length; i++) {
    if (candidate === name.slice(0, i + 1) + name[i] + name.slice(i + 1)) return true;
  }
  return false;
}

// ---- filler words: what a look-alike adds to a brand's name ("lemonde-info", "pravda-ua", "spiegelonline").
// News words in the languages of the table, country and language codes, and digits. A hyphen-separated part may be
// any of them, with a number after it or not ("news24"), or one edit from one of 5 letters or more ("sourse"); run together with the name only words of 4
// letters or more and numbers count ("fazit" is not faz + "it").
const FILLER_WORDS = [
  'news', 'info', 'infos', 'online', 'live', 'today', 'now', 'daily', 'media', 'press', 'aktuell', 'aktuelle', 'nachrichten', 'actu',
  'actus', 'actualite', 'actualites', 'journal', 'direct', 'hebdo', 'magazin', 'magazine', 'mag', 'web', 'site', 'official', 'world',
  'global', 'international', 'breaking', 'latest', 'top', 'real', 'true', 'the', 'source', 'report', 'tv', 'radio', 'wiadomosci',
  'novini', 'vesti', 'vijesti', 'novosti', 'noticias', 'notizie', 'nieuws', 'nyheter', 'uutiset', 'zpravy', 'spravy', 'hirek',
  'stiri', 'zinios', 'zinas', 'uudised', 'ua', 'de', 'fr', 'it', 'uk', 'us', 'pl', 'lv', 'lt', 'ee', 'eu', 'en', 'ru', 'es', 'at',
  'nl', 'be', 'com', 'net', 'org', '24h',
];
const FILLERS = new Set(FILLER_WORDS.map(skeleton));
const LONG_FILLERS = FILLER_WORDS.filter((w) => w.length >= 5).map(skeleton);
const RUN_ON_FILLERS = new Set(FILLER_WORDS.filter((w) => w.length >= 4).map(skeleton));

/** True when a name is itself a filler word ("news" of news.cn, "net" of net.hr): a brand so named has no filler look-alikes. */
export function isFillerWord(name: string): boolean {
  return FILLERS.has(skeleton(name));
}

/** "news24" → "news" (a loop: a regex ending in \d+$ is quadratic on long digit runs). */
function withoutTrailingDigits(part: string): string {
  let end = part.length;
  while (end > 0 && part.charCodeAt(end - 1) >= 48 && part.charCodeAt(end - 1) <= 57) end--;
  return part.slice(0, end);
}

function isFiller(part: string): boolean {
  if (/^\d+$/.test(part) || FILLERS.has(part) || FILLERS.has(withoutTrailingDigits(part))) return true;
  return part.length >= 5 && LONG_FILLERS.some((w) => oneEdit(w, part));
}

function isRunOnFiller(part: string): boolean {
  return /^\d+$/.test(part) || RUN_ON_FILLERS.has(part);
}

/** A name measured once: its skeleton, and the skeletons of its hyphen-, dot- or underscore-separated parts. */
export interface Shape {
  text: string;
  skeleton: string;
  parts: string[];
}

export function shapeOf(text: string): Shape {
  return { text, skeleton: skeleton(text), parts: text.split(/[-._]+/).map(skeleton).filter(Boolean) };
}

/** True when `candidate` (a domain name without its suffix) is the brand's `name` plus filler words only. */
export function nameWithFiller(name: string | Shape, candidate: string | Shape): boolean {
  const brand = typeof name === 'string' ? shapeOf(name) : name;
  const cand = typeof candidate === 'string' ? shapeOf(candidate) : candidate;
  // Either way the candidate's skeleton holds the brand's.
  if (cand.skeleton.length <= brand.skeleton.length || !cand.skeleton.includes(brand.skeleton)) return false;
  const b = brand.parts;
  const parts = cand.parts;
  for (let at = 0; at + b.length <= parts.length; at++) {
    if (b.every((x, j) => parts[at + j] === x)) {
      const rest = [...parts.slice(0, at), ...parts.slice(at + b.length)];
      if (rest.length && rest.every(isFiller)) return true;
    }
  }
  const whole = brand.skeleton;
  const sk = cand.skeleton;
  if (sk.startsWith(whole) && isRunOnFiller(sk.slice(whole.length))) return true;
  return sk.endsWith(whole) && isRunOnFiller(sk.slice(0, sk.length - whole.length));
}
