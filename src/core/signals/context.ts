// What every signal receives: the page facts plus the registry look-ups it needs. Built once per page.
import { pageKind, type PageKind } from '../page-kind';
import { lookupHost, type HostMatch, type UrlLookup } from '../registry/index';
import type { PageFacts, Signal, SiteInfo } from '../types';

export type { HostMatch };

/** What a detector reports: a signal without its weight (the weight is the signals table's, index.ts). */
export type Finding = Omit<Signal, 'weight'>;

export interface SignalContext {
  facts: PageFacts;
  /** The page's own site, after unwrapping archives and proxies. */
  site: SiteInfo;
  /** The page's own address, after unwrapping (the input address when nothing wraps it). */
  originalUrl: string;
  /** The registered outlet whose site this is, if any. */
  siteOutlet: HostMatch | null;
  /** Primary language subtag of the page ("de"), or null when unknown. */
  language: string | null;
  /** One article, or a listing of other pages' entries (page-kind.ts): a listing never carries an outlet's article. */
  pageKind: PageKind;
  /** Registry look-up of any host (memoised per page). */
  outletOfHost(host: string): HostMatch | null;
  /** Registry look-up of any http(s) address; null for anything else or unparsable input. */
  outletOfUrl(url: string): HostMatch | null;
}

/** `where` is the registry's look-up of the page's own address (lookupUrl), made once by the caller. */
export function makeContext(facts: PageFacts, where: UrlLookup, language: string | null): SignalContext {
  const memo = new Map<string, HostMatch | null>();
  const outletOfHost = (host: string): HostMatch | null => {
    const h = host.toLowerCase();
    if (!memo.has(h)) memo.set(h, lookupHost(h));
    return memo.get(h) ?? null;
  };
  // Signals ask about the same links again and again (source-link, outlet-link, mt-language-mismatch …):
  // each address is parsed once per page.
  const urlMemo = new Map<string, HostMatch | null>();
  const outletOfUrl = (url: string): HostMatch | null => {
    const known = urlMemo.get(url);
    if (known !== undefined) return known;
    let found: HostMatch | null = null;
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') found = outletOfHost(u.hostname);
    } catch {
      found = null;
    }
    urlMemo.set(url, found);
    return found;
  };
  return { facts, site: where.site, originalUrl: where.originalUrl, siteOutlet: where.match, language, pageKind: pageKind(facts), outletOfHost, outletOfUrl };
}

/** The article's paragraphs (or its text cut at line breaks when extraction found none). */
export function paragraphsOf(ctx: SignalContext): string[] {
  const ps = ctx.facts.paragraphs.length ? ctx.facts.paragraphs : ctx.facts.text.split(/\n+/u);
  return ps.map((p) => p.trim()).filter(Boolean);
}
