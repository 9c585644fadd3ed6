/*
 * Link markers: which of a page's link hosts get a small flag, and its tooltip. The content script sends the hosts
 * it read (PageDigest.hosts); here the registry decides, so the page carries no host table. A link to a warned
 * outlet (policy 'warn') gets one; never on a warned outlet's own site (every link there would be marked), never
 * when the reader turned markers off.
 *
 * | page / link host                                   | marker                                  |
 * |----------------------------------------------------|-----------------------------------------|
 * | news.example → www.rt.com, cdni.rt.com             | "RT — State-controlled media"           |
 * | news.example → de.rt.com                           | the RT DE edition's name                |
 * | news.example → odysee.com/@rtfrance:a              | RT France (path-scoped entry)           |
 * | news.example → www.bbc.com (public media)          | none                                    |
 * | news.example → agerpres.ro (informational)         | none                                    |
 * | news.example → notrt.com, odysee.com/@someone      | none                                    |
 * | www.rt.com (a warned outlet's own site) → anything | none (markers off on that page)         |
 * | markers turned off in the options                  | none (null)                             |
 */
import { matchDigestHost } from '../core/gate/gate';
import { lookupUrl, policyOf } from '../core/registry/index';
import type { Outlet } from '../core/types';

export type Translate = (key: string, subs?: string | string[]) => string;

export function markerTitle(outlet: Pick<Outlet, 'name' | 'category'>, t: Translate): string {
  const key = `category_${outlet.category.replace(/-/g, '_')}`;
  const label = t(key);
  return t('linkMarkerTitle', [outlet.name, label && label !== key ? label : outlet.category.replace(/-/g, ' ')]);
}

/** Markers are off on a warned outlet's own site (and on pages that are not http(s)). */
export function markersAllowedOn(pageUrl: string): boolean {
  try {
    const m = lookupUrl(pageUrl).match;
    return !m || policyOf(m.outlet) !== 'warn';
  } catch {
    return false;
  }
}

/** Tooltips for the hosts that get a marker; null when markers are off or not allowed on this page. */
/** Link host (as in PageDigest.hosts) → the marker's tooltip, for links to warned outlets. */
export type MarkerTitles = Record<string, string>;

export function markerTitles(hosts: readonly string[], pageUrl: string, on: boolean, t: Translate): MarkerTitles | null {
  if (!on || !markersAllowedOn(pageUrl)) return null;
  const out: MarkerTitles = {};
  for (const h of hosts) {
    const m = matchDigestHost(h);
    if (m && policyOf(m.outlet) === 'warn') out[h] = markerTitle(m.outlet, t);
  }
  return out;
}
