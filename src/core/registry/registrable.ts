// The registrable domain of a host, from the Public Suffix List (tldts, private suffixes included so that
// "someone.blogspot.com" is its own site). Not used by the content script's host index: tldts alone is
// ~50 KB gzipped, and the data test guarantees that no registry domain is a public suffix, which makes the
// index's floor-less walk give the same answers.
import { getDomain, getPublicSuffix } from 'tldts';

export function registrableDomain(host: string): string | null {
  return getDomain(host, { allowPrivateDomains: true });
}

/** The public suffix of a host ("com.au" for news.example.com.au), private suffixes included. */
export function publicSuffixOf(host: string): string | null {
  return getPublicSuffix(host, { allowPrivateDomains: true });
}
