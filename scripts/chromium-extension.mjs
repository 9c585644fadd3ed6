// Headless Chromium with the built extension loaded, in a throw-away profile: one launcher for the screenshot and
// benchmark scripts (the end-to-end tests have their own, with request interception and process clean-up).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

function executablePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * @param {{ ext: string, dark?: boolean, lang?: string, args?: string[], viewport?: { width: number, height: number } }} o
 *   ext: the unpacked extension folder; lang: the browser UI language (chrome.i18n follows it), left to the
 *   system when absent; args: extra Chromium flags
 * @returns {Promise<{ ctx: import('playwright-core').BrowserContext, extId: string, sw: import('playwright-core').Worker, close: () => Promise<void> }>}
 */
export async function launchWithExtension({ ext, dark = false, lang, args = [], viewport }) {
  const profile = mkdtempSync(join(tmpdir(), 'pl-chromium-'));
  const language = lang
    ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` } }
    : {};
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath(),
    headless: true,
    colorScheme: dark ? 'dark' : 'light',
    ...(viewport ? { viewport } : {}),
    ...language,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...(lang ? [`--lang=${lang}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    ctx,
    extId: new URL(sw.url()).host,
    sw,
    close: () => ctx.close().finally(() => rmSync(profile, { recursive: true, force: true })),
  };
}
