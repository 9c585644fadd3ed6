/*
 * The gate: decides from a page's digest (digest.ts) whether the expensive path (serialising the page, Readability,
 * language identification, analysis) may find anything. Almost every page a reader opens is not state media, and
 * on those nothing more happens. It runs in the background, on the registry's own look-up (O(labels in host)),
 * so the page pays only for the digest. In this order, stopping at the first hit:
 *
 * | page                                                                 | gate  | reason          |
 * |----------------------------------------------------------------------|-------|-----------------|
 * | on a registered outlet's host (any edition, mirror, public media)    | open  | site            |
 * | a listed account's profile, channel or post (x.com/RT_com, t.me/…)   | open  | site            |
 * | through a web archive, translation proxy or AMP cache                | open  | wrapper         |
 * | Google Translate residue (translated-ltr, <font vertical-align>)     | open  | mt-residue      |
 * | canonical / og:url on a warned or informed outlet's host             | open  | canonical       |
 * | a link or image to a warned or informed outlet's host                | open  | link            |
 * | an outlet's brand in the title, og:site_name, h1 or the text's ends  | open  | brand           |
 * | an address like a real outlet's (bild.work), or a title or site name | open  | lookalike       |
 * |   claiming a real outlet on another domain (core/impersonation.ts)   |       |                 |
 * | an ordinary page with none of these                                  | shut  |                 |
 * | links to public-media hosts only (bbc.com, dw.com)                   | shut  |                 |
 * | not an http(s) address                                               | shut  |                 |
 */
import { lookalikeOf } from '../brands/news-brands';
import { emptyFacts } from '../facts';
import { impersonationOf } from '../impersonation';
import { lookupUrl, matchHost, normalizeHost, policyOf, type HostMatch } from '../registry/index';
import type { Policy } from '../types';
import { brandTest, type TextTest } from './brand-pattern';
import type { PageDigest } from './digest';

export type GateReason = 'site' | 'wrapper' | 'mt-residue' | 'canonical' | 'link' | 'brand' | 'lookalike';

let brands: TextTest | null = null;

/** A digest host ("host" or "host/segment") → the registry's match, or null. */
export function matchDigestHost(entry: string): HostMatch | null {
  const slash = entry.indexOf('/');
  const host = normalizeHost(slash < 0 ? entry : entry.slice(0, slash));
  if (!host) return null;
  return matchHost(host, slash < 0 ? undefined : entry.slice(slash));
}

function policyAt(url: string | null, base: string): Policy | null {
  if (!url) return null;
  try {
    const m = lookupUrl(new URL(url, base).href).match;
    return m ? policyOf(m.outlet) : null;
  } catch {
    return null;
  }
}

export function gateOf(d: PageDigest, test: TextTest = (brands ??= brandTest())): GateReason | null {
  let page;
  try {
    page = lookupUrl(d.url);
  } catch {
    return null; // not an http(s) page
  }
  if (page.site.wrapper) return 'wrapper';
  if (page.match) return 'site';
  if (d.mtResidue) return 'mt-residue';
  const warnsOrInforms = (p: Policy | null) => p !== null && p !== 'public-media';
  if (warnsOrInforms(policyAt(d.canonical, d.url)) || warnsOrInforms(policyAt(d.ogUrl, d.url))) return 'canonical';
  for (const h of d.hosts) {
    const m = matchDigestHost(h);
    if (m && policyOf(m.outlet) !== 'public-media') return 'link';
  }
  if (test.test(`${d.title}\n${d.siteName}\n${d.h1}`) || test.test(d.edges)) return 'brand';
  // A page that may be dressed up as a real outlet (core/impersonation.ts): its address looks like one's, or its
  // title or site name claims one on a domain that is not the brand's. The markup's other claims decide.
  if (lookalikeOf(page.site.host).some((l) => !l.weak)) return 'lookalike';
  if (impersonationOf({ ...emptyFacts(d.url), title: d.title, siteName: d.siteName || null }, page)) return 'lookalike';
  return null;
}

/**
 * For a page on a registered outlet's own site (or a listed account's page: lookupUrl) whose outlet does not warn (public media, informational state
 * media): its verdict follows from the address alone (score.ts: the site decides kind and warn), so no extraction.
 * Null for any other page, or an outlet that warns (its banner shows evidence and translation findings).
 */
export function addressDecides(url: string): boolean {
  try {
    const page = lookupUrl(url);
    return !page.site.wrapper && !!page.match && policyOf(page.match.outlet) !== 'warn';
  } catch {
    return false;
  }
}
