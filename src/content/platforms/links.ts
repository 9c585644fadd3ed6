// Small readers the platform adapters share: which elements of a post are its own (not a nested post's), and one
// link spot per destination (a card's image, title and domain line are often three links to the same address).
import { unwrapLink } from '../../core/registry/redirects';
import { absoluteHref, type Spot } from './types';

/** The elements matching `selector` inside `item` that belong to it, not to a nested item of `items`. */
export function own(item: Element, selector: string, items: string): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter((e) => e.closest(items) === item);
}

/** Whether the element shows text of its own (a name, a title), not only an image. */
export function showsText(el: Element): boolean {
  return (el.textContent ?? '').trim().length > 0;
}

/** One `link` spot per destination, after the first of its links that shows text (else its first link). */
export function linkSpots(links: readonly Element[]): Spot[] {
  const best = new Map<string, { href: string; at: Element }>();
  for (const a of links) {
    const href = absoluteHref(a);
    if (!href) continue;
    const to = unwrapLink(href);
    const seen = best.get(to);
    if (!seen || (!showsText(seen.at) && showsText(a))) best.set(to, { href, at: a });
  }
  return [...best.values()].map(({ href, at }) => ({ kind: 'link', hrefs: [href], at }));
}
