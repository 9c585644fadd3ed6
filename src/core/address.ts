// Address helpers the content script, the background and the engine share: plain string work, no URL parse.

/** The address without its #fragment: the same article. */
export function withoutHash(url: string): string {
  return url.split('#')[0] ?? url;
}

/**
 * Host (as written, with user info and port cut) and path (without query or fragment, "/" when empty) of an
 * absolute address "scheme://…" whose scheme has at most five characters; null for anything else. No URL parse:
 * for addresses a browser or URL.href has already normalised (img.src, extraction's links).
 */
export function splitAddress(url: string): { host: string; path: string } | null {
  const m = /^[a-z][a-z0-9+.-]{0,4}:\/\/([^/?#]*)([^?#]*)/i.exec(url);
  if (!m) return null;
  let host = m[1]!.slice(m[1]!.lastIndexOf('@') + 1);
  const port = host.lastIndexOf(':');
  if (port >= 0 && !host.endsWith(']')) host = host.slice(0, port);
  return { host, path: m[2] || '/' };
}
