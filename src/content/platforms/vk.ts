// VK: vk.com, vk.ru (and m.). Structure as VK's web client renders it (2022–2026), and as open-source VK userscripts,
// extensions and scrapers read it: a post is div[data-post-id="-12345_678"] (owner id, then the post's number; a
// negative owner is a community, club12345, an id that survives a renamed short name; a positive one a person); the
// header's author link (class PostHeaderTitle__authorLink, which looks generated and is not read here) carries VK's
// own data-from-id="-12345" and data-post-id (also a[data-task-click="Post/ownerLinkClick"]); a repost shows the
// original post inside it (.copy_quote) with the original author's link carrying its own data-from-id; the text is
// .wall_post_text / [data-testid="post_text"] (mentions there are links to /club…, /NAME); every outbound link, a
// link card's too, goes through vk.com/away.php?to=. A community's page has its name as the page's h1.
//
// | in the page                                         | spot                                             |
// |-----------------------------------------------------|--------------------------------------------------|
// | post -40316705_1 by /rt_russian                      | account vk.com/club40316705, then vk.com/rt_russian, after the author link |
// | a person (data-from-id 123) reposts RT's post        | account vk.com/id123 (no account), account club40316705 then /rt_russian |
// | [club40316705|RT] mentioned in someone's text        | none (the text is the author's words)            |
// | a renamed short name, same community id              | the id answers first (ids before handles)        |
// | card through /away.php?to=https://rt.com/            | link (unwrapped by the feed) after the card's link |
// | /feed, /wall-1_2, /id123 (reserved, a post, a person) | no account (core/registry/accounts/vk.ts)        |
import { parseAccountUrl } from '../../core/registry/accounts/parse';
import { linkSpots, own, showsText } from './links';
import { absoluteHref, type Adapter, type Spot } from './types';

const HOSTS = new Set(['vk.com', 'www.vk.com', 'm.vk.com', 'vk.ru', 'www.vk.ru', 'm.vk.ru']);
const ITEMS = 'div[data-post-id]';
const TEXT = '.wall_post_text, [data-testid="post_text"], [data-testid="showmoretext"]';
const AUTHOR = 'a[href][data-from-id], a[href][data-post-id], a[href][data-task-click="Post/ownerLinkClick"]';
const OWNER = /^(-?\d{1,12})(?:_\d{1,12})?$/;
const ORIGIN = 'https://vk.com';

/** A community's id address from a VK owner number ("-12345" → vk.com/club12345); a person's (positive) has none here. */
function communityOf(owner: string | null | undefined): string | null {
  const m = OWNER.exec(owner ?? '');
  return m && m[1]!.startsWith('-') ? `${ORIGIN}/club${m[1]!.slice(1)}` : null;
}

export const VK_ADAPTER: Adapter = {
  platform: 'vk',
  name: 'vk',
  matches: (host) => HOSTS.has(host),
  items: ITEMS,
  read(item) {
    const spots: Spot[] = [];
    const seen = new Set<string>();
    const links = own(item, AUTHOR, ITEMS).filter((a) => !a.closest(TEXT) && showsText(a));
    links.forEach((a, i) => {
      const href = absoluteHref(a);
      if (!href) return;
      // The link's own author number first; the post's owner only for its first author link, and only when the
      // link names no one else (a person's suggested post on a community's wall is the person's).
      const from = a.getAttribute('data-from-id') ?? a.getAttribute('data-post-id');
      const id = communityOf(from) ?? (i === 0 && !from ? communityOf(item.getAttribute('data-post-id')) : null);
      const key = id ?? href;
      if (seen.has(key)) return;
      seen.add(key);
      spots.push({ kind: 'account', hrefs: id && id !== href ? [id, href] : [href], at: a });
    });
    const out = own(item, 'a[href*="away.php"]', ITEMS);
    return [...spots, ...linkSpots(out)];
  },
  page(doc) {
    const url = doc.baseURI;
    const h1 = doc.querySelector('h1');
    return h1 && parseAccountUrl(url) ? [{ kind: 'account', hrefs: [url], at: h1, place: 'append' }] : [];
  },
};
