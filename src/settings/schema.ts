// The settings in one place: defaults, the versioned schema, migrations and validation. Pure (no browser.*), so
// every rule is unit-tested; settings.ts stores the result in browser.storage.local.
import { CATEGORIES } from '../core/categories';
import type { CategoryGroup } from '../core/categories';
import { FEED_PLATFORMS, type FeedPlatform } from '../core/feed-platforms';
import type { Verdict } from '../core/types';

/** The category groups a banner can appear for (public media never warns, so it has no switch). */
export type BannerGroup = Exclude<CategoryGroup, 'public'>;
export const BANNER_GROUPS: readonly BannerGroup[] = ['state', 'captured', 'covert'];

export type LanguageSetting = 'auto' | 'en' | 'de';
export const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'de'];

export interface Settings {
  /** Show the inline banner on pages that warn. */
  banner: boolean;
  /** Per category group: show the banner for outlets of this group. */
  bannerCategories: Record<BannerGroup, boolean>;
  /** Hosts where the banner never shows (normalised: lower case, punycode, no www., no port); subdomains included. */
  neverOnSites: string[];
  /** Page addresses (without #fragment) whose banner the reader dismissed; newest last, capped. */
  dismissed: string[];
  /** Mark links to state-media outlets inside articles. */
  linkMarkers: boolean;
  /** Per platform: chips on state-media accounts, link cards and search results (content/platforms/). */
  platforms: Record<FeedPlatform, boolean>;
  /** Chips on the accounts of people who work for a warned outlet (presenters, editors): off unless turned on. */
  people: boolean;
  /** Interface language: the browser's ('auto') or a fixed one. */
  language: LanguageSetting;
}

/** The version of the stored shape. Bump it and add a migration when a field changes meaning or name. */
export const SCHEMA_VERSION = 1;

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  banner: true,
  bannerCategories: Object.freeze({ state: true, captured: true, covert: true }),
  neverOnSites: [],
  dismissed: [],
  linkMarkers: true,
  platforms: Object.freeze(Object.fromEntries(FEED_PLATFORMS.map((p) => [p, true]))) as Record<FeedPlatform, boolean>,
  people: false,
  language: 'auto',
}) as Readonly<Settings>;

export const LIMITS = { sites: 500, dismissed: 300, urlChars: 2_048 };

/** The stored object: the settings plus the schema version they were written with. */
export type Stored = Settings & { version: number };

/**
 * Migrations: MIGRATIONS[n] turns a stored object of version n into version n + 1. Version 1 is the first shape,
 * so the table is empty; an object without a version counts as version 1 (nothing older was ever written).
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function defaults(): Settings {
  return { ...DEFAULTS, bannerCategories: { ...DEFAULTS.bannerCategories }, platforms: { ...DEFAULTS.platforms }, neverOnSites: [], dismissed: [] };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Brings a stored object up to SCHEMA_VERSION. A newer version (after a downgrade) is read as it is: validation keeps what it understands. */
export function migrate(raw: Record<string, unknown>, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target = SCHEMA_VERSION): Record<string, unknown> {
  const v = raw.version;
  let version = typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
  let current = raw;
  while (version < target) {
    const step = migrations[version];
    if (step) current = step(current);
    version++;
  }
  return current;
}

/** A host as typed or pasted ("https://www.Example.ORG:8080/x", "bücher.de.") → "example.org" / "xn--bcher-kva.de", or null. */
export function normalizeHost(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim().toLowerCase();
  if (!s || s.length > 2_000) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (!host || host.length > 253) return null;
  if (host.startsWith('[')) return host; // an IPv6 literal, as URL wrote it
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host)) return null;
  return host;
}

/** A page address as kept for dismissal: http(s) only, without its #fragment; null otherwise. */
export function normalizePageUrl(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > LIMITS.urlChars) return null;
  try {
    const u = new URL(input);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

function cleanList(value: unknown, normalize: (x: unknown) => string | null, cap: number, keepNewest: boolean): string[] | null {
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of value.slice(0, cap * 4)) {
    const n = normalize(item);
    if (n && !seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  }
  return keepNewest ? out.slice(-cap) : out.slice(0, cap);
}

/**
 * Stored value (anything: absent, corrupt, hostile) → valid Settings. Each field that does not validate falls back
 * to its default on its own, so one bad field does not throw away the others.
 */
export function parseSettings(raw: unknown): Settings {
  const out = defaults();
  if (!isRecord(raw)) return out;
  const r = migrate(raw);
  if (typeof r.banner === 'boolean') out.banner = r.banner;
  if (typeof r.linkMarkers === 'boolean') out.linkMarkers = r.linkMarkers;
  if (typeof r.people === 'boolean') out.people = r.people;
  if (isRecord(r.platforms)) {
    for (const p of FEED_PLATFORMS) {
      const v = Object.prototype.hasOwnProperty.call(r.platforms, p) ? r.platforms[p] : undefined;
      if (typeof v === 'boolean') out.platforms[p] = v;
    }
  }
  if (typeof r.language === 'string' && (LANGUAGES as readonly string[]).includes(r.language)) out.language = r.language as LanguageSetting;
  if (isRecord(r.bannerCategories)) {
    for (const g of BANNER_GROUPS) {
      const v = Object.prototype.hasOwnProperty.call(r.bannerCategories, g) ? r.bannerCategories[g] : undefined;
      if (typeof v === 'boolean') out.bannerCategories[g] = v;
    }
  }
  out.neverOnSites = cleanList(r.neverOnSites, normalizeHost, LIMITS.sites, false) ?? out.neverOnSites;
  out.dismissed = cleanList(r.dismissed, normalizePageUrl, LIMITS.dismissed, true) ?? out.dismissed;
  return out;
}

/** Settings → the object written to storage (validated again, so nothing invalid is ever stored). */
export function toStored(settings: Settings): Stored {
  return { version: SCHEMA_VERSION, ...parseSettings(settings) };
}

/** True when `host` is `site` or below it (news.example.org is under example.org). */
function hostUnder(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

export function isNeverOnSite(settings: Settings, host: string): boolean {
  const h = normalizeHost(host);
  return !!h && settings.neverOnSites.some((site) => hostUnder(h, site));
}

export function isDismissed(settings: Settings, url: string): boolean {
  const u = normalizePageUrl(url);
  return !!u && settings.dismissed.includes(u);
}

/** Whether the inline banner may show for this verdict on this host. */
export function bannerAllowed(settings: Settings, verdict: Verdict | null, host: string): boolean {
  if (!settings.banner || !verdict?.warn) return false;
  // A look-alike site follows the covert switch, listed (its outlet is the operation) or not (no outlet).
  const group = verdict.kind === 'impersonation' ? 'covert' : verdict.outlet ? CATEGORIES[verdict.outlet.category]?.group : undefined;
  if (!group || group === 'public' || !settings.bannerCategories[group]) return false;
  return !isNeverOnSite(settings, host) && !isDismissed(settings, verdict.url);
}

// Pure updates: each returns new, valid settings.

export function withNeverOnSite(settings: Settings, host: string): Settings {
  const h = normalizeHost(host);
  if (!h || settings.neverOnSites.includes(h)) return settings;
  return parseSettings({ ...settings, neverOnSites: [...settings.neverOnSites, h] });
}

export function withoutNeverOnSite(settings: Settings, host: string): Settings {
  const h = normalizeHost(host) ?? host;
  return { ...settings, neverOnSites: settings.neverOnSites.filter((s) => s !== h) };
}

export function withDismissed(settings: Settings, url: string): Settings {
  const u = normalizePageUrl(url);
  if (!u) return settings;
  return parseSettings({ ...settings, dismissed: [...settings.dismissed.filter((d) => d !== u), u] });
}
