// Link markers: a small flag after each link to a warned outlet, with the outlet and its category as tooltip and
// accessible name. One pass over document.links in slices, then a throttled MutationObserver for links the page
// adds later; bounded work per pass, and nothing left running after stop() (called on pagehide).
import { markerFor, markersAllowedOn, markerTitle, type Translate } from './link-markers-core';

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

/** Starts marking; returns stop(). Does nothing on a warned outlet's own site. */
export function startLinkMarkers(doc: Document, pageUrl: string, t: Translate): () => void {
  const win = doc.defaultView;
  if (!win || !doc.body || !markersAllowedOn(pageUrl)) return () => {};
  const seen = new WeakSet<Element>();
  let pending: Element[] = [];
  let overflow = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastPass = 0;
  /** The first walk over document.links goes slice by slice without waiting; only the page's additions are throttled. */
  let initial = true;

  const markOne = (el: Element) => {
    if (seen.has(el)) return;
    seen.add(el);
    const a = el as HTMLAnchorElement;
    if (a.protocol !== 'http:' && a.protocol !== 'https:') return;
    const info = markerFor(a.href, { host: a.hostname, path: a.pathname });
    if (!info) return;
    if (a.nextElementSibling?.matches(SELECTOR) || a.closest('[data-provenance-lens]')) return;
    if (!a.textContent?.trim() || a.querySelector(BLOCKY)) return;
    a.after(marker(doc, markerTitle(info, t)));
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

  pending = Array.from(doc.links);
  pass();
  observer.observe(doc.body, { childList: true, subtree: true });

  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    pending = [];
  };
}
