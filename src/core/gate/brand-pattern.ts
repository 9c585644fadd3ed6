// The gate's brand test, built when the gate first needs it from the engine's brand table (core/brands).
// A cheap superset of findBrands: ASCII word boundaries instead of Unicode lookbehinds, no vaccine or retweet
// rules, ambiguous names only after "(", "©", ":" or "/". A false alarm costs one full analysis; a miss loses a
// warning, so the table test checks every brand name opens it.
//
// No big regular expression: one alternation of every name cost 10–20 ms to compile on the first test of each
// page load (a content script runs cold on every page) and ~7 ms more per 100 KB of text. Instead each name is
// looked for with indexOf in the whitespace-squashed text and its ends checked by hand; only the few name
// families (patterns) are small regular expressions. Building this costs well under a millisecond.
import { BRANDS, type BrandEntry } from '../brands/index';

export interface TextTest {
  test(text: string): boolean;
}

/** ASCII word character, as \w and \b see them. */
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Text and names compared alike: every run of white space is one space, ’ is '. */
function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/’/g, "'");
}

interface Name {
  text: string;
  /** \b needed before / after (the name begins / ends with a word character). */
  start: boolean;
  end: boolean;
}

function nameOf(raw: string): Name {
  const text = normalize(raw);
  return { text, start: isWord(text.charCodeAt(0)), end: isWord(text.charCodeAt(text.length - 1)) };
}

function distinct(names: string[]): Name[] {
  return [...new Set(names)].filter(Boolean).map(nameOf);
}

/** Some occurrence of `n` in `t` for which `ok(index)` holds. */
function occurs(t: string, needle: string, ok: (i: number) => boolean): boolean {
  for (let i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + 1)) if (ok(i)) return true;
  return false;
}

function bounded(t: string, n: Name, i: number): boolean {
  return (!n.start || i === 0 || !isWord(t.charCodeAt(i - 1))) && (!n.end || !isWord(t.charCodeAt(i + n.text.length)));
}

const CONTEXT = new Set(['(', '©', ':', '：', '/']);

/** An ambiguous name right after "(", "©", ":" or "/" (one space allowed between). */
function inContext(t: string, n: Name, i: number): boolean {
  if (!bounded(t, n, i)) return false;
  let j = i - 1;
  if (t[j] === ' ') j--;
  return j >= 0 && CONTEXT.has(t[j]!);
}

/** Host characters that may not touch an address written as text. */
function isHostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45; // 0-9 a-z -
}

/** "see rt.com/x": not the tail of a longer host (breitbart.com), not the head of one (rt.com.example). */
function hostBounded(t: string, host: string, i: number): boolean {
  const before = i === 0 ? -1 : t.charCodeAt(i - 1);
  if (before >= 0 && (isHostChar(before) || before === 46)) return false;
  const after = t.charCodeAt(i + host.length);
  if (isHostChar(after)) return false;
  return !(after === 46 && isHostChar(t.charCodeAt(i + host.length + 1)) && t.charCodeAt(i + host.length + 1) !== 45);
}

export function brandTest(brands: readonly BrandEntry[] = BRANDS): TextTest {
  const names = distinct(brands.flatMap((b) => b.names));
  const ambiguous = distinct(brands.flatMap((b) => b.ambiguous ?? []));
  const patterns = brands.flatMap((b) => b.patterns ?? []);
  const hosts = [...new Set(brands.flatMap((b) => b.hosts ?? []).map((h) => h.toLowerCase()))];
  const byPattern = patterns.length ? new RegExp(patterns.map((p) => `\\b(?:${p})\\b`).join('|')) : null;
  return {
    test(text: string): boolean {
      if (!text) return false;
      const t = normalize(text);
      for (const n of names) if (occurs(t, n.text, (i) => bounded(t, n, i))) return true;
      for (const n of ambiguous) if (occurs(t, n.text, (i) => inContext(t, n, i))) return true;
      if (byPattern?.test(t)) return true;
      if (hosts.length) {
        const lower = t.toLowerCase();
        for (const h of hosts) if (occurs(lower, h, (i) => hostBounded(lower, h, i))) return true;
      }
      return false;
    },
  };
}
