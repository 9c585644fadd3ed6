// Google web search: google.<tld>/search on every country domain (google.de, google.co.uk, google.com.br …).
// Structure as Google renders it (2023–2026) and as uBlacklist's built-in SERPINFO (ublacklist/builtin,
// serpinfo/google.yml) and result-reading scripts read it: results sit in #search (its #rso list) and, once
// continuous scroll has loaded more, in #botstuff; an organic result's title is an h3 inside its link, and the same
// link holds the breadcrumb (<cite>); the basic-HTML layout (no script, gbv=1: test/corpus/own-de-google-search-rt-de-result)
// has h3 > a through /url?q=. Top-stories cards carry data-news-cluster-id and a [role="heading"] title. Ads sit in
// #tads, #tadsb and #bottomads, each [data-text-ad] (also inline among the results); "People also ask" is
// .related-question-pair[data-q] in [data-initq], whose answers hold their source's link and h3. The classes around
// a result (MjjYud, yuRUbf, LC20lb …) are generated and change every few months: nothing here reads them.
//
// | in the page                                              | spot                                         |
// |----------------------------------------------------------|----------------------------------------------|
// | a > h3 to www.rt.com                                     | link https://www.rt.com/… ending the h3      |
// | h3 > a href="/url?q=https://sputnikglobe.com/…"          | link after the a, inside the h3 (feed unwraps) |
// | a > h3 to x.com/RT_com                                   | link (feed asks for the account x:@rt_com)   |
// | top-stories card [data-news-cluster-id] to de.rt.com     | link ending its [role="heading"]             |
// | ad ([data-text-ad], #tads …) to rt.com                   | none (results.ts: why ads get none)          |
// | People also ask: a source's a > h3 in .related-question-pair | none                                     |
// | related searches, /search?q=…, other google.<tld> pages  | none (the engine's own links)                |
import { GOOGLE_HOST } from '../../core/registry/redirects';
import { titleSpot } from './results';
import type { Adapter } from './types';

const NOT_RESULTS = '#tads, #tadsb, #bottomads, [data-text-ad], [data-initq], .related-question-pair, [data-q]';
const NEWS_CARD = '[data-news-cluster-id]';
const OWN = /(?:^|\.)google\.(?:[a-z]{2,3}|com?\.[a-z]{2})$|(?:^|\.)googleadservices\.com$/;
const own = (host: string) => OWN.test(host);

export const GOOGLE_ADAPTER: Adapter = {
  platform: 'search',
  name: 'google',
  matches: (host, path) => GOOGLE_HOST.test(host) && path === '/search',
  // The heading stands for its result: the result's own wrappers have no stable hook, its h3 does.
  items: `#search h3, #botstuff h3, #search ${NEWS_CARD}, #botstuff ${NEWS_CARD}`,
  read(item) {
    if (item.closest(NOT_RESULTS)) return [];
    if (item.matches(NEWS_CARD)) {
      const s = titleSpot(item.querySelector('[role="heading"]') ?? item.querySelector('h3'), own);
      return s ? [s] : [];
    }
    // An h3 in a top-stories card is read with its card.
    if (item.closest(NEWS_CARD)) return [];
    const s = titleSpot(item, own);
    return s ? [s] : [];
  },
};
