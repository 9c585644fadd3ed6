// Facebook: www., m., web. and touch.facebook.com. Structure as Facebook's web app ("Comet", 2023–2026) renders it,
// and as open-source Facebook extensions and userscripts read it (ad removers and feed readers that anchor on
// data-ad-rendering-role, posts as div[role="article"] / div[aria-posinset], authors as h2–h5 links): a post is
// div[aria-posinset] (feed) or div[role="article"] (a permalink, a group post, and each comment inside a post); its
// author's name link sits in [data-ad-rendering-role="profile_name"] or in the header's h2/h3/h4 (strong) link; a
// shared post shows the original author in its own heading (h4/h5) below the sharer's text; the text itself is
// [data-ad-rendering-role="story_message"] / [data-ad-comet-preview="message"] (mentions there are Facebook's own
// links); every outbound link, a link card included, goes through l.facebook.com/l.php?u=. Class names are
// generated (x1i10hfl …): nothing here reads them. A page's own profile (facebook.com/NAME) has its name in the
// main region's h1.
//
// | in the page                                         | spot                                             |
// |-----------------------------------------------------|--------------------------------------------------|
// | post by facebook.com/RTnews                         | account …/RTnews after the author's name link    |
// | someone shares an RTnews post                       | account …/someone, account …/RTnews (the original's heading) |
// | card through l.facebook.com/l.php?u=https://rt.com/ | link (unwrapped by the feed) after the card's link |
// | a mention of RTnews inside the post's text          | none (the text is the author's words)            |
// | a comment (div[role="article"] inside the post)     | its own item: its links; its author has no heading, so no spot |
// | group post: /groups/1/user/2, /watch, /profile.php?id=… | the spot, but no account (core/registry/accounts/facebook.ts) |
// | facebook.com/RTnews itself                          | account …/RTnews after the main region's h1      |
import { parseAccountUrl } from '../../core/registry/accounts/parse';
import { linkSpots, own } from './links';
import { absoluteHref, type Adapter, type Spot } from './types';

const HOSTS = new Set(['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com', 'touch.facebook.com', 'mbasic.facebook.com']);
const ITEMS = 'div[aria-posinset], div[role="article"]';
/** The post's text: mentions and headings typed there are the author's words, never an author block. */
const TEXT = '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]';
const HEADINGS = '[data-ad-rendering-role="profile_name"], h2, h3, h4, h5';
const SHIM = 'a[href^="https://l.facebook.com/l.php"], a[href^="https://lm.facebook.com/l.php"]';

export const FACEBOOK_ADAPTER: Adapter = {
  platform: 'facebook',
  name: 'facebook',
  matches: (host) => HOSTS.has(host),
  items: ITEMS,
  read(item) {
    const spots: Spot[] = [];
    const seen = new Set<Element>();
    // The author, and a shared post's original author: the first link of each heading (a heading inside
    // profile_name counts once), never one inside the text or inside a link card (its title is no author).
    for (const heading of own(item, HEADINGS, ITEMS)) {
      if (heading.closest(TEXT) || heading.closest(SHIM)) continue;
      const link = heading.querySelector('a[href]');
      const href = absoluteHref(link);
      if (!link || !href || seen.has(link) || href.includes('l.facebook.com/')) continue;
      seen.add(link);
      spots.push({ kind: 'account', hrefs: [href], at: link });
    }
    return [...spots, ...linkSpots(own(item, SHIM, ITEMS))];
  },
  page(doc) {
    // A page's or person's own profile: its name is the main region's first h1; the address says whose it is.
    const url = doc.baseURI;
    const h1 = doc.querySelector('[role="main"] h1');
    return h1 && parseAccountUrl(url) ? [{ kind: 'account', hrefs: [url], at: h1, place: 'append' }] : [];
  },
};
