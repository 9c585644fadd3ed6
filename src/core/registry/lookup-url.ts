// Address → page host, wrapper, outlet and reposting hint.
import type { SiteInfo } from '../types';
import { getRegistry } from './data';
import { matchHost, type HostMatch } from './lookup-host';
import { isIpLiteral, normalizeHost } from './normalize';
import { registrableDomain } from './registrable';
import { unwrapUrl, type UnwrapHints } from './unwrap';

export interface UrlLookup {
  site: SiteInfo;
  /** The page's own address, after unwrapping. */
  originalUrl: string;
  match: HostMatch | null;
}

/** Throws (from unwrapUrl) when `url` is not an http(s) address. */
export function lookupUrl(url: string, hints?: UnwrapHints): UrlLookup {
  const { url: originalUrl, wrapper } = unwrapUrl(url, hints);
  const page = new URL(originalUrl);
  const host = normalizeHost(page.hostname) ?? page.hostname;
  const site: SiteInfo = { host };
  if (wrapper) site.wrapper = wrapper;
  const floor = isIpLiteral(host) ? undefined : registrableDomain(host);
  const reposter = getRegistry().reposters.match(host, undefined, floor);
  if (reposter) {
    site.repostHint = { source: reposter.value.source };
    if (reposter.value.url) site.repostHint.url = reposter.value.url;
  }
  return { site, originalUrl, match: matchHost(host, page.pathname) };
}
