// Chips on feeds: one MutationObserver for the page, the page's additions batched into idle callbacks, each post
// read once by its platform's adapter (platforms/), again only when links inside it change (YouTube reuses its
// elements for other videos) or after an in-page navigation. Only account keys ("x:@rt_com") and link hosts
// ("rt.com") go to the background, each once per document; the background answers with the chips' words.
// Nothing is hidden, blurred or reordered; nothing runs in the page's own world; stop() leaves nothing running.
import { accountKey, parseAccountUrl } from '../core/registry/accounts/parse';
import { unwrapLink } from '../core/registry/redirects';
import type { ChipFilter, ChipModel, ChipsReply } from '../wording/chips';
import { CHIP_SELECTOR, makeChip, removeChips, type Chip } from './chip';
import { hostKey } from './digest';
import { measure } from './schedule';
import type { Adapter, Spot } from './platforms/index';

export const FEED_LIMITS = {
  /** Added nodes kept for the next pass; past it, the next pass reads every item of the page again. */
  pending: 5_000,
  /** Items read in one idle callback when the browser is never idle (the callback's timeout fired). */
  perBusyPass: 40,
  idleTimeoutMs: 500,
  /** Keys sent in one message. */
  perAsk: 500,
  /** Spots' cache keys remembered by their addresses (authors and links repeat down a feed); cleared past it. */
  keyMemo: 5_000,
};

/** What a spot names: an account key, or a link's host as the registry keys hosts; null for neither. */
export function keysOf(spot: Spot): { accounts: string[]; hosts: string[] } {
  const accounts: string[] = [];
  const hosts: string[] = [];
  for (const href of spot.hrefs) {
    const target = spot.kind === 'link' ? unwrapLink(href) : href;
    const ref = parseAccountUrl(target);
    if (ref) accounts.push(accountKey(ref));
    else if (spot.kind === 'link') {
      try {
        const u = new URL(target);
        hosts.push(hostKey(u.hostname, () => u.pathname));
      } catch {
        // not an address: nothing to ask about
      }
    }
  }
  return { accounts, hosts };
}

export type AskChips = (accounts: string[], hosts: string[]) => Promise<ChipsReply | null>;
export type AskFilter = () => Promise<ChipFilter | null>;

/** The filter as sets, and whether a cache key ("a <account key>" / "h <host key>") could get a chip at all. */
export function filterOf(f: ChipFilter): (cacheKey: string) => boolean {
  const accounts = new Set(f.accounts);
  const hosts = new Set(f.hosts);
  return (k) => {
    const name = k.slice(2);
    if (k.startsWith('a ')) return accounts.has(name);
    if (hosts.has(name)) return true; // a path-scoped entry as written ("odysee.com/@rtfrance:a")
    const slash = name.indexOf('/');
    let host = (slash < 0 ? name : name.slice(0, slash)).replace(/\.$/, '');
    // The host or any domain above it (de.rt.com under rt.com).
    for (;;) {
      if (hosts.has(host)) return true;
      const dot = host.indexOf('.');
      if (dot < 0) return false;
      host = host.slice(dot + 1);
    }
  };
}

export interface Feed {
  /** Reads every item and the page's own spots again (after an in-page navigation). */
  rescan(): void;
  /**
   * Asks about every key again and redraws only the chips whose words changed (after a settings change: language,
   * people, a platform switched off); the chips stay where they are meanwhile.
   */
  refresh(): void;
  stop(): void;
}

interface Idle {
  timeRemaining(): number;
  didTimeout: boolean;
}

function requestIdle(win: Window, cb: (d: Idle) => void, timeout: number): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(cb, { timeout });
    return () => win.cancelIdleCallback(id);
  }
  const id = win.setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: false }), 16);
  return () => win.clearTimeout(id);
}

/**
 * Starts chips for `adapter` on `doc`; `ask` answers for keys not seen before. `off` runs when the background
 * says chips are off on this platform: the feed has stopped and taken its chips away by then.
 */
export function startFeed(doc: Document, adapter: Adapter, ask: AskChips, off: () => void, askFilter?: AskFilter): Feed {
  const win = doc.defaultView!;
  /**
   * Which keys could get a chip (the background's filter): the others are answered "none" here, without a message.
   * undefined while it is on its way (passes wait for it), null without one (every key is asked about).
   */
  let could: ((cacheKey: string) => boolean) | null | undefined = askFilter ? undefined : null;
  /** Cached answers: "a <account key>" / "h <host>" → the chip's words, or null for none. */
  let known = new Map<string, ChipModel | null>();
  /** Spots waiting for an answer, by cache key. */
  const waiting = new Map<string, Spot[]>();
  let asking = { accounts: new Set<string>(), hosts: new Set<string>() };
  const inFlight = new Set<string>();
  /** The chip after each spot's element, with the key and words it shows. */
  const placed = new WeakMap<Element, Chip & { text: string; label: string }>();
  /** The latest spot read at each element: an answer for an older one (the element since reused) is not shown there. */
  const latest = new WeakMap<Element, Spot>();
  /** The elements each item (and the page: documentElement) had spots at, the last time it was read. */
  const owned = new WeakMap<Element, Set<Element>>();
  const read = new WeakSet<Element>();
  let pending: Element[] = [];
  let overflow = false;
  let stopped = false;
  let cancel: (() => void) | null = null;
  let rereadAll = false;

  /** A spot's addresses → its cache keys: keysOf parses each address two or three times, for the same answer. */
  const keyMemo = new Map<string, string[]>();
  const cacheKeys = (spot: Spot) => {
    const memo = `${spot.kind} ${spot.hrefs.join(' ')}`;
    let keys = keyMemo.get(memo);
    if (!keys) {
      const k = keysOf(spot);
      keys = [...k.accounts.map((a) => `a ${a}`), ...k.hosts.map((h) => `h ${h}`)];
      if (keyMemo.size >= FEED_LIMITS.keyMemo) keyMemo.clear();
      keyMemo.set(memo, keys);
    }
    return keys;
  };

  const unplace = (at: Element) => {
    const chip = placed.get(at);
    if (chip) {
      chip.host.remove();
      placed.delete(at);
    }
  };

  const place = (spot: Spot, key: string, model: ChipModel) => {
    const existing = placed.get(spot.at);
    if (existing?.key === key && existing.text === model.text && existing.label === model.label && existing.host.isConnected) return;
    if (existing) existing.host.remove();
    const chip = { ...makeChip(doc, model, key), text: model.text, label: model.label };
    if (spot.place === 'append') spot.at.append(chip.host);
    else spot.at.after(chip.host);
    placed.set(spot.at, chip);
  };

  /** Shows the spot's chip from its first key with an answer; asks about keys not known yet. */
  const settleSpot = (spot: Spot) => {
    if (latest.get(spot.at) !== spot) return;
    const keys = cacheKeys(spot);
    for (const k of keys) {
      let answer = known.get(k);
      if (answer === undefined && could && !could(k)) known.set(k, (answer = null));
      if (answer === undefined) {
        // Not known yet: wait for it (an earlier key may still answer; a later one must not win before it).
        const list = waiting.get(k);
        if (list) list.push(spot);
        else waiting.set(k, [spot]);
        if (!inFlight.has(k)) (k.startsWith('a ') ? asking.accounts : asking.hosts).add(k.slice(2));
        return;
      }
      if (answer) return place(spot, k, answer);
    }
    unplace(spot.at);
  };

  /**
   * The spots one item (or the page) has now: each is the latest at its element, and a chip at an element the item
   * no longer has a spot at (a byline rendered anew, a tile reused for a channel of another kind) goes.
   */
  const settleGroup = (owner: Element, spots: Spot[]) => {
    const now = new Set<Element>();
    for (const spot of spots) {
      now.add(spot.at);
      latest.set(spot.at, spot);
    }
    for (const at of owned.get(owner) ?? []) {
      if (!now.has(at)) {
        unplace(at);
        latest.delete(at);
      }
    }
    owned.set(owner, now);
    for (const spot of spots) settleSpot(spot);
  };

  const readItem = (item: Element) => {
    read.add(item);
    settleGroup(item, adapter.read(item));
  };

  const askNow = () => {
    const accounts = [...asking.accounts].slice(0, FEED_LIMITS.perAsk);
    const hosts = [...asking.hosts].slice(0, FEED_LIMITS.perAsk);
    if (!accounts.length && !hosts.length) return;
    for (const a of accounts) asking.accounts.delete(a);
    for (const h of hosts) asking.hosts.delete(h);
    const keys = [...accounts.map((a) => `a ${a}`), ...hosts.map((h) => `h ${h}`)];
    for (const k of keys) inFlight.add(k);
    const settle = (reply: ChipsReply | null) => {
      if (stopped) return;
      const start = performance.now();
      if (reply && !reply.on) {
        stop();
        off();
        return;
      }
      const again: Spot[] = [];
      for (const k of keys) {
        inFlight.delete(k);
        const spots = waiting.get(k);
        waiting.delete(k);
        // No answer (the extension reloading, a refused message): nothing is remembered; the key is asked about
        // again when its post is read again.
        if (!reply) continue;
        const table = k.startsWith('a ') ? reply.accounts : reply.hosts;
        const name = k.slice(2);
        known.set(k, Object.prototype.hasOwnProperty.call(table, name) ? table[name]! : null);
        if (spots) again.push(...spots);
      }
      for (const s of again) {
        if (s.at.isConnected) settleSpot(s);
        else if (latest.get(s.at) === s) unplace(s.at);
      }
      askNow();
      measure('feed-chips', start);
    };
    void ask(accounts, hosts).then(settle, () => settle(null));
    if (asking.accounts.size || asking.hosts.size) askNow();
  };

  /**
   * The items in or around an added node: new ones, and read ones whose links changed. True when the node is
   * outside every item and may hold the page's own spots (a profile's header the platform renders late).
   */
  const itemsOf = (root: Element, out: Set<Element>, again: boolean): boolean => {
    // Most additions to a feed bring whole posts: found below the node, without a look up the tree (each call into
    // the page costs the content script a few microseconds).
    const inside = root.querySelectorAll(adapter.items);
    for (let i = 0; i < inside.length; i++) if (again || !read.has(inside[i]!)) out.add(inside[i]!);
    // A node that brought posts is the feed, not the page's header.
    if (inside.length) return false;
    const around = root.closest(adapter.items);
    if (around) {
      // Something added inside a post (or a post itself): read again only when it brought links (a card, a lazy author block).
      if (again || !read.has(around) || root.localName === 'a' || root.getElementsByTagName('a').length) out.add(around);
      return false;
    }
    if (!adapter.page) return false;
    const hooks = adapter.pageHooks;
    return !hooks || root.matches(hooks) || !!root.querySelector(hooks) || !!root.closest(hooks);
  };

  const pass = (deadline: Idle) => {
    cancel = null;
    if (stopped) return;
    const start = performance.now();
    if (overflow) {
      overflow = false;
      pending = [doc.documentElement];
    }
    // After a navigation every item is read again; else only new ones and those whose links changed.
    const again = rereadAll;
    rereadAll = false;
    const items = new Set<Element>();
    let page = false;
    for (const root of pending) if (root.isConnected && itemsOf(root, items, again)) page = true;
    pending = [];
    // The page's own spots again, once a pass, when something arrived where they may be.
    if (page) readPage();
    let n = 0;
    const rest: Element[] = [];
    for (const item of items) {
      const busy = deadline.didTimeout ? n >= FEED_LIMITS.perBusyPass : deadline.timeRemaining() < 1 && n > 0;
      if (busy) rest.push(item);
      else {
        readItem(item);
        n++;
      }
    }
    askNow();
    if (rest.length) {
      pending = rest;
      schedule();
    }
    measure('feed', start);
  };

  const schedule = () => {
    if (cancel || stopped || could === undefined) return;
    cancel = requestIdle(win, pass, FEED_LIMITS.idleTimeoutMs);
  };

  const add = (n: Node) => {
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (el.hasAttribute('data-provenance-lens')) return;
    if (pending.length < FEED_LIMITS.pending) pending.push(el);
    else overflow = true;
  };

  // The content script's own constructor where there is one (the browser); the document's window's otherwise (tests).
  const Observer = typeof MutationObserver === 'function' ? MutationObserver : (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new Observer((records) => {
    const start = performance.now();
    for (const r of records) {
      if (r.type === 'attributes') add(r.target);
      else for (let i = 0; i < r.addedNodes.length; i++) add(r.addedNodes[i]!);
    }
    if (pending.length || overflow) schedule();
    measure('feed-observe', start);
  });

  const readPage = () => {
    if (!adapter.page) return;
    settleGroup(doc.documentElement, adapter.page(doc));
    askNow();
  };

  const rescan = () => {
    if (stopped) return;
    if (could !== undefined) readPage();
    pending = [doc.documentElement];
    rereadAll = true;
    schedule();
  };

  const events = adapter.navigation ?? [];

  function stop() {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    cancel?.();
    cancel = null;
    for (const e of events) win.removeEventListener(e, rescan);
    pending = [];
    waiting.clear();
    removeChips(doc);
  }

  const fetchFilter = () => {
    if (!askFilter) return;
    could = undefined;
    const got = (f: ChipFilter | null) => {
      if (stopped) return;
      if (f && !f.on) {
        stop();
        off();
        return;
      }
      could = f ? filterOf(f) : null;
      rescan();
    };
    void askFilter().then(got, () => got(null));
  };

  const refresh = () => {
    if (stopped) return;
    // Every key afresh; the chips already drawn stay until their new answer says otherwise (place() compares words).
    known = new Map();
    keyMemo.clear();
    if (askFilter) fetchFilter();
    else rescan();
  };

  for (const e of events) win.addEventListener(e, rescan);
  // An href that changes on an element already read (a reused video tile) is a new spot.
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  if (askFilter) fetchFilter();
  else rescan();

  return { rescan, refresh, stop };
}

export { CHIP_SELECTOR };
