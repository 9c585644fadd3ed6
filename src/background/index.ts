// Background: answers the content script (pipeline.ts: gate, analysis, banner wording, markers), keeps each tab's
// verdict in storage.session and shows it on the badge. Nothing lives only in this worker's memory: MV3 stops it
// at any time.
import type { Verdict } from '../core/types';
import { browser, type Runtime } from '../platform/browser';
import { initI18n, t, translator } from '../platform/i18n';
import { detectLanguage } from '../platform/language';
import { dismissPage, loadSettings, neverShowOn } from '../platform/settings';
import { forgetVerdict, loadLatest, loadVerdict, saveLatest, saveVerdict } from '../platform/verdict-store';
import { acceptMessage } from './accept';
import { badgeFor } from '../wording/badge';
import { handle, type Env } from './pipeline';

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

const env: Env = {
  settings: loadSettings,
  // The translator in use now (initI18n reads the language setting once, then follows its changes).
  translator: () => initI18n().then(() => translator()),
  detectLanguage,
  saveVerdict,
  loadVerdict,
  saveLatest,
  loadLatest,
  showBadge,
  dismissPage,
  neverShowOn,
};

/** A tab that closed or navigated away while we were busy has nothing to badge: not an error worth a log line. */
const tabGone = (e: unknown) => /no tab with id|invalid tab id/i.test(String((e as Error)?.message ?? e));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const accepted = acceptMessage(message, sender, browser.runtime.id);
  // Our own content script always gets an answer (null: refused), so its promise never fails for want of one;
  // anybody else gets none.
  if (!accepted) return sender.id === browser.runtime.id ? Promise.resolve(null) : undefined;
  return handle(env, accepted.tabId, accepted.message).catch((e: unknown) => {
    if (!tabGone(e)) console.error('Provenance Lens: background failed', e);
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
