// Bench-only, bundled by scripts/bench/browser.mjs and evaluated in the page's main world (never part of the
// extension): the two reference costs the content script is compared with, measured in the same page and run.
//  - floor: one plain TreeWalker pass over all text nodes of the document (the least any reading of the page costs);
//  - naive: Readability.parse() on a clone of the document (what a design without a gate pays on every page),
//    with the same options as src/extract/article.ts; the clone is timed apart.
import { Readability } from '@mozilla/readability';

const OPTIONS = { charThreshold: 300, keepClasses: false, serializer: (el: Node) => el };

export function floor(): { ms: number; textNodes: number; chars: number } {
  const start = performance.now();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  while (walker.nextNode()) {
    textNodes++;
    chars += (walker.currentNode as Text).length;
  }
  return { ms: performance.now() - start, textNodes, chars };
}

export function naive(): { cloneMs: number; parseMs: number } {
  const t0 = performance.now();
  const clone = document.cloneNode(true) as Document;
  const t1 = performance.now();
  try {
    new Readability(clone, OPTIONS as never).parse();
  } catch {
    /* a page can break Readability: the time until then still counts */
  }
  return { cloneMs: t1 - t0, parseMs: performance.now() - t1 };
}

/** The extension's phase measures (performance.measure "provenance-lens:<phase>") and the page's long tasks. */
export function observed(): { measures: { name: string; start: number; duration: number }[]; longTasks: { start: number; duration: number }[] } {
  const measures = performance
    .getEntriesByType('measure')
    .filter((m) => m.name.startsWith('provenance-lens:'))
    .map((m) => ({ name: m.name.slice('provenance-lens:'.length), start: m.startTime, duration: m.duration }));
  const longTasks = ((globalThis as { __plLongTasks?: { start: number; duration: number }[] }).__plLongTasks ?? []).slice();
  return { measures, longTasks };
}
