// What the search adapters share (google.ts, bing.ts, duckduckgo.ts, yandex.ts, startpage.ts): a result's title
// link gives one `link` spot. When the link wraps the heading (Google's a > h3, whose link also holds the breadcrumb
// <cite> that is hidden or shown beside it) the chip ends the heading, right after the title's text; when the
// heading wraps the link (Bing's h2 > a) it follows the link inside the heading. feed.ts unwraps the engines' own
// redirectors (core/registry/redirects.ts) and asks by host or account key.
//
// Ads get no chip on any engine. An ad is the engine's placement sold to an advertiser, not a result it found, and
// it is already labelled as one ("Sponsored", "Ad", "Реклама"); its link is the ad network's (Google rewrites it on
// click from data-rw, Bing's /aclk, DuckDuckGo's /y.js and Yandex's yabs counters keep the destination to
// themselves), so a chip could only ever name the host an advertiser claims, on some ads and not on others, and a
// missing chip would read as "checked". Ads are left out whole, by the engines' ad containers.
import { unwrapLink } from '../../core/registry/redirects';
import { absoluteHref, type Spot } from './types';

/** How far above a heading its link may sit (Google: a > h3; Yandex: a > h2 > span). */
const LINK_ABOVE = 3;

function linkAround(heading: Element): Element | null {
  let up = heading.parentElement;
  for (let i = 0; up && i < LINK_ABOVE; i++, up = up.parentElement) if (up.localName === 'a' && up.hasAttribute('href')) return up;
  return null;
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * The spot of a result whose title is `heading`: its link (around the heading, else the first inside it), unless
 * that link leads to the engine itself (`own`: related searches, its verticals and ad counters). Null for none.
 */
export function titleSpot(heading: Element | null | undefined, own: (host: string) => boolean): Spot | null {
  if (!heading) return null;
  const around = linkAround(heading);
  const link = around ?? heading.querySelector('a[href]');
  const href = absoluteHref(link);
  if (!link || !href || own(hostOf(unwrapLink(href)))) return null;
  return around ? { kind: 'link', hrefs: [href], at: heading, place: 'append' } : { kind: 'link', hrefs: [href], at: link };
}

/** `own` for an engine whose every host is `domain` or under it (bing.com, www.bing.com, cn.bing.com). */
export function underDomain(...domains: string[]): (host: string) => boolean {
  return (host) => domains.some((d) => host === d || host.endsWith(`.${d}`));
}
