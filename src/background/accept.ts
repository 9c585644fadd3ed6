// Which messages the background accepts: from our own content script, in a tab's top frame, about that frame's
// own page (its origin as the browser knows it: the page cannot fake it), with a payload that passes its schema.
// Anything else is ignored (null).
import { MARKUP_CAPS } from '../core/fact-limits';
import { DIGEST_LIMITS, parseDigest, parseHosts } from '../core/gate/digest';
import { EMBED_HOSTS, isFeedPlatform } from '../core/feed-platforms';
import type { ServedPage } from '../core/types';
import type { Message } from '../protocol/messages';

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

function tokenOf(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : null;
}

function urlOf(v: unknown): string | null {
  return typeof v === 'string' && v.length <= DIGEST_LIMITS.urlChars ? v : null;
}

/**
 * The page as served ({ lang: string of at most 64 characters or null, residue: boolean }): undefined when absent,
 * null when malformed (the message is then refused, as any other bad payload).
 */
function servedOf(v: unknown): ServedPage | null | undefined {
  if (v === undefined) return undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const r = v as Record<string, unknown>;
  const lang = r.lang === null ? null : typeof r.lang === 'string' && r.lang.length <= 64 ? r.lang : undefined;
  if (lang === undefined || typeof r.residue !== 'boolean') return null;
  return { lang, residue: r.residue };
}

function embedFrame(url: string | undefined): boolean {
  try {
    return !!url && EMBED_HOSTS.includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The message with its payload validated (and bounded), or null. */
function parse(raw: Record<string, unknown>): Message | null {
  switch (raw.type) {
    case 'digest': {
      const digest = parseDigest(raw.digest);
      const token = tokenOf(raw.token);
      return digest && token ? { type: 'digest', token, digest } : null;
    }
    case 'page': {
      const url = urlOf(raw.url);
      const token = tokenOf(raw.token);
      const markup = typeof raw.markup === 'string' && raw.markup.length <= MARKUP_CAPS.chars ? raw.markup : null;
      const served = servedOf(raw.served);
      if (!url || !token || markup === null || served === null) return null;
      return served ? { type: 'page', token, url, markup, served } : { type: 'page', token, url, markup };
    }
    case 'refresh':
    case 'markers': {
      const url = urlOf(raw.url);
      const hosts = parseHosts(raw.hosts);
      return url && hosts ? { type: raw.type, url, hosts } : null;
    }
    case 'chips': {
      const url = urlOf(raw.url);
      const accounts = parseHosts(raw.accounts);
      const hosts = parseHosts(raw.hosts);
      if (!url || !accounts || !hosts || !isFeedPlatform(raw.platform)) return null;
      return { type: 'chips', url, platform: raw.platform, accounts, hosts };
    }
    case 'chip-filter': {
      const url = urlOf(raw.url);
      if (!url || !isFeedPlatform(raw.platform)) return null;
      return { type: 'chip-filter', url, platform: raw.platform };
    }
    case 'dismiss':
    case 'never-on-site': {
      const url = urlOf(raw.url);
      return url ? { type: raw.type, url } : null;
    }
    default:
      return null;
  }
}

export function acceptMessage(message: unknown, sender: Sender, runtimeId: string): { tabId: number; message: Message } | null {
  if (!message || typeof message !== 'object' || Array.isArray(message)) return null;
  const tabId = sender.tab?.id;
  if (sender.id !== runtimeId || typeof tabId !== 'number' || tabId < 0) return null;
  const m = parse(message as Record<string, unknown>);
  if (!m) return null;
  // Only the top frame speaks for the tab; an embedded post's frame may only ask about chips.
  if (sender.frameId !== 0 && !((m.type === 'chips' || m.type === 'chip-filter') && embedFrame(sender.url))) return null;
  const url = m.type === 'digest' ? m.digest.url : m.url;
  const own = originOf(url);
  if (!own || !/^https?:/.test(own)) return null;
  // sender.url is the frame's address as the browser knows it (pushState included); without it, no message.
  const from = originOf(sender.url ?? sender.tab?.url);
  if (!from || from !== own) return null;
  return { tabId, message: m };
}
