// TikTok: www.tiktok.com. Structure as TikTok's web app renders it (2023–2026), and as open-source TikTok
// userscripts, scrapers and extensions read it: TikTok marks its elements with data-e2e attributes (its own test
// hooks, the stable ones; class names are generated, css-…-DivXxx). A For You video is
// [data-e2e="recommend-list-item-container"]; its author's unique id is [data-e2e="video-author-uniqueid"] (text
// without "@", inside or beside the author link a[href="/@NAME"], with the avatar link
// a[data-e2e="video-author-avatar"]); the caption [data-e2e="video-desc"] links hashtags and mentions (/@someone).
// A video page (/@NAME/video/ID) shows its author as [data-e2e="browse-username"]; a profile (/@NAME) as
// [data-e2e="user-title"], with its bio link a[data-e2e="user-link"] through tiktok.com/link/v2?target=.
// A sponsored video's button links out; its markup is not in the sources read, so any link in a video that leaves
// TikTok counts. TikTok shows no numeric id of an account in the page: handles only.
//
// | in the page                                         | spot                                             |
// |-----------------------------------------------------|--------------------------------------------------|
// | For You video by @rt_com                            | account tiktok.com/@rt_com after the unique id   |
// | @rt_com mentioned in someone's caption              | none (the caption is the author's words)         |
// | video page /@rt_com/video/1                         | account …/@rt_com after browse-username          |
// | profile /@rt_com                                    | account …/@rt_com after user-title               |
// | bio link through tiktok.com/link/v2?target=rt.com   | link (unwrapped by the feed) after the bio link  |
// | a sponsored video's button to https://rt.com/        | link after the button                            |
// | /foryou, /explore, /tag/… (reserved)                | no account (core/registry/accounts/tiktok.ts)    |
import { parseAccountUrl } from '../../core/registry/accounts/parse';
import { linkSpots } from './links';
import { absoluteHref, type Adapter, type Spot } from './types';

const HOSTS = new Set(['tiktok.com', 'www.tiktok.com', 'm.tiktok.com']);
const ITEMS = '[data-e2e="recommend-list-item-container"]';
const UNIQUE_ID = /^@?([A-Za-z0-9_.]{2,24})$/;
const DESC = '[data-e2e="video-desc"], [data-e2e="browse-video-desc"]';

/** The author spot of a unique-id element: its link's address first, then the one its text names. */
function authorSpot(el: Element, link: Element | null, origin: string): Spot | null {
  const href = absoluteHref(link);
  const m = UNIQUE_ID.exec(el.textContent?.trim() ?? '');
  const hrefs = [...(href && parseAccountUrl(href) ? [href] : []), ...(m ? [`${origin}/@${m[1]!}`] : [])];
  return hrefs.length ? { kind: 'account', hrefs: [...new Set(hrefs)], at: el } : null;
}

export const TIKTOK_ADAPTER: Adapter = {
  platform: 'tiktok',
  name: 'tiktok',
  matches: (host) => HOSTS.has(host),
  items: ITEMS,
  read(item) {
    const el = Array.from(item.querySelectorAll('[data-e2e="video-author-uniqueid"]')).find((e) => !e.closest(DESC));
    const link = el && (el.closest('a[href]') ?? el.querySelector('a[href]') ?? item.querySelector('a[data-e2e="video-author-avatar"]'));
    const s = el && authorSpot(el, link ?? null, 'https://www.tiktok.com');
    // Links out of TikTok in a video: a sponsored video's button (captions link only TikTok's own tags and people).
    const out = Array.from(item.querySelectorAll('a[href]')).filter((a) => !HOSTS.has(new URL(absoluteHref(a) ?? 'https://www.tiktok.com/').hostname));
    return [...(s ? [s] : []), ...linkSpots(out)];
  },
  page(doc) {
    const origin = 'https://www.tiktok.com';
    const spots: Spot[] = [];
    // A video page's author and a profile's own name; outside the For You items, which read() covers.
    for (const el of Array.from(doc.querySelectorAll('[data-e2e="browse-username"], [data-e2e="user-title"]'))) {
      if (el.closest(ITEMS) || el.closest(DESC)) continue;
      const s = authorSpot(el, el.closest('a[href]'), origin);
      if (s) spots.push(s);
    }
    return [...spots, ...linkSpots(Array.from(doc.querySelectorAll('a[data-e2e="user-link"]')))];
  },
};
