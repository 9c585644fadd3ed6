// Settings in browser.storage.local (local, not sync: nothing leaves the machine), under one key, validated on
// every read. The rules (defaults, schema, migrations, validation, bannerAllowed) are in settings-core.ts.
import { SETTINGS_KEY } from '../protocol/storage';
import { browser } from './browser';
import { parseSettings, toStored, withDismissed, withNeverOnSite, type Settings } from '../settings/schema';

export { bannerAllowed, BANNER_GROUPS, DEFAULTS, defaults, isDismissed, isNeverOnSite, normalizeHost, SCHEMA_VERSION } from '../settings/schema';
export type { BannerGroup, LanguageSetting, Settings } from '../settings/schema';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const stored = toStored(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: stored });
  const { version: _version, ...valid } = stored;
  return valid;
}

/** Read, change, write: for one-field changes from the banner or the options page. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** "Don't show on this site": adds the page's host to neverOnSites. */
export function neverShowOn(host: string): Promise<Settings> {
  return updateSettings((s) => withNeverOnSite(s, host));
}

/** "Dismiss": remembers the page address (without #fragment) so its banner stays away. */
export function dismissPage(url: string): Promise<Settings> {
  return updateSettings((s) => withDismissed(s, url));
}

/** Calls `cb` with the new, validated settings whenever they change (in any tab or context). Returns an unsubscribe. */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.prototype.hasOwnProperty.call(changes, SETTINGS_KEY)) cb(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
