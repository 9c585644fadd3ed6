// Which links get a marker, and what it says: a link to a warned outlet (policy 'warn' in the host index), never
// on a warned outlet's own site (every link there would be marked). Pure: addresses in, decisions out.
import hostsJson from '../data/hosts.json';
import { hostVerdict, type HostIndexData } from '../core/registry/host-index';
import type { Category } from '../core/types';
import OUTLET_NAMES from './outlet-names.json';

export type Translate = (key: string, subs?: string | string[]) => string;

export interface MarkerInfo {
  outletId: string;
  name: string;
  category: Category;
}

/** See scripts/outlet-names.mjs: names of the warned outlets in hosts.json order (0: the id reads as the name). */
const DATA = OUTLET_NAMES as { checksum: string; defaultCategory: Category; categories: Record<string, Category>; names: (string | 0)[] };

// Both must agree with scripts/outlet-names.mjs.
const SMALL = new Set(['al', 'and', 'da', 'de', 'del', 'des', 'di', 'do', 'du', 'e', 'el', 'en', 'et', 'for', 'in', 'la', 'le', 'les', 'of', 'on', 'the', 'y']);

export function checksum(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of ids.join(',')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}

/** "voice-of-europe" → "Voice of Europe": the name of an outlet whose id reads as its name. */
export function prettyId(id: string): string {
  return id
    .split('-')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

let names: Map<string, string> | null = null;

/** id → name, built on the first marker. A names file out of step with hosts.json (checksum) is not used at all. */
function nameTable(): Map<string, string> {
  if (names) return names;
  const warned = Object.entries(hostsJson as unknown as HostIndexData)
    .filter(([, [policy]]) => policy === 'warn')
    .map(([id]) => id);
  names = new Map();
  if (checksum(warned) !== DATA.checksum || warned.length !== DATA.names.length) return names;
  warned.forEach((id, i) => {
    const n = DATA.names[i];
    if (n) names!.set(id, n);
  });
  return names;
}

export function outletName(id: string): string {
  return nameTable().get(id) ?? prettyId(id);
}

export function outletCategory(id: string): Category {
  return Object.prototype.hasOwnProperty.call(DATA.categories, id) ? DATA.categories[id]! : DATA.defaultCategory;
}

function parse(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Markers are off on a warned outlet's own site (and on pages that are not http(s)). */
export function markersAllowedOn(pageUrl: string): boolean {
  const u = parse(pageUrl);
  if (!u) return false;
  return hostVerdict(u.hostname, u.pathname)?.policy !== 'warn';
}

/** The marker for a link's absolute address, or null. `host`/`path` may be passed when the caller has them parsed. */
export function markerFor(href: string, parsed?: { host: string; path: string }): MarkerInfo | null {
  let where = parsed;
  if (!where) {
    const u = parse(href);
    if (!u) return null;
    where = { host: u.hostname, path: u.pathname };
  }
  const v = where.host ? hostVerdict(where.host, where.path) : null;
  if (!v || v.policy !== 'warn') return null;
  return { outletId: v.outletId, name: outletName(v.outletId), category: outletCategory(v.outletId) };
}

export function markerTitle(info: MarkerInfo, t: Translate): string {
  const key = `category_${info.category.replace(/-/g, '_')}`;
  const label = t(key);
  return t('linkMarkerTitle', [info.name, label && label !== key ? label : info.category.replace(/-/g, ' ')]);
}
