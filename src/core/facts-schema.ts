// Strict validation of PageFacts before the engine sees them. The background applies it to the facts it extracts
// from a page's markup (background/pipeline.ts): the markup comes from a content script that runs next to a
// hostile page, so whatever extraction makes of it is bounded and checked once more, and a bug, or a page that
// found a way to talk to the background in its name, must not be able to crash or mislead the engine. parseFacts(x) returns a fresh PageFacts built from
// known fields only, or null:
//  - a field of the wrong type (a number where a string belongs, a missing list, links that are not objects)
//    makes the whole message invalid: null. So does a page address (url) that is not http(s);
//  - a value of the right type that is not acceptable is dropped: list entries with a non-http(s) address or the
//    wrong shape are left out, canonical/ogUrl/archivedFrom become null, an implausible detected language becomes
//    null, a count that is not a finite non-negative number becomes 0;
//  - strings are clipped and lists cut to the caps extraction itself uses (FACT_CAPS in fact-limits.ts, shared
//    with src/extract/limits.ts), so a valid message is never bigger than what our own extraction produces;
//  - addresses are returned as the URL parser writes them (URL.href), which is what extraction produces anyway;
//    JSON-LD addresses, which extraction keeps as written, are kept as written once they parse as http(s).
//
// What can arrive: runtime messages are JSON-serialised (Chrome) or structured-cloned (Firefox), so only plain
// data comes through: no functions, getters, class instances, prototypes or cycles. NaN and Infinity do (Firefox),
// and so does an own property named "__proto__" or "constructor" (JSON.parse creates them as plain keys): only
// known keys are read, each once and as an own property, and the result is a new object literal, never a spread
// of the input. A direct caller passing a getter that throws, or a Proxy, gets null.
import { FACT_CAPS } from './fact-limits';
import type { LinkFact, PageFacts } from './types';

/** The caps extraction uses (FACT_CAPS, and the literals it passes to squash), plus bounds for what it leaves open. */
export const FACT_LIMITS = {
  ...FACT_CAPS,
  /** Link texts and bylines: squash(…, 300) in extraction. */
  shortTextChars: 300,
  /** JSON-LD publisher and author names: squash(…, 200); addresses: 2,000 characters. */
  jsonLdNameChars: 200,
  jsonLdUrlChars: 2_000,
  /** Not bounded by extraction (one JSON-LD block can name many): the engine needs a handful. */
  jsonLdItems: 200,
  /** A resolved address can be longer than the 4,000 characters extraction reads (percent-encoding). */
  urlChars: 8_192,
  /** BCP 47 tags in practice ("zh-Hant-TW", "sr-Latn-RS"); the RFC's own bound is 35 for the common forms. */
  languageTagChars: 35,
  /** Count of Google Translate <font> residue: at most one per element of a page. */
  count: 10_000_000,
} as const;

const BCP47 = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

class Invalid extends Error {}

type Rec = Record<string, unknown>;

function isRecord(x: unknown): x is Rec {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  // A plain object: its prototype is null or an Object.prototype (of any realm: a message may be cloned into another).
  const proto = Object.getPrototypeOf(x);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** An own property only: an inherited one (a polluted Object.prototype) does not count. */
function own(o: Rec, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

function str(x: unknown, max: number): string {
  if (typeof x !== 'string') throw new Invalid();
  return clip(x, max);
}

function strOrNull(x: unknown, max: number): string | null {
  if (x === null || x === undefined) return null;
  return str(x, max);
}

/** An http(s) address as URL.href, or null (not a string, too long, not parseable, another scheme). */
export function httpHref(x: unknown, max: number = FACT_LIMITS.urlChars): string | null {
  if (typeof x !== 'string' || x.length > max) return null;
  try {
    const u = new URL(x);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.href.length <= max ? u.href : null;
  } catch {
    return null;
  }
}

function urlOrNull(x: unknown): string | null {
  if (x === null || x === undefined) return null;
  if (typeof x !== 'string') throw new Invalid();
  return httpHref(x);
}

/** The first `cap` entries of a list, each through `item` (null: left out). Not a list: invalid. */
function list<T>(x: unknown, cap: number, item: (v: unknown) => T | null): T[] {
  if (!Array.isArray(x)) throw new Invalid();
  const n = Math.min(x.length, cap);
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const v = item(x[i]);
    if (v !== null) out.push(v);
  }
  return out;
}

function stringItem(max: number): (v: unknown) => string | null {
  return (v) => (typeof v === 'string' ? clip(v, max) : null);
}

function linkItem(v: unknown): LinkFact | null {
  if (!isRecord(v)) return null;
  const href = httpHref(own(v, 'href'));
  const text = own(v, 'text');
  const inArticle = own(v, 'inArticle');
  const selector = own(v, 'selector');
  if (!href || typeof text !== 'string' || typeof inArticle !== 'boolean') return null;
  const link: LinkFact = { href, text: clip(text, FACT_LIMITS.shortTextChars), inArticle };
  if (typeof selector === 'string' && selector.length <= FACT_LIMITS.attrChars) link.selector = selector;
  return link;
}

function detected(x: unknown): PageFacts['detectedLanguage'] {
  if (x === null || x === undefined) return null;
  if (!isRecord(x)) throw new Invalid();
  const lang = own(x, 'lang');
  const confidence = own(x, 'confidence');
  if (typeof lang !== 'string' || typeof confidence !== 'number') throw new Invalid();
  if (lang.length > FACT_LIMITS.languageTagChars || !BCP47.test(lang)) return null;
  if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) return null;
  return { lang, confidence };
}

function count(x: unknown): number {
  if (typeof x !== 'number') throw new Invalid();
  if (!Number.isFinite(x) || x < 0) return 0;
  return Math.min(Math.floor(x), FACT_LIMITS.count);
}

function build(x: unknown): PageFacts | null {
  if (!isRecord(x)) return null;
  const url = own(x, 'url');
  if (typeof url !== 'string') return null;
  const pageUrl = httpHref(url);
  if (!pageUrl) return null;
  const jsonLd = own(x, 'jsonLd');
  const mt = own(x, 'mtResidue');
  if (!isRecord(jsonLd) || !isRecord(mt)) return null;
  const translatedClass = own(mt, 'translatedClass');
  if (typeof translatedClass !== 'boolean') return null;
  const L = FACT_LIMITS;
  return {
    url: pageUrl,
    declaredLanguage: strOrNull(own(x, 'declaredLanguage'), L.attrChars),
    detectedLanguage: detected(own(x, 'detectedLanguage')),
    title: str(own(x, 'title'), L.attrChars),
    headline: strOrNull(own(x, 'headline'), L.attrChars),
    siteName: strOrNull(own(x, 'siteName'), L.attrChars),
    canonical: urlOrNull(own(x, 'canonical')),
    ogUrl: urlOrNull(own(x, 'ogUrl')),
    jsonLd: {
      publishers: list(own(jsonLd, 'publishers'), L.jsonLdItems, stringItem(L.jsonLdNameChars)),
      authors: list(own(jsonLd, 'authors'), L.jsonLdItems, stringItem(L.jsonLdNameChars)),
      // kept as written, like extraction keeps them, when they parse as http(s)
      urls: list(own(jsonLd, 'urls'), L.jsonLdItems, (v) => (httpHref(v, L.jsonLdUrlChars) ? (v as string) : null)),
    },
    archivedFrom: urlOrNull(own(x, 'archivedFrom')),
    text: str(own(x, 'text'), L.textChars),
    paragraphs: list(own(x, 'paragraphs'), L.paragraphs, stringItem(L.paragraphChars)),
    byline: strOrNull(own(x, 'byline'), L.shortTextChars),
    captions: list(own(x, 'captions'), L.captions, stringItem(L.captionChars)),
    links: list(own(x, 'links'), L.links, linkItem),
    media: list(own(x, 'media'), L.media, (v) => httpHref(v)),
    mtResidue: { fontInherit: count(own(mt, 'fontInherit')), translatedClass },
  };
}

/**
 * A PageFacts message from a content script → a fresh, clean PageFacts, or null when it is not one (see the top of
 * this file for what is rejected, what is dropped and what is clipped). Never throws.
 */
export function parseFacts(x: unknown): PageFacts | null {
  try {
    return build(x);
  } catch {
    return null; // Invalid, or a getter/Proxy that throws (only a direct caller can pass one)
  }
}
