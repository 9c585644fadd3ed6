// Markup (a string) → page facts, on linkedom: the one path both the scanner (a saved page, decoded by
// cli/decode.ts) and the extension's background (the page's serialised DOM, sent by the content script) take,
// so the two give the same facts for the same page. Bounded first (nesting.ts), then parsed once; Readability
// works on that document in place, and an untouched copy is parsed only when it finds no article.
import { parseHTML } from 'linkedom';
import { lookupHost } from '../core/registry/index';
import { markupWithoutInvisible } from '../core/text/invisible';
import type { PageFacts } from '../core/types';
import { extractFacts } from './index';
import { limitMarkup } from './nesting';
import { splitAddress } from '../core/address';

/**
 * Links whose host the registry knows: the only ones a signal quotes as evidence (source-link, outlet-link), so
 * the only ones whose selector the verdict can show. Memoised per host for one page.
 */
export function linksToOutlets(): (href: string) => boolean {
  const known = new Map<string, boolean>();
  return (href) => {
    const host = hostOfHref(href);
    if (host === null) return true;
    let k = known.get(host);
    if (k === undefined) known.set(host, (k = lookupHost(host) !== null));
    return k;
  };
}

/** The lower-case host of an http(s) address as extraction writes it (URL.href), without a second URL parse. */
export function hostOfHref(href: string): string | null {
  return /^https?:/i.test(href) ? (splitAddress(href)?.host.toLowerCase() ?? null) : null;
}

/** `bounded`: the markup has been through limitMarkup already (cli/decode.ts does it). */
export function factsFromMarkup(markup: string, url: string, opts: { bounded?: boolean } = {}): PageFacts {
  // Zero-width and soft-hyphen characters out first: a name hidden as "R\u200BT" is RT (core/text/invisible.ts).
  const html = markupWithoutInvisible(opts.bounded ? markup : limitMarkup(markup));
  const parse = () => parseHTML(html).document as unknown as Document;
  return extractFacts(parse(), url, parse, linksToOutlets());
}
