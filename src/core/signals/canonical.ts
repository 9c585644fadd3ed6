/*
 * canonical: the page's canonical address (<link rel=canonical>, og:url or a JSON-LD url) is an outlet's address,
 * while the page itself is on another site: the publisher says the article lives at the outlet.
 *
 * | case                                                                    | fires |
 * |-------------------------------------------------------------------------|-------|
 * | aggregator page, rel=canonical https://www.rt.com/russia/1-x/           | yes   |
 * | aggregator page, og:url https://de.rt.com/europa/1-x/ (edition rt-de)   | yes   |
 * | JSON-LD mainEntityOfPage/url on sputnikglobe.com                        | yes   |
 * | canonical and og:url both on rt.com: one signal per outlet              | once  |
 * | canonical points to the page's own (non-outlet) site                    | no    |
 * | canonical on breitbart.com ("ends in rt.com")                           | no    |
 * | the page is on rt.com itself (the address already decides)             | no    |
 * | canonical is javascript:/data:/malformed                                | no    |
 * | canonical on bbc.com (public media: scored as no origin)                | yes, ignored by scoring |
 */
import type { Finding, SignalContext } from './context';

export function detect(ctx: SignalContext): Finding[] {
  if (ctx.siteOutlet) return [];
  const { facts } = ctx;
  const candidates: [string | null, string][] = [
    [facts.canonical, 'rel=canonical'],
    [facts.ogUrl, 'og:url'],
    ...facts.jsonLd.urls.map((u): [string, string] => [u, 'JSON-LD url']),
  ];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [url, where] of candidates) {
    if (!url) continue;
    const match = ctx.outletOfUrl(url);
    if (!match || seen.has(match.outlet.id)) continue;
    seen.add(match.outlet.id);
    out.push({ id: 'canonical', outlet: match.outlet.id, evidence: { url, text: `${where}: ${url}` } });
  }
  return out;
}
