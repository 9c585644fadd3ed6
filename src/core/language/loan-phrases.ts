// Established loan phrases (Latin, French, English, Spanish idioms used across European languages): no residue.
import { LOAN_PHRASES } from './languages';

const LOAN_RE = new RegExp(`(?<![\\p{L}])(?:${LOAN_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}])`, 'giu');

let lastLoanText: string | null = null;
let lastLoanSpans: [number, number][] = [];

/** Spans of loan phrases; sameScriptRuns and crossScriptRuns ask for the same paragraph one after the other. */
export function loanSpans(text: string): [number, number][] {
  if (text !== lastLoanText) {
    lastLoanSpans = [...text.matchAll(LOAN_RE)].map((m) => [m.index, m.index + m[0].length]);
    lastLoanText = text;
  }
  return lastLoanSpans;
}

export function overlaps(spans: [number, number][], s: number, e: number): boolean {
  return spans.some(([a, b]) => a < e && s < b);
}
