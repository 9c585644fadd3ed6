// The only module that imports the WebExtension polyfill: everything else goes through src/platform.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
