// Verdicts per tab live in storage.session (cleared when the browser closes; never only in a worker's memory).
import type { Verdict } from '../core/types';
import { latestKey, verdictKey } from '../protocol/storage';
import { browser } from './browser';


export async function saveVerdict(tabId: number, verdict: Verdict): Promise<void> {
  await browser.storage.session.set({ [verdictKey(tabId)]: verdict });
}

export async function loadVerdict(tabId: number): Promise<Verdict | null> {
  const got = await browser.storage.session.get(verdictKey(tabId));
  return (got[verdictKey(tabId)] as Verdict | undefined) ?? null;
}

export async function forgetVerdict(tabId: number): Promise<void> {
  await browser.storage.session.remove([verdictKey(tabId), latestKey(tabId)]);
}

/** The token of the tab's latest analysis (see protocol/messages.ts Protocol). */
export async function saveLatest(tabId: number, token: string): Promise<void> {
  await browser.storage.session.set({ [latestKey(tabId)]: token });
}

export async function loadLatest(tabId: number): Promise<string | null> {
  const got = await browser.storage.session.get(latestKey(tabId));
  const v = got[latestKey(tabId)];
  return typeof v === 'string' ? v : null;
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Calls `cb` whenever the tab's stored verdict changes (the popup follows an analysis still running). */
export function onVerdictChanged(tabId: number, cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && verdictKey(tabId) in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
