// Publisher, author and address names from JSON-LD blocks; malformed blocks are skipped, never fatal.
import { LIMITS, squash } from './limits';

export interface JsonLdFacts {
  publishers: string[];
  authors: string[];
  urls: string[];
  /** The claim of each ClaimReview node (claimReviewed, else itemReviewed's name; "" when it names none). */
  claimReviews?: string[];
  /** The rating of each ClaimReview node that names one (reviewRating's alternateName, else its name): "False". */
  claimRatings?: string[];
}

/** The most @type values kept (page-kind.ts asks only whether a listing or an article type is among them). */
const MAX_TYPES = 20;

function addTypes(v: unknown, out: Set<string>): void {
  for (const t of Array.isArray(v) ? v.slice(0, 5) : [v]) if (typeof t === 'string' && t.trim() && out.size < MAX_TYPES) out.add(squash(t, 100));
}

const MAX_NODES = 2_000;

function names(v: unknown, out: Set<string>): void {
  if (typeof v === 'string') {
    if (v.trim()) out.add(squash(v, 200));
  } else if (Array.isArray(v)) {
    for (const x of v.slice(0, 20)) names(x, out);
  } else if (v && typeof v === 'object') {
    const n = (v as Record<string, unknown>).name;
    if (typeof n === 'string' && n.trim()) out.add(squash(n, 200));
  }
}

const MAX_CLAIMS = 10;

function isClaimReview(type: unknown): boolean {
  return type === 'ClaimReview' || (Array.isArray(type) && type.includes('ClaimReview'));
}

/** The claim a ClaimReview reviews: claimReviewed, else itemReviewed's name or text. */
function claimOf(o: Record<string, unknown>): string {
  if (typeof o.claimReviewed === 'string') return squash(o.claimReviewed, 500);
  const item = o.itemReviewed as Record<string, unknown> | undefined;
  const v = item && typeof item === 'object' ? (item.name ?? item.text) : undefined;
  return typeof v === 'string' ? squash(v, 500) : '';
}

/** The rating a ClaimReview gives, as words ("False", "Mostly true"), or null; a number alone is no visible verdict. */
function ratingOf(o: Record<string, unknown>): string | null {
  const r = o.reviewRating as Record<string, unknown> | undefined;
  if (!r || typeof r !== 'object') return null;
  const v = r.alternateName ?? r.name;
  return typeof v === 'string' && v.trim() ? squash(v, 100) : null;
}

/** `blocks`: the document's first JSON-LD script elements, found in extraction's one walk (extract/index.ts). */
/** Node types that name the site itself: their name is the brand the page claims (core/impersonation.ts). */
const SELF_TYPES = /^(?:WebSite|Organization|NewsMediaOrganization)$/;

export function readJsonLd(blocks: Element[]): JsonLdFacts & { types: string[]; websiteNames: string[] } {
  const types = new Set<string>();
  const websiteNames = new Set<string>();
  const publishers = new Set<string>();
  const authors = new Set<string>();
  const urls = new Set<string>();
  const claims: string[] = [];
  const ratings: string[] = [];
  for (const block of blocks) {
    const raw = block.textContent ?? '';
    if (raw.length > LIMITS.jsonLdChars) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let seen = 0;
    while (stack.length && seen++ < MAX_NODES) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        stack.push(...node.slice(0, 100));
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const o = node as Record<string, unknown>;
      if ('@type' in o) {
        addTypes(o['@type'], types);
        const t = o['@type'];
        const self = (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && SELF_TYPES.test(x));
        if (self && typeof o.name === 'string' && o.name.trim() && websiteNames.size < 10) websiteNames.add(squash(o.name, 200));
      }
      if ('publisher' in o) names(o.publisher, publishers);
      if ('author' in o) names(o.author, authors);
      if ('sourceOrganization' in o) names(o.sourceOrganization, publishers);
      for (const key of ['url', 'mainEntityOfPage', '@id', 'isBasedOn']) {
        const v = o[key];
        if (typeof v === 'string' && /^https?:\/\//i.test(v)) urls.add(v.slice(0, 2_000));
      }
      if (isClaimReview(o['@type']) && claims.length < MAX_CLAIMS) {
        claims.push(claimOf(o));
        const rating = ratingOf(o);
        if (rating) ratings.push(rating);
      }
      for (const key of ['@graph', 'mainEntity', 'itemListElement']) if (o[key]) stack.push(o[key]);
    }
  }
  return { publishers: [...publishers], authors: [...authors], urls: [...urls], types: [...types], websiteNames: [...websiteNames], ...(claims.length ? { claimReviews: claims } : {}), ...(ratings.length ? { claimRatings: ratings } : {}) };
}
