// Same-page navigations: sites that change the address with history.pushState/replaceState (or back/forward
// within the page) show a new article without a new document. A content script cannot see the page's own
// pushState calls (they run in the page's world), so it watches the address: the Navigation API's
// currententrychange where the browser has it (Chromium), popstate/hashchange, and else a cheap look at
// location.href once a second. Debounced: the callback runs once the address has been still for `debounceMs`;
// a #fragment-only change after `hashMs` (the background clears the badge on every 'loading', fragment jumps
// included, so the analysis that restores it should come soon; the content script analyses again, which on a page
// the gate shuts is one digest).

import { withoutHash } from '../core/address';

export interface UrlChange {
  url: string;
  /** Only the #fragment changed: the same article. */
  hashOnly: boolean;
}

export function watchUrl(win: Window, onChange: (change: UrlChange) => void, { debounceMs = 800, hashMs = 50, pollMs = 1_000 } = {}): () => void {
  let reported = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const settle = () => {
    timer = undefined;
    const url = win.location.href;
    if (url === reported) return;
    const hashOnly = withoutHash(url) === withoutHash(reported);
    reported = url;
    onChange({ url, hashOnly });
  };
  const check = () => {
    const url = win.location.href;
    if (url === reported && timer === undefined) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(settle, withoutHash(url) === withoutHash(reported) ? hashMs : debounceMs);
  };

  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', check);
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  const poll = nav ? undefined : setInterval(check, pollMs);

  return () => {
    nav?.removeEventListener('currententrychange', check);
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    if (poll !== undefined) clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
  };
}
