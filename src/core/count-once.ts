/*
 * Each string counts once (score.ts, design comment 6): two origin signals towards one outlet network that quote
 * the same page string are one piece of evidence, and only the heavier counts. Decided per pair of signals that read
 * the page's text, with their evidence texts folded (case, accents, punctuation and spaces dropped): the pair is one
 * string when one folded text holds the other and the shorter has at least MIN_FOLDED characters.
 *
 * | pair                              | one string when                                                   | counts            |
 * |-----------------------------------|-------------------------------------------------------------------|-------------------|
 * | title-suffix + boilerplate        | "… — RT Russia & Former Soviet Union" as title suffix and footer  | title-suffix 0.7  |
 * | attribution-line + boilerplate    | a copyright line that is also the outlet's footer string          | attribution 0.8   |
 * | title-suffix + attribution-line   | a title line ending "– Source: RT World News"                     | attribution 0.8   |
 * | attribution-line + source-link    | "Source: <a>RT</a>": attribution-line leaves it to source-link itself (linkedName) | source-link 0.8 |
 * Other pairs read different strings (an address, a meta tag, a link's target, an image's host) and all count.
 */
import type { Signal } from './types';

const PAIRS: ReadonlySet<string> = new Set(['title-suffix|boilerplate', 'attribution-line|boilerplate', 'title-suffix|attribution-line']);
const MIN_FOLDED = 4;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function paired(a: string, b: string): boolean {
  return PAIRS.has(`${a}|${b}`) || PAIRS.has(`${b}|${a}`);
}

/** The signals of one network with every lighter duplicate of a page string left out (the first kept on a tie). */
export function countOnce(signals: Signal[]): Signal[] {
  const folded = signals.map((s) => fold(s.evidence.text ?? ''));
  const dropped = new Set<number>();
  for (let i = 0; i < signals.length; i++) {
    for (let j = i + 1; j < signals.length; j++) {
      const a = signals[i]!;
      const b = signals[j]!;
      if (dropped.has(i) || dropped.has(j) || !paired(a.id, b.id) || a.outlet === undefined || b.outlet === undefined) continue;
      const [fa, fb] = [folded[i]!, folded[j]!];
      const shorter = fa.length <= fb.length ? fa : fb;
      if (shorter.length < MIN_FOLDED || !(fa.includes(fb) || fb.includes(fa))) continue;
      dropped.add(b.weight > a.weight ? i : j);
    }
  }
  return signals.filter((_, i) => !dropped.has(i));
}
