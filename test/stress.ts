// Time bounds live in the stress project only (jest.config.mjs sets the global STRESS there; npm test runs it as its
// own stage after the fuzz stage). Unit tests run the same code for its results and never fail on time. Every bound
// is CPU time (process.cpuUsage: what this process used, so other jobs on a shared machine do not count) and
// generous: it catches quadratic or worse work, not a slow machine.

/** True in the stress project: check time bounds. */
export const STRESS = (globalThis as { STRESS?: unknown }).STRESS === true;

/** fn's result and the CPU time (user + system, ms) it used. */
export function cpuTimed<T>(fn: () => T): { value: T; cpuMs: number } {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { value, cpuMs: (used.user + used.system) / 1_000 };
}

/**
 * The CPU time of fn, the lower of two runs when the first is over the bound: CPU time still counts this process's
 * garbage-collector pauses and compilation, which need not come back; work that really is slow is slow twice.
 */
export function cpuMsOf(fn: () => unknown, boundMs: number): number {
  const first = cpuTimed(fn).cpuMs;
  return first < boundMs ? first : Math.min(first, cpuTimed(fn).cpuMs);
}
