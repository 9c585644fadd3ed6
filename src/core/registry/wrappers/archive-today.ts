// archive.today and its mirror domains. Addresses like archive.ph/2024.01.01-000000/https://… or
// archive.ph/newest/https://… carry the original; short links (archive.ph/AbC12) do not, and then the original
// comes from the archive page's own header (`hints.archivedFrom`), when the caller has it.
import { embeddedAddress } from './address';
import type { Unwrapped, UnwrapHints } from './types';

const HOSTS = new Set(['archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.vn', 'archive.fo', 'archive.md']);
const CARRIED = /^\/(?:\d{4}\.\d{2}\.\d{2}-\d{6}|\d{8,14}|newest|oldest|latest|timegate|o\/[A-Za-z0-9]+)\/(.+)$/;
const DIRECT = /^\/(https?:\/.+)$/i;
const SHORT = /^\/[A-Za-z0-9]{4,10}(?:\/.*)?$/;

export function unwrapArchiveToday(url: URL, hints?: UnwrapHints): Unwrapped {
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  if (!HOSTS.has(host)) return null;
  const path = url.pathname;
  const carried = CARRIED.exec(path) ?? DIRECT.exec(path);
  if (carried) {
    const original = embeddedAddress(`${carried[1]}${url.search}${url.hash}`);
    if (original) return { kind: 'archive-today', inner: original };
  }
  if (path === '/submit/' || path === '/submit') {
    const submitted = url.searchParams.get('url');
    if (submitted) return { kind: 'archive-today', inner: embeddedAddress(submitted) };
  }
  if (carried || SHORT.test(path)) {
    const hinted = hints?.archivedFrom ? embeddedAddress(hints.archivedFrom) : null;
    return { kind: 'archive-today', inner: hinted };
  }
  return null;
}
