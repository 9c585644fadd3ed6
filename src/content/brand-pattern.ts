// The gate's brand test, built when the content script loads from the engine's brand table (core/signals/brands).
// A cheap superset of findBrands: ASCII \b instead of Unicode lookbehinds (those cost 5–10 ms on a 150 KB page,
// this ~1 ms), no vaccine or retweet rules, ambiguous names only after "(", "©", ":" or "/". A false alarm
// costs one full analysis; a miss loses a warning, so the table test checks every brand name opens it.
import { BRANDS, type BrandEntry } from '../core/signals/brands';

export interface TextTest {
  test(text: string): boolean;
}

const WORD = /\w/;

function literal(name: string): string {
  return name
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '[\\s\\u00a0]+')
    .replace(/['’]/g, "['’]");
}

/** A name with \b on each end that is a word character (so "AJ+" and "CCTV+" still match before a space). */
function bounded(name: string): string {
  const first = name[0] ?? '';
  const last = name[name.length - 1] ?? '';
  return `${WORD.test(first) ? '\\b' : ''}${literal(name)}${WORD.test(last) ? '\\b' : ''}`;
}

const alternation = (names: string[]) => [...new Set(names)].sort((a, b) => b.length - a.length).map(bounded).join('|');

export function brandTest(brands: readonly BrandEntry[] = BRANDS): TextTest {
  const names = brands.flatMap((b) => b.names);
  const ambiguous = brands.flatMap((b) => b.ambiguous ?? []);
  const patterns = brands.flatMap((b) => b.patterns ?? []);
  const hosts = brands.flatMap((b) => b.hosts ?? []).map((h) => h.toLowerCase());
  const parts = [alternation(names), ...patterns.map((p) => `\\b(?:${p})\\b`)];
  if (ambiguous.length) parts.push(`[(©:：/][\\s\\u00a0]*(?:${alternation(ambiguous)})`);
  const byName = new RegExp(parts.filter(Boolean).join('|'));
  // Addresses as text ("see rt.com"), any case, not the tail of a longer host name (breitbart.com is not rt.com).
  const byHost = hosts.length ? new RegExp(`(?:^|[^a-z0-9.-])(?:${alternation(hosts)})(?![a-z0-9-]|\\.[a-z0-9])`, 'i') : null;
  return { test: (text) => byName.test(text) || (!!byHost && byHost.test(text)) };
}
