/*
 * The loose boilerplate matcher shared by the 'boilerplate' (origin) and 'mt-boilerplate' (translation) signals.
 *
 * Data: src/data/boilerplate.json: strings state outlets put on their own pages, each judged `specific` or not,
 * with the renderings machine translation makes of them. Only specific strings (and their renderings) are
 * looked for; a low-specificity string ("Show comments", "This website uses cookies") never matches.
 *
 * Matching is by WORDS, not characters, so it is loose where pages and MT systems differ and strict where it
 * matters:
 *  - text is cut into word tokens (letters, digits, marks, with inner apostrophes: "RT's", "RT'yi"); each Han or
 *    kana character is a token of its own, so CJK needs no spaces ("RT世界新闻" = "RT 世界新闻");
 *  - each token is folded: NFKD, combining marks dropped (accents, Arabic harakat, Hebrew points), lower case,
 *    ß→ss, ς→σ, Arabic/Persian letter variants unified, every apostrophe variant → ', tatweel dropped;
 *  - everything between tokens is ignored: quotes of every kind (“ ” „ « » 「 」 "), dashes (- – — −),
 *    colons, "…", "©", "@", "#", emoji and any run of white space. So “Follow RT on”, "Follow  RT on:" and
 *    "FOLLOW RT ON" are the same phrase, and a trailing ":" or "…" never matters;
 *  - a pattern matches only as a whole-word sequence: "You can share this story" does not match
 *    "You can share this story on social media", and "RT" never matches inside "ART".
 * Each entry also has an anchor saying where on a line it may sit (footers and labels stand on their own lines):
 *  - phrase: anywhere in a paragraph (long, distinctive sentences);
 *  - line:   at the start of a paragraph with at most `maxExtra` (default 8) more words after it
 *            ("Follow RT on Telegram VK X"), so "Users who follow RT on Telegram …" does not count;
 *  - exact:  the paragraph is the phrase, give or take one word ("Question more", "RT News App");
 *  - end:    at the end of a paragraph, as a title suffix ("… – RT World News").
 * (Han/kana characters count half a word when counting extra words.)
 *
 * Where: the first 5 and last 15 paragraphs first (mastheads and footers), then the others, then the head and
 * tail lines of facts.text (Readability's or the body's text, for footers that are not block elements), all under
 * a character budget so a hostile page costs a bounded time. One pass per paragraph: patterns are indexed by
 * their first two tokens, so each token costs one Map look-up (two when it starts some pattern). Results are memoised per signal context (page.ts).
 */
import { BOILERPLATE, type Anchor, type BoilerplateData, type BoilerplateEntry, type BoilerplateMatch } from './data';
import { asciiHash, scan, tokenAt, tokenize, type Scan } from './tokens';

interface Pattern {
  entry: BoilerplateEntry;
  text: string;
  lang: string;
  translated: boolean;
  tokens: string[];
  anchor: Anchor;
  maxExtra: number;
  units: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Patterns, indexed once at module load by their first two tokens

const DEFAULT_MAX_EXTRA = 8;
/** Hashes of the ASCII first tokens of all patterns: an ASCII word whose hash is not here starts no pattern. */
const FIRST_ASCII = new Set<number>();

function compile(data: BoilerplateData): Map<string, Map<string, Pattern[]>> {
  const index = new Map<string, Map<string, Pattern[]>>();
  const seen = new Set<string>();
  const add = (entry: BoilerplateEntry, text: string, lang: string, translated: boolean): void => {
    const t = tokenize(text);
    if (t.norm.length < 2) return; // a single word is never specific (the data test enforces this too)
    const key = t.norm.join(' ');
    if (seen.has(key)) return; // first one wins; the data test reports duplicates
    seen.add(key);
    const p: Pattern = {
      entry,
      text,
      lang,
      translated,
      tokens: t.norm,
      anchor: entry.anchor ?? 'phrase',
      maxExtra: entry.maxExtra ?? DEFAULT_MAX_EXTRA,
      units: t.units[t.norm.length] ?? t.norm.length,
    };
    const [first = '', second = ''] = t.norm;
    if (/^[\x00-\x7f]*$/.test(first)) FIRST_ASCII.add(asciiHash(first));
    let bySecond = index.get(first);
    if (!bySecond) index.set(first, (bySecond = new Map()));
    const list = bySecond.get(second);
    if (list) list.push(p);
    else bySecond.set(second, [p]);
  };
  for (const e of data.entries) {
    if (!e.specific) continue;
    add(e, e.string, e.lang, false);
    for (const r of e.renderings ?? []) add(e, r.text, r.lang, true);
  }
  return index;
}

const INDEX = compile(BOILERPLATE);

// ---------------------------------------------------------------------------------------------------------------
// Matching

interface Hit {
  pattern: Pattern;
  first: number; // token index
  count: number;
}

function anchorOk(p: Pattern, sc: Scan, first: number): boolean {
  const n = sc.count;
  const last = first + p.tokens.length;
  const extra = (sc.units[n] ?? 0) - ((sc.units[last] ?? 0) - (sc.units[first] ?? 0));
  switch (p.anchor) {
    case 'phrase':
      return true;
    case 'line':
      return first === 0 && extra <= p.maxExtra;
    case 'exact':
      return extra <= 1;
    case 'end':
      return last === n;
  }
}

const OPENERS = '"“„«‹「『(\'‘‚@#';
const CLOSERS = '"”“»›」』)\'’';

/** The page text of a hit, widened over the quotes around it (“TV-Novosti” keeps its closing quote) and a "©". */
function pageTextOf(sc: Scan, first: number, count: number): string {
  const s = sc.s;
  let a = sc.start[first] ?? 0;
  let b = sc.end[first + count - 1] ?? s.length;
  while (a > 0 && OPENERS.includes(s[a - 1] ?? '')) a--;
  if (a > 0 && s[a - 1] === '©') a -= 1;
  else if (a > 1 && s[a - 1] === ' ' && s[a - 2] === '©') a -= 2;
  while (b < s.length && CLOSERS.includes(s[b] ?? '')) b++;
  return s.slice(a, b).trim();
}

/** Finds the patterns in one segment (paragraph or line). Overlapping hits: the longest wins. */
function matchSegment(s: string): { hits: Hit[]; scan: Scan } {
  const sc = scan(s);
  const n = sc.count;
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < n; i++) {
    let head = sc.norm[i];
    if (head === undefined) {
      if (!FIRST_ASCII.has(sc.hash[i] ?? 0)) continue;
      head = tokenAt(sc, i);
    }
    const bySecond = INDEX.get(head);
    if (!bySecond) continue;
    const cands = bySecond.get(tokenAt(sc, i + 1));
    if (!cands) continue;
    for (const p of cands) {
      const len = p.tokens.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 2; k < len; k++) {
        if (tokenAt(sc, i + k) !== p.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (ok && anchorOk(p, sc, i)) hits.push({ pattern: p, first: i, count: len });
    }
  }
  if (hits.length < 2) return { hits, scan: sc };
  hits.sort((a, b) => b.count - a.count || a.first - b.first);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.first < k.first + k.count && k.first < h.first + h.count)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.first - b.first);
  return { hits: kept, scan: sc };
}

/** How much text one page may make the matcher read, at most. */
export const MATCH_LIMITS = {
  paragraphChars: 150_000,
  headParagraphs: 5,
  tailParagraphs: 15,
  textHeadChars: 4_000,
  textTailChars: 12_000,
  lineChars: 2_000,
};

/** Paragraph indices in search order: the first few and the last ones (mastheads, footers), then the rest. */
function paragraphOrder(count: number): number[] {
  const order: number[] = [];
  const taken = new Uint8Array(count);
  const take = (i: number): void => {
    if (i >= 0 && i < count && !taken[i]) {
      taken[i] = 1;
      order.push(i);
    }
  };
  for (let i = 0; i < MATCH_LIMITS.headParagraphs; i++) take(i);
  for (let i = count - 1; i >= count - MATCH_LIMITS.tailParagraphs; i--) take(i);
  for (let i = 0; i < count; i++) take(i);
  return order;
}

function toMatch(h: Hit, sc: Scan, source: 'paragraph' | 'text', index: number): BoilerplateMatch {
  const e = h.pattern.entry;
  return {
    outlet: e.outlet,
    original: e.string,
    originalLang: e.lang,
    kind: e.kind,
    pattern: h.pattern.text,
    lang: h.pattern.lang,
    translated: h.pattern.translated,
    pageText: pageTextOf(sc, h.first, h.count),
    source,
    index,
  };
}

/** Matches paragraphs and text: the pure core of boilerplateMatches (exported for tests and timing). */
export function matchPage(paragraphs: readonly string[], text = ''): BoilerplateMatch[] {
  const out: BoilerplateMatch[] = [];
  const seen = new Set<string>();
  const push = (m: BoilerplateMatch): void => {
    const key = `${m.pattern}\u0001${m.pageText}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  let budget = MATCH_LIMITS.paragraphChars;
  for (const i of paragraphOrder(paragraphs.length)) {
    const p = paragraphs[i];
    if (!p) continue;
    if (budget <= 0) break;
    budget -= p.length;
    const { hits, scan: sc } = matchSegment(p);
    for (const h of hits) push(toMatch(h, sc, 'paragraph', i));
  }
  if (text) {
    // Lines of the text that are a paragraph already searched are skipped (most are).
    const searched = new Set<string>(paragraphs);
    const { textHeadChars: head, textTailChars: tail } = MATCH_LIMITS;
    const parts = text.length <= head + tail ? [text] : [text.slice(0, head), text.slice(text.length - tail)];
    for (const part of parts) {
      for (const raw of part.split('\n')) {
        const line = raw.length > MATCH_LIMITS.lineChars ? raw.slice(0, MATCH_LIMITS.lineChars) : raw;
        const squashed = line.trim();
        if (!squashed || searched.has(squashed) || searched.has(squashed.replace(/\s+/g, ' '))) continue;
        const { hits, scan: sc } = matchSegment(line);
        for (const h of hits) push(toMatch(h, sc, 'text', -1));
      }
    }
  }
  return out;
}
