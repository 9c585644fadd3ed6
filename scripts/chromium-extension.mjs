// Headless Chromium with the built extension loaded: the one launcher for the end-to-end tests (test/e2e), the
// screenshot scripts and the benchmark. `openExtensionContext` starts the browser in a given profile (the e2e
// tests add their request routing and process clean-up around it); `launchWithExtension` does the same in a
// throw-away profile and finds the extension's service worker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/browsers.mjs';

/** Flags every run needs here: no sandbox as root, and no background traffic to hosts this machine cannot reach. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * @param {string} profile a user-data folder
 * @param {{ ext: string, args?: string[], timeout?: number, dark?: boolean, lang?: string, viewport?: { width: number, height: number } }} o
 *   ext: the unpacked extension folder; lang: the browser UI language (chrome.i18n follows it), left to the system
 *   when absent; args: extra Chromium flags
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export function openExtensionContext(profile, { ext, args = [], timeout, dark = false, lang, viewport }) {
  const language = lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` } } : {};
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: dark ? 'dark' : 'light',
    ...(timeout ? { timeout } : {}),
    ...(viewport ? { viewport } : {}),
    ...language,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...(lang ? [`--lang=${lang}`] : []), ...CHROMIUM_FLAGS, ...args],
  });
}

/** The extension's service worker (it may start before or after the context is returned). */
export async function serviceWorkerOf(ctx, timeout = 20_000) {
  return ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout }));
}

/**
 * @param {{ ext: string, dark?: boolean, lang?: string, args?: string[], viewport?: { width: number, height: number } }} o
 * @returns {Promise<{ ctx: import('playwright-core').BrowserContext, extId: string, sw: import('playwright-core').Worker, close: () => Promise<void> }>}
 */
export async function launchWithExtension(o) {
  const profile = mkdtempSync(join(tmpdir(), 'pl-chromium-'));
  const ctx = await openExtensionContext(profile, o);
  const sw = await serviceWorkerOf(ctx);
  return {
    ctx,
    extId: new URL(sw.url()).host,
    sw,
    close: () => ctx.close().finally(() => rmSync(profile, { recursive: true, force: true })),
  };
}
