// Link markers: a small flag after each link to a warned outlet, with the outlet and its category as tooltip and
// accessible name. Which hosts get one is the background's decision (background/markers.ts), from the hosts the
// digest read: on most pages none, and then the first pass reads nothing. Links the page adds later are looked at
// by a throttled MutationObserver; hosts not seen before are sent to the background in one batch per pass.
// Bounded work per pass, and nothing left running after stop() (called on pagehide).
import type { MarkerTitles } from '../protocol/messages';
import { DIGEST_LIMITS } from '../core/gate/digest';
import { hostKey } from './digest';

export const MARKER_LIMITS = { perPass: 1_000, throttleMs: 600, pending: 5_000 };

/** A flag, not a word: it fits in menus and headlines in any language; the words are in the tooltip. */
const MARKER_TEXT = '⚑';

/** Links around these are cards or images: a sibling after them could land in the page's grid, so they get none. */
const BLOCKY = 'img, picture, video, svg, canvas, figure, div, section, article, header, footer, h1, h2, h3, h4, h5, h6, p, ul, ol, li, table';

/** Inline and !important: small, on the baseline, readable on light and dark pages, never a layout box of its own. */
const MARKER_STYLE: Record<string, string> = {
  display: 'inline',
  position: 'static',
  float: 'none',
  margin: '0 0 0 0.25em',
  'margin-inline-start': '0.25em',
  padding: '0 0.3em',
  border: '0',
  'border-radius': '0.3em',
  background: '#b3261e',
  color: '#ffffff',
  font: 'normal 600 0.7em/1 system-ui, sans-serif',
  'vertical-align': 'baseline',
  'text-decoration': 'none',
  'white-space': 'nowrap',
  cursor: 'help',
  'user-select': 'none',
};

const SELECTOR = '[data-provenance-lens="marker"]';

function marker(doc: Document, title: string): HTMLSpanElement {
  const s = doc.createElement('span');
  s.setAttribute('data-provenance-lens', 'marker');
  s.setAttribute('role', 'img');
  s.setAttribute('aria-label', title);
  s.title = title;
  s.textContent = MARKER_TEXT;
  for (const [k, v] of Object.entries(MARKER_STYLE)) s.style.setProperty(k, v, 'important');
  return s;
}

export function removeMarkers(doc: Document): void {
  for (const m of Array.from(doc.querySelectorAll(SELECTOR))) m.remove();
}

/**
 * Starts marking links whose host (digest.ts hostKey) has a title in `titles`; `ask` gets hosts of later links not
 * seen before and answers with the titles of those to mark. Returns stop().
 */
export function startLinkMarkers(doc: Document, titles: MarkerTitles, seenHosts: readonly string[], ask: (hosts: string[]) => Promise<MarkerTitles | null>, digestLinks = DIGEST_LIMITS.links): () => void {
  const win = doc.defaultView;
  if (!win || !doc.body) return () => {};
  const known = new Map<string, string | null>(seenHosts.map((h) => [h, null]));
  for (const [h, title] of Object.entries(titles)) known.set(h, title);
  const seen = new WeakSet<Element>();
  let pending: Element[] = [];
  /** Links whose host the background has not answered for yet, by host. */
  const waiting = new Map<string, Element[]>();
  let asking = new Set<string>();
  /** Hosts sent to the background and not answered yet: their links wait too. */
  const inFlight = new Set<string>();
  let overflow = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastPass = 0;
  /** The first walk over document.links goes slice by slice without waiting; only the page's additions are throttled. */
  let initial = true;

  const place = (a: HTMLAnchorElement, title: string) => {
    if (a.nextElementSibling?.matches(SELECTOR) || a.closest('[data-provenance-lens]')) return;
    if (!a.textContent?.trim() || a.querySelector(BLOCKY)) return;
    a.after(marker(doc, title));
  };

  const markOne = (el: Element) => {
    if (seen.has(el)) return;
    const a = el as HTMLAnchorElement;
    if (a.protocol !== 'http:' && a.protocol !== 'https:') return void seen.add(el);
    const key = hostKey(a.hostname, () => a.pathname);
    const title = known.get(key);
    if (title === undefined || inFlight.has(key)) {
      // A host not seen before: ask the background once, look at the link again when it answers.
      if (!inFlight.has(key)) asking.add(key);
      const list = waiting.get(key);
      if (list) {
        if (list.length < MARKER_LIMITS.pending) list.push(el);
      } else waiting.set(key, [el]);
      return;
    }
    seen.add(el);
    if (title) place(a, title);
  };

  const askAbout = () => {
    if (!asking.size || stopped) return;
    const hosts = [...asking];
    asking = new Set();
    for (const h of hosts) inFlight.add(h);
    const settle = (got: MarkerTitles | null) => {
      for (const h of hosts) {
        inFlight.delete(h);
        known.set(h, got && Object.prototype.hasOwnProperty.call(got, h) ? got[h]! : null);
        // Every link that waited for this host, from whichever pass it came, is looked at again.
        const links = waiting.get(h);
        waiting.delete(h);
        if (links && !stopped) pending.push(...links);
      }
      if (!stopped && pending.length) schedule();
    };
    void ask(hosts).then(settle, () => settle(null));
  };

  /** One bounded pass over what the page added since the last one; the rest waits for the next pass. */
  const pass = () => {
    timer = undefined;
    if (stopped) return;
    lastPass = Date.now();
    let budget = MARKER_LIMITS.perPass;
    if (overflow) {
      // Too much at once to track node by node: walk document.links again (links already seen cost a WeakSet look-up).
      overflow = false;
      pending = Array.from(doc.links);
    }
    const next: Element[] = [];
    for (const root of pending) {
      if (budget <= 0) {
        next.push(root);
        continue;
      }
      if (root.localName === 'a') {
        budget--;
        markOne(root);
        continue;
      }
      const links = root.getElementsByTagName('a');
      for (let i = 0; i < links.length; i++) {
        if (budget-- > 0) markOne(links[i]!);
        else next.push(links[i]!);
      }
    }
    pending = next.slice(0, MARKER_LIMITS.pending);
    if (next.length > MARKER_LIMITS.pending) overflow = true;
    if (!pending.length) initial = false;
    askAbout();
    if (pending.length || overflow) schedule();
  };

  const schedule = () => {
    if (timer !== undefined || stopped) return;
    timer = setTimeout(pass, initial ? 0 : Math.max(MARKER_LIMITS.throttleMs - (Date.now() - lastPass), 0));
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== Node.ELEMENT_NODE || (n as Element).hasAttribute('data-provenance-lens')) continue;
        if (pending.length < MARKER_LIMITS.pending) pending.push(n as Element);
        else overflow = true;
      }
    }
    if (pending.length || overflow) schedule();
  });

  // The links the digest read need a walk only when one of their hosts gets a marker; links past the digest's
  // limit were never read, so they are walked (and their new hosts asked about) in any case.
  const links = doc.links;
  if (Object.values(titles).some(Boolean)) pending = Array.from(links);
  else for (let i = digestLinks; i < links.length; i++) pending.push(links[i]!);
  if (pending.length) pass();
  else initial = false;
  observer.observe(doc.body, { childList: true, subtree: true });

  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    pending = [];
    waiting.clear();
  };
}
