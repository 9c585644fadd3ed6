// Google AMP cache: <anything>.cdn.ampproject.org/c/s/<host>/<path> (https; /c/<host>/… is http), the viewer
// form /v/s/…, and Google's AMP viewer www.google.<tld>/amp/s/<host>/<path>. The viewer's own parameters
// (amp_*, usqp, aoh) are dropped.
import { filterQuery } from './address';
import type { Unwrapped } from './types';

// The host segment holds a dot that is neither its first nor its last character. Written [^/?#][^/?#.]*\.[^/?#]+
// (the first such dot) rather than [^/?#]+\.[^/?#]+, which retries every dot (quadratic: 24 ms on 8,000 characters).
const CACHE_PATH = /^\/(?:c|v|wp)\/(s\/)?([^/?#][^/?#.]*\.[^/?#]+(?:\/.*)?)$/;
const VIEWER_PATH = /^\/amp\/(s\/)?([^/?#][^/?#.]*\.[^/?#]+(?:\/.*)?)$/;
const GOOGLE = /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

export function unwrapAmpCache(url: URL): Unwrapped {
  const host = url.hostname.replace(/\.$/, '');
  let m: RegExpExecArray | null = null;
  if (host === 'cdn.ampproject.org' || host.endsWith('.cdn.ampproject.org')) m = CACHE_PATH.exec(url.pathname);
  else if (GOOGLE.test(host)) m = VIEWER_PATH.exec(url.pathname);
  if (!m) return null;
  const scheme = m[1] ? 'https' : 'http';
  const query = filterQuery(url.search, (name) => name.startsWith('amp_') || name === 'usqp' || name === 'aoh');
  return { kind: 'amp-cache', inner: `${scheme}://${m[2]}${query}${url.hash}` };
}
