// Where the test browsers live: Debian's Chromium and Firefox ESR (test tools must not download browsers).
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const BROWSER_PACKAGES = ['chromium', 'firefox-esr'];

export function missingBrowsers() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync(FIREFOX)) missing.push('firefox-esr');
  return missing;
}
