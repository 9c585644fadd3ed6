// Background: turns a tab's page facts into a verdict, keeps it per tab in storage.session and shows it on the badge.
// Nothing lives only in this worker's memory: MV3 stops it at any time.
import { analyze } from '../core/analyze';
import type { PageFacts, Verdict } from '../core/types';
import { sanitizeVerdict } from '../core/verdict-schema';
import { acceptReport } from './accept';
import { browser, type Runtime } from '../platform/browser';
import { t } from '../platform/i18n';
import { forgetVerdict, saveVerdict } from '../platform/verdict-store';
import { badgeFor } from './badge';

async function showBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  const badge = badgeFor(verdict, t);
  const action = browser.action as typeof browser.action & { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}

async function onFacts(tabId: number, facts: PageFacts): Promise<Verdict | null> {
  // The engine only produces http(s) addresses; sanitizing again is defence in depth before anything is displayed.
  const verdict = sanitizeVerdict(analyze(facts));
  await saveVerdict(tabId, verdict);
  await showBadge(tabId, verdict);
  return verdict;
}

/** A tab that closed or navigated away while we were busy has nothing to badge: not an error worth a log line. */
const tabGone = (e: unknown) => /no tab with id|invalid tab id/i.test(String((e as Error)?.message ?? e));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const report = acceptReport(message, sender, browser.runtime.id);
  if (!report) return undefined;
  return onFacts(report.tabId, report.facts).catch((e: unknown) => {
    if (!tabGone(e)) console.error('Provenance Lens: analysis failed', e);
    return null;
  });
});

// Without the tabs permission onUpdated carries no url, so every load clears the tab (also same-page navigations
// that report 'loading'); the page's content script then reports again and the badge comes back.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  void Promise.all([forgetVerdict(tabId), showBadge(tabId, null)]).catch(() => {});
});
browser.tabs.onRemoved.addListener((tabId) => void forgetVerdict(tabId).catch(() => {}));
