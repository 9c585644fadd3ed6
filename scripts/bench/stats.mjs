// Small statistics helpers for the benchmark.
export function median(xs) {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

export function max(xs) {
  return xs.reduce((m, x) => (x > m ? x : m), -Infinity);
}
