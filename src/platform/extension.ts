// The extension's own pages: its version and its options page.
import { browser } from './browser';

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
