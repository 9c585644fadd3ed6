// Giving the page its turn: between the phases of an analysis the content script yields, so no task of ours
// holds the main thread longer than one phase (the browser's own long-task limit is 50 ms).

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets pending input and rendering run: scheduler.yield() where it exists (keeps our place in line), else a task. */
export function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits for an idle moment, at most `timeoutMs`. */
export function whenIdle(timeoutMs = 1_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

const PREFIX = 'provenance-lens';

/** Set by the build (build-options.mjs): true only in the benchmark's builds. Absent under Jest. */
declare const __BENCH__: boolean | undefined;

/**
 * A phase's duration as a performance measure ("provenance-lens:gate"), for benchmarks; never throws. A phase
 * that spans several tasks is measured once per task (the same name again), so no measure covers a yield. Only in
 * a bench build: the page shares the performance timeline, and a page must not be able to spot the extension.
 */
export function measure(phase: string, start: number, end: number = performance.now()): void {
  if (typeof __BENCH__ === 'undefined' || !__BENCH__) return;
  try {
    performance.measure(`${PREFIX}:${phase}`, { start, end });
  } catch {
    // an old browser without measure options: the benchmark goes without this figure
  }
}
