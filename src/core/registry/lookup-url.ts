// Address → page host, wrapper, outlet (by host, or by a listed platform account) and reposting hint.
import type { SiteInfo } from '../types';
import { accountOfUrl } from './accounts/index';
import { getRegistry } from './data';
import { matchHost, type HostMatch } from './lookup-host';
import { networkOf } from './network';
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
  return { site, originalUrl, match: matchHost(host, page.pathname) ?? accountMatch(page, site) };
}

/**
 * A listed account's profile, channel or post: the outlet's match, as on its own site (score.ts step 1), with
 * `site.account` naming the account and `matchedDomain` its address, which the site-host signal shows as evidence.
 * A person's account gives no verdict: people are never called state media by default (their wording names who
 * employs them, a later setting).
 */
function accountMatch(page: URL, site: SiteInfo): HostMatch | null {
  const account = accountOfUrl(page);
  if (!account || account.role === 'person') return null;
  site.account = { platform: account.platform, handle: account.handle, role: account.role, address: account.address };
  return { outlet: account.outlet, network: networkOf(account.outlet), matchedDomain: account.address };
}
