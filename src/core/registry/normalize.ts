// Host normalisation shared by every look-up: lower case, punycode, no port, no trailing dot.
// Uses only the URL global, so it runs in the content script, the service worker and Node alike.

/**
 * The host of `input` (a bare host, "host:port", or an absolute URL) as the registry spells hosts:
 * lower-case ASCII (IDN → punycode), no port, no trailing dot; IPv6 keeps its brackets. Null when there is none.
 */
export function normalizeHost(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  // (?<!\.): a run of dots is tried from its first only, not from each (quadratic on "a.....b.").
  const host = hostname.replace(/(?<!\.)\.+$/, '');
  return host || null;
}

/** True for IPv4 dotted quads and bracketed IPv6 literals, which are matched exactly, never by their "labels". */
export function isIpLiteral(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/** The host without one leading "www." (registry domains are stored that way). */
export function withoutWww(host: string): string {
  return host.startsWith('www.') && host.indexOf('.', 4) > 0 ? host.slice(4) : host;
}
