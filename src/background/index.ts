// Background: turns a tab's page facts into a verdict, keeps it per tab and shows it on the badge.
import { analyze } from '../core/analyze';
import type { PageFacts } from '../core/types';
import { browser, type Runtime } from '../platform/browser';
import { forgetVerdict, saveVerdict } from '../platform/verdict-store';
import { badgeFor } from './badge';

function isFacts(x: unknown): x is PageFacts {
  const f = x as PageFacts;
  return !!f && typeof f === 'object' && typeof f.url === 'string' && typeof f.text === 'string' && Array.isArray(f.links) && Array.isArray(f.paragraphs);
}

async function onFacts(facts: PageFacts, sender: Runtime.MessageSender) {
  const tabId = sender.tab?.id;
  // Only our own content script in a tab's top frame reports, and only for its own tab.
  if (sender.id !== browser.runtime.id || tabId === undefined || tabId < 0 || sender.frameId !== 0) return null;
  const verdict = analyze(facts);
  await saveVerdict(tabId, verdict);
  const badge = badgeFor(verdict);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
  return verdict;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const m = message as { type?: unknown; facts?: unknown };
  if (!m || m.type !== 'page-facts' || !isFacts(m.facts)) return undefined;
  return onFacts(m.facts, sender).catch((e: unknown) => {
    console.error('Provenance Lens: analysis failed', e);
    return null;
  });
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetVerdict(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetVerdict(tabId));
