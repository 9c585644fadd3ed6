/** Resolves an address against a base; only http(s) results are returned, anything else is null. */
export function resolveHttpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 4_000) return null;
  try {
    const u = new URL(trimmed, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * resolveHttpUrl against one base, memoised: a page repeats its addresses (menus, footers, share buttons, the
 * article's links again), and each parse costs more than a look-up.
 */
export function httpUrlResolver(base: string): (raw: string | null | undefined) => string | null {
  const memo = new Map<string, string | null>();
  return (raw) => {
    if (!raw) return null;
    let r = memo.get(raw);
    if (r === undefined) memo.set(raw, (r = resolveHttpUrl(raw, base)));
    return r;
  };
}
