// Wayback Machine: web.archive.org/web/<stamp>[id_|if_|im_|js_|cs_|…]/<original address>.
// Stamps may have any length and contain "*" (capture listings); the original may lack its scheme.
import { embeddedAddress } from './address';
import type { Unwrapped } from './types';

const HOSTS = new Set(['web.archive.org', 'wayback.archive.org']);
const PATH = /^\/web\/[0-9*]+(?:[a-z]{2}_)?\/(.+)$/;

export function unwrapWayback(url: URL): Unwrapped {
  if (!HOSTS.has(url.hostname.replace(/\.$/, ''))) return null;
  const m = PATH.exec(url.pathname);
  if (!m) return null;
  // (?<!\*): a run of stars is tried from its first only, not from each (quadratic on "****x*").
  const original = embeddedAddress(`${m[1]!.replace(/(?<!\*)\*+$/, '')}${url.search}${url.hash}`);
  return original ? { kind: 'wayback', inner: original } : null;
}
