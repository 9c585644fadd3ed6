// Instagram: www.instagram.com. Structure as Instagram's web app renders it (2023–2026, and as open-source Instagram
// userscripts and exporters read it: posts as `article`, authors as header links to /NAME/, the time as time[datetime]):
// a feed post, and the post page's own, is an <article>; its header holds the author's avatar link and name link
// (both href="/NAME/", a co-authored post one name link per author) and then the post's time link
// (a[href="/p/ID/"] > time); the caption, tags and comments come after and link /NAME/ too (mentions, commenters);
// links in captions are not clickable. A profile (instagram.com/NAME/) has a <header> whose heading (h1 or h2) is the
// username, and a bio link through l.instagram.com/?u=. Class names are generated (x1lliihq …): nothing here reads them.
//
// | in the page                                         | spot                                             |
// |-----------------------------------------------------|--------------------------------------------------|
// | post by instagram.com/rt/                           | account …/rt/ after the name link               |
// | co-authored post (rt and someone)                   | one account spot per name link before the time   |
// | @rt mentioned in someone's caption, rt commenting   | none (after the time: text and comments)         |
// | /explore/, /reels/, /p/… links                      | the spot (if in the header), but no account      |
// | instagram.com/rt/ itself                            | account …/rt/ ending the header's heading "rt"   |
// | bio link l.instagram.com/?u=https://rt.com/         | link (unwrapped by the feed) after the bio link  |
import { parseAccountUrl } from '../../core/registry/accounts/parse';
import { linkSpots, own, showsText } from './links';
import { absoluteHref, type Adapter, type Spot } from './types';

const HOSTS = new Set(['instagram.com', 'www.instagram.com', 'm.instagram.com']);
const ITEMS = 'article';
const PROFILE_PATH = /^\/[A-Za-z0-9._]{1,30}\/$/;
const SHIM = 'a[href^="https://l.instagram.com/"]';

export const INSTAGRAM_ADAPTER: Adapter = {
  platform: 'instagram',
  name: 'instagram',
  matches: (host) => HOSTS.has(host),
  items: ITEMS,
  read(item) {
    const timed = item.querySelector('time') !== null;
    const spots: Spot[] = [];
    const seen = new Set<string>();
    for (const a of own(item, 'a[href], time', ITEMS)) {
      // The header ends at the post's time: what follows is the caption and the comments.
      if (a.localName === 'time') break;
      const href = absoluteHref(a);
      if (!href || !PROFILE_PATH.test(a.getAttribute('href') ?? '') || !showsText(a) || seen.has(href)) continue;
      seen.add(href);
      spots.push({ kind: 'account', hrefs: [href], at: a });
      if (!timed) break; // no time to bound the header: the first name link is the author
    }
    return [...spots, ...linkSpots(own(item, SHIM, ITEMS))];
  },
  page(doc) {
    // A profile: the header's heading is the username the address names (a heading saying anything else is not it).
    const url = doc.baseURI;
    const ref = parseAccountUrl(url);
    const header = doc.querySelector('main header');
    if (!ref?.handle || !header) return [];
    const heading = Array.from(header.querySelectorAll('h1, h2')).find((h) => h.textContent?.trim().toLowerCase() === ref.handle!.toLowerCase());
    const spots: Spot[] = heading ? [{ kind: 'account', hrefs: [url], at: heading, place: 'append' }] : [];
    return [...spots, ...linkSpots(Array.from(header.querySelectorAll(SHIM)))];
  },
};
