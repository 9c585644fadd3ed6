// The extension APIs, native: at the manifest's minimum versions (Chrome 120, Firefox 140) both browsers' MV3 APIs
// return promises (Firefox's `browser`, Chrome's `chrome`), so the WebExtension polyfill is not needed (it was 9.8 KB
// of background.js, plus one wrapper call per API use). The one difference we meet, a runtime.onMessage listener
// answering with a promise (Firefox only), is bridged in ./background-host.ts. Types only from
// @types/webextension-polyfill, which describes the `browser` namespace both browsers now implement.
import type { Browser } from 'webextension-polyfill';

const g = globalThis as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (g.browser ?? g.chrome) as Browser;

export type { Runtime, Tabs } from 'webextension-polyfill';
