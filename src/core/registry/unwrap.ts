// Addresses that wrap another address (archives, translation proxies, AMP caches) → the page's own address.
import type { Wrapper } from '../types';
import { filterQuery, isTranslateParam } from './wrappers/address';
import { unwrapAmpCache } from './wrappers/amp-cache';
import { unwrapArchiveToday } from './wrappers/archive-today';
import { unwrapGoogleTranslate } from './wrappers/google-translate';
import type { Unwrapped, UnwrapHints } from './wrappers/types';
import { unwrapWayback } from './wrappers/wayback';

export type { UnwrapHints } from './wrappers/types';

export interface UnwrapResult {
  /** The original address; the input itself (normalised) when it wraps nothing or the original is unknown. */
  url: string;
  /** The outermost wrapper, when there is one. */
  wrapper?: Wrapper;
}

const MAX_DEPTH = 5;

/** Parses an absolute http(s) address; anything else is an Error the caller handles. */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`Not an absolute URL: ${JSON.stringify(input)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Not an http(s) URL: ${JSON.stringify(input)}`);
  }
  return url;
}

/**
 * Unwraps fully (a Wayback copy of a translate.goog page gives the page itself) and reports the outermost
 * wrapper. Google Translate's _x_tr_* parameters are removed from the result.
 */
export function unwrapUrl(input: string, hints?: UnwrapHints): UnwrapResult {
  let url = parseHttpUrl(input);
  let wrapper: Wrapper | undefined;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const found = recognise(url, hints);
    if (!found) break;
    wrapper ??= { kind: found.kind, host: url.hostname.replace(/\.$/, ''), url: url.href };
    if (!found.inner) break;
    try {
      url = parseHttpUrl(found.inner);
    } catch {
      break;
    }
  }
  const search = filterQuery(url.search, isTranslateParam);
  if (search !== url.search) url.search = search;
  return wrapper ? { url: url.href, wrapper } : { url: url.href };
}

function recognise(url: URL, hints?: UnwrapHints): Unwrapped {
  return unwrapWayback(url) ?? unwrapArchiveToday(url, hints) ?? unwrapGoogleTranslate(url) ?? unwrapAmpCache(url);
}
