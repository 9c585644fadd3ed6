// Yandex web search: yandex.<tld>/search/ (ru, com, com.tr, kz, by …), ya.ru/search/, and the touch layout
// (/search/touch/). Structure as Yandex renders it (2022–2026) and as uBlacklist (ublacklist/builtin,
// serpinfo/yandex.yml; its earlier src/scripts/search-engines/yandex.ts) and result readers read it: the results
// are ul#search-result > li.serp-item (a BEM block name Yandex has kept for a decade, not a generated one), an
// organic one holding .Organic with its title a.OrganicTitle-Link > h2 (older: h2 > a.organic__url). Title links
// are direct; after a click Yandex may swap in /clck/jsredir, whose destination is sealed in data= unless it
// carries url= (core/registry/redirects.ts). Wizards and ads are serp-items marked data-fast-name (ads "direct",
// the AI answer "neuro…"/"alice-ai"); ads link through yabs.yandex.ru.
//
// | in the page                                                | spot                                         |
// |------------------------------------------------------------|----------------------------------------------|
// | li.serp-item a.OrganicTitle-Link > h2 to russian.rt.com    | link ending the h2                           |
// | a > h2 to /clck/jsredir?…url=https://de.rt.com/…           | link (feed unwraps it)                       |
// | a > h2 to /clck/jsredir?…data=… (sealed)                   | none (the engine's own link: nothing to read)|
// | a result to x.com/RT_com                                   | link (the account x:@rt_com)                 |
// | li.serp-item[data-fast-name="direct"], yabs.yandex.ru links | none (results.ts: why ads get none)         |
// | a wizard whose title links yandex.ru/images/… or /search/… | none (the engine's own link)                 |
import { YANDEX_HOST } from '../../core/registry/redirects';
import { titleSpot } from './results';
import type { Adapter } from './types';

const PATH = /^\/search(?:\/touch)?\/?$/;
const NOT_RESULTS = '[data-fast-name="direct"], [data-fast-name^="neuro"], [data-fast-name="alice-ai"]';
/** Every Yandex host: the search's country domains and their subdomains (yabs., an., images links), ya.ru. */
const OWN = /(?:^|\.)(?:yandex\.(?:[a-z]{2,3}|com?\.[a-z]{2})|ya\.ru)$/;
const own = (host: string) => OWN.test(host);

export const YANDEX_ADAPTER: Adapter = {
  platform: 'search',
  name: 'yandex',
  matches: (host, path) => YANDEX_HOST.test(host) && PATH.test(path),
  items: '#search-result > li.serp-item',
  read(item) {
    if (item.matches(NOT_RESULTS)) return [];
    const s = titleSpot(item.querySelector('h2'), own);
    return s ? [s] : [];
  },
};
