// Telegram: the public web preview of a channel (t.me/s/NAME), a channel's page (t.me/NAME) and embedded posts
// (t.me/NAME/123?embed=1, the frame of Telegram's post widget, core.telegram.org/widgets/post). Structure as t.me
// serves it (2016–2026) and as open-source t.me readers parse it: a post is .tgme_widget_message[data-post="NAME/123"];
// its author line .tgme_widget_message_author holds a.tgme_widget_message_owner_name (href t.me/NAME); a forward has
// .tgme_widget_message_forwarded_from with a.tgme_widget_message_forwarded_from_name (href t.me/ORIGIN/ID, a span
// when the origin is a hidden user); a reply quotes its original in a.tgme_widget_message_reply (with its own author
// line); a link preview is a.tgme_widget_message_link_preview with .link_preview_site_name; the text is
// .tgme_widget_message_text (hashtags link to ?q=%23tag). A preview's header is .tgme_channel_info_header_title, a
// channel page's .tgme_page_title. These tgme_* names are the widget's and the preview's own, hand-written and served
// unchanged for years to every site that embeds a post (the documentation promises the widget, not its class names):
// robust hooks, unlike generated ones.
// web.telegram.org is left out: its clients (k, a) name peers by numeric id only (.peer-title[data-peer-id], from
// morethanwords/tweb), the registry lists Telegram channels by name, and their pages are people's private chats.
//
// | in the page                                          | spot                                                  |
// |------------------------------------------------------|-------------------------------------------------------|
// | a post of t.me/s/periodicogranma                     | account t.me/periodicogranma after the owner's name   |
// | a forward from periodicogranma in another channel    | account after the forwarded-from name; the channel's own name only if it is listed |
// | a link preview to rt.com                             | link, at the end of its site name                     |
// | a link in the text                                   | link, to where it leads (its href, not its text)      |
// | hashtags (?q=%23tag), t.me/share/url, t.me/joinchat/… | none (Telegram's own pages)                          |
// | the header of t.me/s/NAME or t.me/NAME               | account from the address, at the end of the title     |
import { isPlatformHost, parseAccountUrl } from '../../core/registry/accounts/parse';
import { own as ownOf } from './links';
import { absoluteHref, type Adapter, type Spot } from './types';

const HOSTS = new Set(['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me']);
const ITEMS = '.tgme_widget_message[data-post]';
/** Parts of a post that show someone else's words: the text, a reply's quote, a link preview. */
const NOT_THE_AUTHOR = '.tgme_widget_message_text, .tgme_widget_message_reply, .tgme_widget_message_link_preview';
const DATA_POST = /^([A-Za-z][A-Za-z0-9_]{3,31})\/\d+$/;

/** Elements of this post (not of a post inside it), outside `not`. */
function own(item: Element, selector: string, not?: string): Element[] {
  return ownOf(item, selector, ITEMS).filter((e) => !(not && e.closest(not)));
}

function accountSpot(at: Element | undefined, hrefs: (string | null | undefined)[], place?: Spot['place']): Spot[] {
  const list = [...new Set(hrefs.filter((h): h is string => !!h))];
  return at && list.length ? [{ kind: 'account', hrefs: list, at, ...(place ? { place } : {}) }] : [];
}

/** A link leads somewhere: a site or a channel; Telegram's own pages and a channel's searches (#hashtags) are skipped. */
function linkSpot(a: Element, at: Element = a, place?: Spot['place']): Spot[] {
  const href = absoluteHref(a);
  if (!href) return [];
  const u = new URL(href);
  if (isPlatformHost(u.hostname) && (!parseAccountUrl(u) || u.searchParams.has('q'))) return [];
  return [{ kind: 'link', hrefs: [href], at, ...(place ? { place } : {}) }];
}

export const TELEGRAM_ADAPTER: Adapter = {
  platform: 'telegram',
  name: 'telegram',
  matches: (host) => HOSTS.has(host),
  items: ITEMS,
  read(item) {
    // The post's channel: its owner's name link, else the channel its permalink names.
    const owner = own(item, 'a.tgme_widget_message_owner_name', NOT_THE_AUTHOR)[0];
    const post = DATA_POST.exec(item.getAttribute('data-post') ?? '');
    const spots = accountSpot(owner, [absoluteHref(owner) ?? (post && `https://t.me/${post[1]}`)]);
    for (const from of own(item, 'a.tgme_widget_message_forwarded_from_name', NOT_THE_AUTHOR)) spots.push(...accountSpot(from, [absoluteHref(from)]));
    for (const card of own(item, 'a.tgme_widget_message_link_preview')) {
      const site = card.querySelector('.link_preview_site_name');
      spots.push(...linkSpot(card, site ?? card, 'append'));
    }
    for (const a of own(item, '.tgme_widget_message_text a[href]')) spots.push(...linkSpot(a));
    return spots;
  },
  page(doc) {
    // A channel's preview or page: the address names the channel (t.me/joinchat/…, t.me/share/url name none).
    const at = doc.querySelector('.tgme_channel_info_header_title, .tgme_page_title') ?? undefined;
    return parseAccountUrl(doc.baseURI) ? accountSpot(at, [doc.baseURI], 'append') : [];
  },
};
