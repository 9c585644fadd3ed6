/*
 * The cheap gate: decides, for the price of about one read of the page's text, whether the expensive path
 * (Readability, language identification, analysis) may find anything. Almost every page a reader opens is not
 * state media, and on those the content script stops here.
 *
 * | page                                                                 | gate  | reason          |
 * |----------------------------------------------------------------------|-------|-----------------|
 * | on a registered outlet's host (any edition, mirror, public media)    | open  | site            |
 * | through a web archive, translation proxy or AMP cache                | open  | wrapper         |
 * | Google Translate residue (translated-ltr, <font vertical-align>)     | open  | mt-residue      |
 * | canonical / og:url on an outlet's host                               | open  | canonical       |
 * | a link or image to a warned or informed outlet's host                | open  | link            |
 * | an outlet's brand in the title or the text                           | open  | brand           |
 * | an ordinary page with none of these                                  | shut  |                 |
 * | links to public-media hosts only (bbc.com, dw.com)                   | shut  |                 |
 */
import { hostVerdict } from '../core/registry/host-index';
import { unwrapUrl } from '../core/registry/unwrap';
import type { TextTest } from './brand-pattern';

export type GateReason = 'site' | 'wrapper' | 'mt-residue' | 'canonical' | 'link' | 'brand';

export const GATE_LIMITS = { links: 3_000, media: 300, textChars: 400_000 };

function hostOf(url: string): { host: string; path: string } | null {
  try {
    const u = new URL(url);
    return { host: u.hostname, path: u.pathname };
  } catch {
    return null;
  }
}

function isOutletAddress(url: string | null | undefined, base: string, allowPublic: boolean): boolean {
  if (!url) return false;
  let abs: string;
  try {
    abs = new URL(url, base).href;
  } catch {
    return false;
  }
  const h = hostOf(abs);
  if (!h) return false;
  const v = hostVerdict(h.host, h.path);
  return !!v && (allowPublic || v.policy !== 'public-media');
}

/** a.hostname and doc.links where the DOM has them (browsers); parsed addresses where it does not (linkedom in tests). */
function anchorsOf(doc: Document): ArrayLike<Element> {
  return doc.links ?? doc.querySelectorAll('a[href]');
}

function anchorHost(a: Element, base: string): { host: string; path: string } | null {
  const el = a as HTMLAnchorElement;
  if (typeof el.hostname === 'string') return el.hostname ? { host: el.hostname, path: el.pathname } : null;
  const href = a.getAttribute('href');
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.hostname ? { host: u.hostname, path: u.pathname } : null;
  } catch {
    return null;
  }
}

/** `brands` is a RegExp or anything with test(text), such as brandTest() from ./brand-pattern. */
export function gate(doc: Document, url: string, brands: TextTest): GateReason | null {
  let original = url;
  try {
    const unwrapped = unwrapUrl(url);
    if (unwrapped.wrapper) return 'wrapper';
    original = unwrapped.url;
  } catch {
    return null; // not an http(s) page
  }
  if (isOutletAddress(original, url, true)) return 'site';
  const html = doc.documentElement;
  if (/\btranslated-(ltr|rtl)\b/.test(html?.getAttribute('class') ?? '') || doc.querySelector('font[style*="vertical-align"]')) return 'mt-residue';
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href');
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (isOutletAddress(canonical, url, false) || isOutletAddress(ogUrl, url, false)) return 'canonical';
  const links = anchorsOf(doc);
  const nLinks = Math.min(links.length, GATE_LIMITS.links);
  for (let i = 0; i < nLinks; i++) {
    const h = anchorHost(links[i]!, url);
    const v = h ? hostVerdict(h.host, h.path) : null;
    if (v && v.policy !== 'public-media') return 'link';
  }
  const images = doc.images ?? doc.querySelectorAll('img[src]');
  const nImages = Math.min(images.length, GATE_LIMITS.media);
  for (let i = 0; i < nImages; i++) if (isOutletAddress((images[i] as HTMLImageElement).getAttribute('src'), url, false)) return 'link';
  const title = doc.title ?? '';
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  if (brands.test(`${title}\n${siteName}`)) return 'brand';
  const text = (doc.body?.textContent ?? '').slice(0, GATE_LIMITS.textChars);
  if (brands.test(text)) return 'brand';
  return null;
}
