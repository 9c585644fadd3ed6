// The content script's way to the background, without the WebExtension polyfill: both browsers' MV3 APIs return
// promises (Firefox's `browser`, Chrome's `chrome`), and a content script runs on every page, so it carries no
// more code than it needs. Everything else in the extension goes through ./browser.
import type { Message, Reply, RequestType } from '../protocol/messages';

interface Api {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { onChanged: { addListener(cb: StorageListener): void; removeListener(cb: StorageListener): void } };
}
type StorageListener = (changes: Record<string, unknown>, area: string) => void;

const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome) as Api;

/**
 * The background's answer, or null. A channel closed before the answer came (the page went into the back/forward
 * cache, or the worker was stopped mid-answer) is no answer, not an error; a context that is gone (the extension
 * was updated or removed) still throws, so the content script can stop.
 */
export async function send<T extends RequestType>(message: Message<T>): Promise<Reply<T> | null> {
  try {
    // The transport's one assertion: the background answers each request type with its Protocol reply (pipeline.ts).
    return ((await api.runtime.sendMessage(message)) as Reply<T> | undefined) ?? null;
  } catch (e) {
    if (/message (port|channel) (is )?closed/i.test(String((e as Error)?.message ?? e))) return null;
    throw e;
  }
}

/** Calls `cb` when one of `keys` changes in storage.local (settings: banner, markers, language). Returns an unsubscribe. */
export function onLocalChange(keys: string[], cb: () => void): () => void {
  const listener: StorageListener = (changes, area) => {
    if (area === 'local' && keys.some((k) => Object.prototype.hasOwnProperty.call(changes, k))) cb();
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
