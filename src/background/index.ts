// Background: turns a tab's page facts into a verdict, keeps it per tab in storage.session and shows it on the badge.
// Nothing lives only in this worker's memory: MV3 stops it at any time.
import { analyze } from '../core/analyze';
import type { PageFacts, Verdict } from '../core/types';
import { browser, type Runtime } from '../platform/browser';
import { t } from '../platform/i18n';
import { forgetVerdict, saveVerdict } from '../platform/verdict-store';
import { badgeFor } from './badge';

function isFacts(x: unknown): x is PageFacts {
  const f = x as PageFacts;
  return !!f && typeof f === 'object' && typeof f.url === 'string' && typeof f.text === 'string' && Array.isArray(f.links) && Array.isArray(f.paragraphs);
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Only our own content script in a tab's top frame reports, only for its own tab and its own page's origin. */
function reportingTab(facts: PageFacts, sender: Runtime.MessageSender): number | null {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || tabId < 0 || sender.frameId !== 0) return null;
  // sender.url is the frame's address as the browser knows it (pushState included); the origin cannot be faked by the page.
  const from = originOf(sender.url ?? sender.tab?.url);
  if (from && from !== originOf(facts.url)) return null;
  return tabId;
}

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

async function onFacts(facts: PageFacts, sender: Runtime.MessageSender): Promise<Verdict | null> {
  const tabId = reportingTab(facts, sender);
  if (tabId === null) return null;
  const verdict = analyze(facts);
  await saveVerdict(tabId, verdict);
  await showBadge(tabId, verdict);
  return verdict;
}

/** A tab that closed or navigated away while we were busy has nothing to badge: not an error worth a log line. */
const tabGone = (e: unknown) => /no tab with id|invalid tab id/i.test(String((e as Error)?.message ?? e));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const m = message as { type?: unknown; facts?: unknown };
  if (!m || m.type !== 'page-facts' || !isFacts(m.facts)) return undefined;
  return onFacts(m.facts, sender).catch((e: unknown) => {
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
