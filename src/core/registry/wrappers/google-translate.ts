// Google Translate's website proxy, in its two forms:
// - www-rt-com.translate.goog/path?_x_tr_sl=en&_x_tr_tl=de&… : the original host with "." written as "-" and
//   "-" as "--" (_x_tr_sch=http marks an http original; otherwise https);
// - translate.google.<tld>/translate?u=<address> (also /website?u= and translate.googleusercontent.com/translate_c).
import { embeddedAddress, filterQuery, isTranslateParam } from './address';
import type { Unwrapped } from './types';

const PROXY_SUFFIX = '.translate.goog';
const FRONT_END = /^translate\.google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;
const FRONT_END_PATHS = new Set(['/translate', '/website', '/translate_c']);

export function unwrapGoogleTranslate(url: URL): Unwrapped {
  const host = url.hostname.replace(/\.$/, '');
  if (host.endsWith(PROXY_SUFFIX) && host.length > PROXY_SUFFIX.length) {
    const original = decodeProxyHost(host.slice(0, -PROXY_SUFFIX.length));
    const scheme = url.searchParams.get('_x_tr_sch') === 'http' ? 'http' : 'https';
    const query = filterQuery(url.search, isTranslateParam);
    return { kind: 'google-translate', inner: `${scheme}://${original}${url.pathname}${query}${url.hash}` };
  }
  const frontEnd = FRONT_END.test(host) || host === 'translate.googleusercontent.com';
  if (frontEnd && FRONT_END_PATHS.has(url.pathname)) {
    const u = url.searchParams.get('u');
    const original = u ? embeddedAddress(u) : null;
    return original ? { kind: 'google-translate', inner: original } : null;
  }
  return null;
}

/** "www-rt-com" → "www.rt.com"; "my--site-com" → "my-site.com"; "xn----7sb-com" → "xn--7sb.com". */
export function decodeProxyHost(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const c = label[i];
    if (c !== '-') out += c;
    else if (label[i + 1] === '-') {
      out += '-';
      i++;
    } else out += '.';
  }
  return out;
}
