// Bing web search: bing.com/search (www., cn., www2., www4.).
// Structure as Bing renders it and as uBlacklist's built-in SERPINFO (ublacklist/builtin, serpinfo/bing.yml) and
// other result readers read it (test/corpus/own-en-bing-search-sputnik-result is reduced from the same shape): the
// results are ol#b_results, each organic one an li.b_algo, its title h2 > a (on narrow screens
// .b_algoheader > a around the h2). li.b_algo is not a generated name: Bing has marked organic results with it for
// some fifteen years, and every result reader keys on it. The title link is often Bing's click counter
// (/ck/a?…&u=a1<base64url>), which feed.ts decodes. Ads are li.b_ad (b_adTop, b_adBottom) in the same list, their
// links Bing's /aclk; answers, related searches and the sidebar (#b_context) are no li.b_algo.
//
// | in the page                                          | spot                                              |
// |------------------------------------------------------|---------------------------------------------------|
// | li.b_algo > h2 > a to sputnikglobe.com               | link, after the a inside the h2                   |
// | li.b_algo > h2 > a to bing.com/ck/a?…u=a1…(rt.com)   | link (feed unwraps it to www.rt.com)              |
// | li.b_algo > .b_algoheader > a > h2 (narrow layout)   | link ending the h2                                |
// | li.b_algo to x.com/RT_com                            | link (the account x:@rt_com)                      |
// | li.b_ad … to rt.com                                  | none (results.ts: why ads get none)               |
// | an answer in li.b_algo whose h2 links /search?q=…    | none (the engine's own link)                      |
import { titleSpot, underDomain } from './results';
import type { Adapter } from './types';

const HOSTS = new Set(['www.bing.com', 'bing.com', 'cn.bing.com', 'www2.bing.com', 'www4.bing.com']);
const own = underDomain('bing.com');

export const BING_ADAPTER: Adapter = {
  platform: 'search',
  name: 'bing',
  matches: (host, path) => HOSTS.has(host) && path === '/search',
  items: '#b_results > li.b_algo',
  read(item) {
    if (item.closest('.b_ad')) return [];
    const s = titleSpot(item.querySelector('h2'), own);
    return s ? [s] : [];
  },
};
