// Background: answers the content script (pipeline.ts: gate, analysis, banner wording, markers), keeps each tab's
// verdict in storage.session and shows it on the badge. Nothing lives only in this worker's memory: MV3 stops it
// at any time.
import type { Verdict } from '../core/types';
import { onRuntimeMessage, onTabLoading, onTabRemoved, setBadge } from '../platform/background-host';
import { initI18n, t, translator } from '../platform/i18n';
import { detectLanguage } from '../platform/language';
import { dismissPage, loadSettings, neverShowOn } from '../platform/settings';
import { forgetVerdict, loadLatest, loadVerdict, saveLatest, saveVerdict } from '../platform/verdict-store';
import { badgeFor } from '../wording/badge';
import { acceptMessage } from './accept';
import { handle, type Env } from './pipeline';

const showBadge = (tabId: number, verdict: Verdict | null) => setBadge(tabId, badgeFor(verdict, t));

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

onRuntimeMessage((message, sender, ownId) => {
  const accepted = acceptMessage(message, sender, ownId);
  // Our own content script always gets an answer (null: refused), so its promise never fails for want of one;
  // anybody else gets none.
  if (!accepted) return sender.id === ownId ? Promise.resolve(null) : undefined;
  return handle(env, accepted.tabId, accepted.message).catch((e: unknown) => {
    if (!tabGone(e)) console.error('Provenance Lens: background failed', e);
    return null;
  });
});

// Without the tabs permission onUpdated carries no url, so every load clears the tab (also same-page navigations
// that report 'loading'); the page's content script then reports again and the badge comes back.
onTabLoading((tabId) => void Promise.all([forgetVerdict(tabId), showBadge(tabId, null)]).catch(() => {}));
onTabRemoved((tabId) => void forgetVerdict(tabId).catch(() => {}));
