// The background's browser events: messages from content scripts, tab loads and closes, the toolbar badge.
// background/index.ts wires them to the pipeline; nothing outside src/platform touches the extension APIs.
import { browser, type Runtime } from './browser';

export type Sender = Runtime.MessageSender;

/**
 * Answers runtime messages with `handle`'s promise. Chrome (before 146) ignores a promise returned by an onMessage
 * listener, so the answer goes through sendResponse with `return true`, which both browsers honour. `handle`
 * returning undefined means: no answer (the channel closes at once).
 */
export function onRuntimeMessage(handle: (message: unknown, sender: Sender, ownId: string) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener(((message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    const reply = handle(message, sender, browser.runtime.id);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(null));
    return true;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

/** Calls `cb` when a tab starts loading a page (also same-page navigations that report 'loading'). */
export function onTabLoading(cb: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') cb(tabId);
  });
}

export function onTabRemoved(cb: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => cb(tabId));
}

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

export async function setBadge(tabId: number, badge: BadgeLook): Promise<void> {
  const action = browser.action as typeof browser.action & { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}
