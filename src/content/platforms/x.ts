// X (Twitter): x.com, twitter.com, mobile.twitter.com, and embedded posts (platform.twitter.com).
// Structure as X's web app renders it (2024–2026, and as open-source X extensions read it): a post is
// article[data-testid="tweet"]; its author block [data-testid="User-Name"] holds the name link and the @handle link
// (both href="/HANDLE"); a repost has [data-testid="socialContext"] above ("RT reposted", linking the person who
// reposted); a quoted post sits inside the article as a div[role="link"] with its own User-Name block and no links
// in it (the handle is text, "@RT_com"); a link card is [data-testid="card.wrapper"] around a t.co link whose
// aria-label or "From rt.com" line shows the destination; links in the text are t.co links showing the address.
// Account lists (who to follow, followers) are [data-testid="UserCell"] with a follow button
// [data-testid="<numeric id>-follow"] (or "-unfollow"): the id survives a renamed handle. A profile's header is
// [data-testid="UserName"], with the same follow button.
//
// | in the page                                         | spot                                             |
// |-----------------------------------------------------|--------------------------------------------------|
// | post by @RT_com                                     | account x.com/RT_com after the author's name     |
// | @someone reposts @RT_com (socialContext)            | account x.com/RT_com (the author), none for the reposter |
// | @someone quotes @RT_com                             | account x.com/someone; account x.com/RT_com after the quote's name |
// | card to rt.com shared by @someone                   | link https://rt.com/ after the card's domain line |
// | t.co link showing "rt.com/news/1…"                  | link https://rt.com/news/1                       |
// | UserCell of a renamed handle, button "64643056-follow" | account x.com/i/user/64643056, then the handle |
// | x.com/home, /i/…, /search (reserved)                | no account (core/registry/accounts/x.ts)         |
import { absoluteHref, addressInText, type Adapter, type Spot } from './types';

const HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'platform.twitter.com']);
const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,15})$/;
const FOLLOW_ID = /^(\d{1,20})-(?:un)?follow$/;
/** A post's parts the adapter reads, in document order. */
const POST_PARTS = '[data-testid="User-Name"], [data-testid="card.wrapper"], [data-testid="tweetText"] a[href^="https://t.co/"], [data-testid="tweetText"] a[href^="http://t.co/"]';

/**
 * The numeric id of a follow button inside `root` ("64643056-follow"), not one of another account's: buttons in
 * account lists and posts (who-to-follow cells inside a profile's timeline) are theirs.
 */
function followId(root: Element): string | null {
  for (const b of Array.from(root.querySelectorAll('[data-testid$="-follow"], [data-testid$="-unfollow"]'))) {
    if (b !== root && b.closest('[data-testid="UserCell"], article, [data-testid="HoverCard"]') && !root.matches('[data-testid="UserCell"]')) continue;
    const m = FOLLOW_ID.exec(b.getAttribute('data-testid') ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The handle written as text in an author block ("@RT_com"): quoted posts have no links. The block's first part is
 * the display name, which anyone may write like a handle ("@RT_com"): only the parts after it are read.
 */
function handleInText(block: Element): string | null {
  const parts = Array.from(block.children);
  for (const part of parts.length > 1 ? parts.slice(1) : parts) {
    for (const span of Array.from(part.querySelectorAll('span'))) {
      const m = HANDLE_TEXT.exec(span.textContent?.trim() ?? '');
      if (m && !span.querySelector('span')) return m[1]!;
    }
  }
  return null;
}

/** The handle the page's own address names (x.com/RT_com, x.com/RT_com/with_replies), if any. */
function handleOfAddress(doc: Document): string | null {
  try {
    const first = new URL(doc.baseURI).pathname.split('/')[1] ?? '';
    return /^[A-Za-z0-9_]{1,15}$/.test(first) ? first : null;
  } catch {
    return null;
  }
}

/** The name link of an author block: the first link to a profile (the name), else null. */
function nameLink(block: Element): Element | null {
  return block.querySelector('a[href]');
}

function authorSpot(block: Element, origin: string, id?: string | null): Spot | null {
  const link = nameLink(block);
  // X writes its profile links as paths ("/RT_com"): made absolute here without asking the page for its base.
  const raw = link?.getAttribute('href') ?? null;
  const href = raw && raw.startsWith('/') && !raw.startsWith('//') && raw.length < 200 ? `${origin}${raw}` : absoluteHref(link);
  const hrefs = id ? [`${origin}/i/user/${id}`] : [];
  if (link && href) return { kind: 'account', hrefs: [...hrefs, href], at: link };
  // A quoted post: its handle is text; the chip follows the name's own element.
  const handle = handleInText(block);
  const at = block.firstElementChild ?? block;
  return handle ? { kind: 'account', hrefs: [...hrefs, `${origin}/${handle}`], at } : null;
}

/** The destination a card shows: its link's aria-label ("rt.com Headline") or a "From rt.com" / "rt.com" line. */
function cardDestination(card: Element): { href: string; at: Element } | null {
  const link = card.querySelector('a[href]');
  if (!link) return null;
  const direct = absoluteHref(link);
  if (direct && !/^https?:\/\/t\.co\//i.test(direct)) return { href: direct, at: card };
  const label = link.getAttribute('aria-label')?.trim().split(/\s+/)[0];
  const fromLabel = addressInText(label);
  if (fromLabel) return { href: fromLabel, at: card };
  for (const span of Array.from(card.querySelectorAll('span'))) {
    if (span.querySelector('span')) continue;
    const text = span.textContent?.trim().replace(/^(?:From|Von|De|Da|Desde|Из|З)\s+/i, '');
    const addr = addressInText(text);
    if (addr) return { href: addr, at: span };
  }
  return null;
}

export const X_ADAPTER: Adapter = {
  platform: 'x',
  name: 'x',
  matches: (host) => HOSTS.has(host),
  items: 'article[data-testid="tweet"], [data-testid="UserCell"]',
  read(item) {
    const origin = 'https://x.com';
    const spots: Spot[] = [];
    // Items are posts (article) or account cells (a div): the element's name tells them apart.
    if (item.localName !== 'article') {
      const link = item.querySelector('a[href]');
      const href = absoluteHref(link);
      const id = followId(item);
      const hrefs = [...(id ? [`${origin}/i/user/${id}`] : []), ...(href ? [href] : [])];
      const name = item.querySelector('[dir] > span, a[href] span') ?? link;
      if (hrefs.length && name) spots.push({ kind: 'account', hrefs, at: name });
      return spots;
    }
    // One query for everything a post has (feeds are long: each call into the page costs): the author and, in a
    // quote, the quoted author (every User-Name block of this post; socialContext is not one), cards, and t.co links
    // in the text. X never puts a user's text in a data-testid.
    let authors = 0;
    for (const el of Array.from(item.querySelectorAll(POST_PARTS))) {
      const part = el.getAttribute('data-testid');
      if (part === 'User-Name') {
        // The first block is the post's own; a later one is a quote's, unless it sits in a post of its own.
        if (authors++ > 0 && el.closest('article[data-testid="tweet"]') !== item) continue;
        const s = authorSpot(el, origin);
        if (s) spots.push(s);
      } else if (part === 'card.wrapper') {
        const d = cardDestination(el);
        if (d) spots.push({ kind: 'link', hrefs: [d.href], at: d.at, place: d.at === el ? 'append' : 'after' });
      } else {
        // t.co hides the destination in its href; the link's text shows it. Mentions and hashtags are X's own links.
        const shown = addressInText(el.textContent);
        if (shown) spots.push({ kind: 'link', hrefs: [shown], at: el });
      }
    }
    return spots;
  },
  pageHooks: '[data-testid="UserName"], [data-testid$="-follow"], [data-testid$="-unfollow"]',
  page(doc) {
    // A profile: its header block (name and @handle), with the follow button's numeric id when X shows one.
    const header = doc.querySelector('[data-testid="UserName"]');
    if (!header) return [];
    // The address says whose profile this is (X's own paths are no account: the feed's keys drop them).
    const handle = handleOfAddress(doc);
    const id = followId(doc.querySelector('[data-testid="primaryColumn"]') ?? doc.documentElement);
    const origin = 'https://x.com';
    const hrefs = [...(id ? [`${origin}/i/user/${id}`] : []), ...(handle ? [`${origin}/${handle}`] : [])];
    const at = header.querySelector('span') ?? header;
    return hrefs.length ? [{ kind: 'account', hrefs, at }] : [];
  },
};
