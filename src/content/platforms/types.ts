// The shape every platform adapter has (one file per platform, listed in index.ts): which hosts it runs on, what
// one post (video, message, result) is, and where in a post the accounts and links are. Adapters only read the
// DOM, through hooks that platforms keep stable (the author link's href, data-testid / data-e2e attributes, the
// post's own permalink), never positional or generated class names; feed.ts does the rest (batching, keys,
// asking the background, chips).
import type { FeedPlatform } from '../../core/feed-platforms';

/** A place for one chip and what it names. */
export interface Spot {
  /**
   * `account`: the addresses name an account (its profile, channel, or one of its posts), the chip says whose it is.
   * `link`: the addresses are where a card, a result or a link in a post leads; the chip says whose site it is.
   */
  kind: 'account' | 'link';
  /** Absolute addresses naming the same account or destination, best first (a numeric id before a handle). */
  hrefs: string[];
  /** The element the chip follows (`after`, the default) or ends (`append`: inside a heading, after its text). */
  at: Element;
  place?: 'after' | 'append';
}

export interface Adapter {
  /** The options switch it follows. */
  platform: FeedPlatform;
  /** A name for tests and the benchmark ("x", "google"). */
  name: string;
  /** Whether the adapter runs on this page (lower-case host, path). */
  matches(host: string, path: string): boolean;
  /** One post, video, message or result: each is read once, again only when its links change. */
  items: string;
  read(item: Element): Spot[];
  /** The page's own spots outside any item (a profile's header, a video's owner); read again after navigation. */
  page?(doc: Document): Spot[];
  /**
   * Where the page's own spots are (a selector): an addition outside every item that holds or sits in one has the
   * page read again. Without it, any addition outside the items does (at most once an idle pass).
   */
  pageHooks?: string;
  /** Events on window after which the page's own spots are read again (YouTube: yt-navigate-finish). */
  navigation?: readonly string[];
}

/** An href attribute as an absolute http(s) address against the document's base; null for anything else. */
export function absoluteHref(el: Element | null | undefined): string | null {
  const raw = el?.getAttribute('href');
  if (!raw || raw.length > 4_096) return null;
  try {
    const u = new URL(raw, el!.ownerDocument?.baseURI);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The address a link's visible text shows ("rt.com/news/123…", "https://rt.com/"), for shorteners whose href says
 * nothing (t.co): the ellipsis and spaces dropped, "https://" added; null when the text is not an address.
 */
export function addressInText(text: string | null | undefined): string | null {
  const s = (text ?? '').replace(/[\s\u00a0\u200b]+/g, '').replace(/…$|\.{3}$/, '');
  if (!s || s.length > 2_048 || !/^(?:https?:\/\/)?[a-z0-9\u00a1-\uffff-]+(?:\.[a-z0-9\u00a1-\uffff-]+)+(?:[/?#]|$)/i.test(s)) return null;
  try {
    const u = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
    return u.href;
  } catch {
    return null;
  }
}
