/*
 * site-name: the page names a state outlet as its publisher or author (og:site_name, JSON-LD publisher or
 * author), while it is on another site: a scraper kept the original's metadata, or credits the outlet as author.
 *
 * | case                                                               | fires |
 * |--------------------------------------------------------------------|-------|
 * | og:site_name "RT" on an aggregator                                 | yes   |
 * | og:site_name "RT International" / "Sputnik International"         | yes   |
 * | JSON-LD author {"name": "Xinhua"}                                  | yes   |
 * | JSON-LD publisher "RT DE" (edition rt-de)                          | yes   |
 * | og:site_name "sputnikglobe.com" (an outlet's host as its name)     | yes   |
 * | og:site_name and JSON-LD publisher both "RT": one signal          | once  |
 * | og:site_name "Weltblick Nachrichten"                               | no    |
 * | og:site_name "RT Gallery" (an art gallery)                        | no    |
 * | og:site_name "Breitbart" / "ART Berlin"                            | no    |
 * | JSON-LD author "Mikhail Sinitsyn/TASS" (a photographer credit)    | no    |
 * | the page is on rt.com itself (the address already decides)       | no    |
 */
import { exactBrand, knownSection } from '../brands/index';
import type { Finding, SignalContext } from './context';

const HOST_LIKE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

function outletNamed(ctx: SignalContext, name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) return null;
  if (HOST_LIKE.test(trimmed)) return ctx.outletOfHost(trimmed)?.outlet.id ?? null;
  // A site's name is the outlet's only when it is exactly a brand or one of its section names: "RT Gallery" is not RT.
  return exactBrand(trimmed)?.outlet ?? knownSection(trimmed)?.outlet ?? null;
}

export function detect(ctx: SignalContext): Finding[] {
  if (ctx.siteOutlet) return [];
  const { facts } = ctx;
  const names: [string, string][] = [
    ...(facts.siteName ? [[facts.siteName, 'og:site_name'] as [string, string]] : []),
    ...facts.jsonLd.publishers.map((n): [string, string] => [n, 'JSON-LD publisher']),
    ...facts.jsonLd.authors.map((n): [string, string] => [n, 'JSON-LD author']),
  ];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [name, where] of names) {
    const outlet = outletNamed(ctx, name);
    if (!outlet || seen.has(outlet)) continue;
    seen.add(outlet);
    out.push({ id: 'site-name', outlet, evidence: { text: `${where}: ${name}` } });
  }
  return out;
}
