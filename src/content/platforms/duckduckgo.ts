// DuckDuckGo: the results page (duckduckgo.com/?q=…, and its safe., start. and noai. hosts) and the script-free
// one (html.duckduckgo.com/html/). Structure as DuckDuckGo renders it (2023–2026) and as uBlacklist's built-in
// SERPINFO (ublacklist/builtin, serpinfo/duckduckgo.yml) and result readers read it: the results page lists
// li[data-layout="organic"] > article[data-testid="result"], its title h2 > a[data-testid="result-title-a"], a
// direct link; "More results" appends further li to the same list; ads are li[data-layout="ad"], their links
// DuckDuckGo's /y.js. The HTML page (test/corpus/own-en-ddg-search-rt-result) has div.result.web-result with
// h2.result__title > a.result__a through //duckduckgo.com/l/?uddg=, ads div.result--ad.
//
// | in the page                                                   | spot                                     |
// |---------------------------------------------------------------|------------------------------------------|
// | article[data-testid="result"] > h2 > a to www.rt.com          | link, after the a inside the h2          |
// | div.web-result > h2 > a.result__a to /l/?uddg=…de.rt.com…     | link (feed unwraps it to de.rt.com)      |
// | a result to x.com/RT_com                                      | link (the account x:@rt_com)             |
// | li[data-layout="ad"], div.result--ad, a /y.js link            | none (results.ts: why ads get none)      |
// | related searches, DuckDuckGo's own pages                      | none                                     |
import { titleSpot, underDomain } from './results';
import type { Adapter } from './types';

const HOSTS = new Set(['duckduckgo.com', 'safe.duckduckgo.com', 'start.duckduckgo.com', 'noai.duckduckgo.com']);
const ADS = 'li[data-layout="ad"], [data-testid="ad"], .result--ad';
const own = underDomain('duckduckgo.com');

export const DUCKDUCKGO_ADAPTER: Adapter = {
  platform: 'search',
  name: 'duckduckgo',
  matches: (host, path) => (HOSTS.has(host) && path === '/') || (host === 'html.duckduckgo.com' && (path === '/html' || path === '/html/')),
  items: 'article[data-testid="result"], div.web-result',
  read(item) {
    if (item.closest(ADS)) return [];
    const s = titleSpot(item.querySelector('h2'), own);
    return s ? [s] : [];
  },
};
