// Bench-only (scripts/bench/digest-cold.mjs): the content script's digest and the floor, each as one function to
// be timed in a fresh isolated world of a page.
import { readDigest } from '../../src/content/digest';

export function digest(): number {
  const t = performance.now();
  readDigest(document, location.href);
  return performance.now() - t;
}

export function floor(): number {
  const t = performance.now();
  const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  while (w.nextNode());
  return performance.now() - t;
}
