// Bluesky: bsky.app. Structure as Bluesky's own open-source web client renders it (bluesky-social/social-app,
// React Native for Web: testID becomes data-testid; read in src/view/com/posts/PostFeedItem.tsx, PostFeedReason.tsx,
// src/view/com/util/PostMeta.tsx, src/components/Post/Embed/), as Bluesky userscripts read it too: a feed post is
// div[role="link"][data-testid="feedItem-by-HANDLE"] (a thread's post postThreadItem-by-HANDLE; a notification
// feedItem-by-<who acted>); a repost's reason above it is a link to the reposter's /profile/… with a repost icon
// (svg); the avatar is a profile link around an img whose address on Bluesky's image CDN carries the account's
// permanent DID (…/plain/did:plc:…/…); the name and @handle are links to /profile/HANDLE (/profile/did:plc:… when the
// handle is invalid); the text is [data-testid="postText"] (mentions link /profile/… there); a quoted post is a
// nested div[role="link"] whose own author is text ("@handle", its links disabled) beside its avatar; a link card is
// an <a> to the outside address. A profile shows [data-testid="profileHeaderDisplayName"].
//
// | in the page                                         | spot                                             |
// |-----------------------------------------------------|--------------------------------------------------|
// | post by rt.bsky.social, avatar did:plc:X            | account bsky.app/profile/did:plc:X, then …/rt.bsky.social, after the name link |
// | "Reposted by someone" above an RT post              | account of RT only (the reposter's link is the reason) |
// | someone quotes RT                                   | account of someone; account of RT after the quote's "@handle" |
// | card or text link to https://rt.com/…               | link https://rt.com/… after the link             |
// | @rt.bsky.social mentioned in the text               | none (the text is the author's words)            |
// | a renamed handle, same DID                          | the DID answers first (ids before handles)       |
// | bsky.app/search, /hashtag/…, /feeds (reserved)      | no account (core/registry/accounts/bluesky.ts)   |
import { parseAccountUrl } from '../../core/registry/accounts/parse';
import { linkSpots, showsText } from './links';
import { absoluteHref, type Adapter, type Spot } from './types';

const HOSTS = new Set(['bsky.app', 'www.bsky.app']);
const ITEMS = '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]';
const TEXT = '[data-testid="postText"]';
const QUOTE = 'div[role="link"]';
const DID_IN_SRC = /\/(did:plc:[a-z2-7]{24})\//;
const HANDLE_TEXT = /^@([A-Za-z0-9.-]{3,253})$/;
const ORIGIN = 'https://bsky.app';

/** The profile an address names on Bluesky ("rt.bsky.social", "did:plc:…"), lower case; null for anything else. */
function profileOf(href: string | null): string | null {
  const ref = href ? parseAccountUrl(href) : null;
  return ref?.platform === 'bluesky' ? (ref.id ?? ref.handle!).toLowerCase() : null;
}

/** The DID in the first avatar image inside `root`. */
function didIn(root: Element): string | null {
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    const m = DID_IN_SRC.exec(img.getAttribute('src') ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/** The quote's author: written as text ("@handle", the first one: its meta line comes before its text). */
function quoteSpot(quote: Element): Spot | null {
  const handleOf = (e: Element | null) => (e && !e.firstElementChild ? HANDLE_TEXT.exec(e.textContent?.trim() ?? '') : null);
  for (const first of Array.from(quote.querySelectorAll('*'))) {
    let el: Element = first;
    let m = handleOf(el);
    if (!m) continue;
    // The meta line is the display name, then the handle: a display name written like a handle ("@rt.bsky.social")
    // is followed by the real one, which wins.
    const next = handleOf(el.nextElementSibling);
    if (next) {
      el = el.nextElementSibling!;
      m = next;
    }
    const did = didIn(quote);
    return { kind: 'account', hrefs: [...(did ? [`${ORIGIN}/profile/${did}`] : []), `${ORIGIN}/profile/${m[1]!}`], at: el };
  }
  return null;
}

export const BLUESKY_ADAPTER: Adapter = {
  platform: 'bluesky',
  name: 'bluesky',
  matches: (host) => HOSTS.has(host),
  items: ITEMS,
  read(item) {
    if (item.parentElement?.closest(TEXT)) return [];
    const who = (item.getAttribute('data-testid') ?? '').replace(/^(?:feedItem|postThreadItem)-by-/, '').toLowerCase();
    const mine = (e: Element) => e.closest(ITEMS) === item && !e.closest(TEXT);
    // A feed item is itself a div[role="link"]: a quote is one inside it.
    const inQuote = (e: Element) => {
      const q = e.parentElement?.closest(QUOTE);
      return !!q && q !== item && item.contains(q);
    };
    const outer = Array.from(item.querySelectorAll('a[href]')).filter((a) => mine(a) && !inQuote(a));
    const spots: Spot[] = [];
    // The author's name link: a profile link naming the item's own account that holds no image (the avatar) and no
    // icon (a self-repost's reason link has the repost icon); the avatar beside it gives the DID.
    const author = outer.find((a) => profileOf(absoluteHref(a)) === who && !a.querySelector('img, svg') && showsText(a))
      ?? outer.find((a) => profileOf(absoluteHref(a))?.startsWith('did:') && !a.querySelector('img, svg') && showsText(a));
    if (author) {
      const avatar = outer.find((a) => a.querySelector('img') && profileOf(absoluteHref(a)) === profileOf(absoluteHref(author)));
      const did = avatar && didIn(avatar);
      spots.push({ kind: 'account', hrefs: [...(did ? [`${ORIGIN}/profile/${did}`] : []), absoluteHref(author)!], at: author });
    }
    for (const quote of Array.from(item.querySelectorAll(QUOTE)).filter(mine)) {
      const s = quoteSpot(quote);
      if (s) spots.push(s);
    }
    // Links to the outside: cards (in the post or in its quote) and links in the text.
    const out = Array.from(item.querySelectorAll('a[href]')).filter((a) => a.closest(ITEMS) === item && !HOSTS.has(new URL(absoluteHref(a) ?? ORIGIN).hostname));
    return [...spots, ...linkSpots(out)];
  },
  page(doc) {
    const name = doc.querySelector('[data-testid="profileHeaderDisplayName"]');
    const url = doc.baseURI;
    if (!name || !profileOf(url)) return [];
    const did = didIn(doc.querySelector('[data-testid="profileHeaderAviButton"]') ?? name.parentElement ?? name);
    return [{ kind: 'account', hrefs: [...(did ? [`${ORIGIN}/profile/${did}`] : []), url], at: name, place: 'append' }];
  },
};
