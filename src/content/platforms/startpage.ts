// Startpage: startpage.com/sp/search and the older /do/search, /do/dsearch (www., eu., us. …).
// Structure as Startpage renders it (2024–2026) and as uBlacklist's built-in SERPINFO (ublacklist/builtin,
// serpinfo/startpage.yml) and result readers read it: web results are .result blocks in .w-gl, the title
// a[data-testid="gl-title-link"] > h2 (Startpage's own test id); the earlier markup
// (test/corpus/own-es-startpage-search-rt-result) has .w-gl__result with a.w-gl__result-title > h2. Links are the
// sites' own (Startpage wraps none); each result also offers "Anonymous View" through startpage.com/av/proxy.
// Ads are .a-bg-result blocks (AdSense, TextAd) beside .w-gl, empty in the served page and filled in by script (as
// trimmed live captures in open-source search clients' tests show); one that also says .result is still an ad.
//
// | in the page                                                 | spot                                       |
// |-------------------------------------------------------------|--------------------------------------------|
// | .w-gl .result a[data-testid="gl-title-link"] > h2 to www.rt.com | link ending the h2                    |
// | .w-gl .w-gl__result a.w-gl__result-title > h2 (older)       | link ending the h2                         |
// | a result to x.com/RT_com                                    | link (the account x:@rt_com)               |
// | the result's URL line and its Anonymous View link           | none (not the title)                       |
// | an ad block (.a-bg-result, .AdSense), even one inside .w-gl | none (results.ts: why ads get none)        |
import { titleSpot, underDomain } from './results';
import type { Adapter } from './types';

const HOST = /^(?:(?:www|[a-z]{2})\.)?startpage\.com$/;
const PATHS = new Set(['/sp/search', '/do/search', '/do/dsearch']);
const own = underDomain('startpage.com');

export const STARTPAGE_ADAPTER: Adapter = {
  platform: 'search',
  name: 'startpage',
  matches: (host, path) => HOST.test(host) && PATHS.has(path),
  items: '.w-gl .result, .w-gl .w-gl__result',
  read(item) {
    if (item.closest('.a-bg-result, .AdSense')) return [];
    const s = titleSpot(item.querySelector('h2'), own);
    return s ? [s] : [];
  },
};
