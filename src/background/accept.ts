// Which messages the background accepts: a 'page-facts' report from our own content script, in a tab's top frame,
// about that frame's own page, with facts that pass the schema. Anything else is ignored (null).
import { parseFacts } from '../core/facts-schema';
import type { PageFacts } from '../core/types';

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

export function acceptReport(message: unknown, sender: Sender, runtimeId: string): { tabId: number; facts: PageFacts } | null {
  if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== 'page-facts') return null;
  const tabId = sender.tab?.id;
  if (sender.id !== runtimeId || typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return null;
  const facts = parseFacts((message as { facts?: unknown }).facts);
  if (!facts) return null;
  // sender.url is the frame's address as the browser knows it (pushState included): the page cannot fake its origin.
  const from = originOf(sender.url ?? sender.tab?.url);
  if (from && from !== originOf(facts.url)) return null;
  return { tabId, facts };
}
