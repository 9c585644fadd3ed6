// Where each context finds what another stored: the settings in storage.local, each tab's verdict and latest
// analysis token in storage.session. The keys live in storage-keys.json, which the end-to-end tests read too.
import KEYS from './storage-keys.json';

/** storage.local: the settings, under one key (settings/schema.ts validates them on every read). */
export const SETTINGS_KEY: string = KEYS.settings;

/** storage.session: the verdict shown for a tab. */
export const verdictKey = (tabId: number): string => `${KEYS.verdictPrefix}${tabId}`;

/** storage.session: the token of the tab's latest analysis (protocol/messages.ts). */
export const latestKey = (tabId: number): string => `${KEYS.latestPrefix}${tabId}`;
