/*
 * Media credits: the caption or credit line attached to an image, video, audio or embed ("Foto: TASS",
 * "Source: <a>RT</a>" under a video). A credit says where that photo or video comes from, not where the article
 * does: links inside it are marked (LinkFact.inCredit, which source-link passes over) and its text leaves the
 * article's paragraphs (it stays among the captions, which outlet-credit reads as citations). So one credit is one
 * piece of evidence: the hotlinked media (media-host) and the credit, never a source link besides.
 *
 * A credit is attached to a media element, never a paragraph on its own: a republisher's "Source: RT" at the
 * article's end stays a source line whatever its classes say, and so does a figure that holds no media.
 *
 * A credit credits its own media: a link in it to a registered outlet makes it a credit only when some media of
 * the unit is hosted by that outlet's network (the photo on cdni.rt.com, the video on cdnv.rt.com, the photo on
 * cdn-media.tass.ru: "Source: <a>RT</a>" says where that photo or video comes from). A link to the outlet beside
 * media from anywhere else does not credit that media: the unit is the article's text again, and the link a
 * source line. Honest: own-en-video-credit-rt (cdnv.rt.com video, "Source: <a>RT</a>" → an rt.com article),
 * own-es-photo-video-credit-rt (cdni.rt.com photo, "Fuente: <a>RT</a>" → actualidad.rt.com),
 * own-de-photo-credit-tass (cdn-media.tass.ru photo, "Quelle: <a>TASS</a>" → tass.ru): credits, as before.
 * Adversarial: own-en-source-figure-with-image-rt-copy puts "Source: <a>RT</a>" (→ the RT article it copied) in
 * the figcaption of a 60×20 logo from its own /wp-content/uploads/: the logo is no RT media, so it is no credit.
 * Media declared under 120×120 px (width and height attributes both) is a logo or an icon, not a photo or video,
 * and credits nothing: its host does not make the link a credit. Adversarial: own-en-source-figure-hotlinked-rt-copy
 * is the page above with its 60×20 logo hotlinked from cdni.rt.com, so the media is RT's network's, but a logo is
 * not the photo a credit speaks of: no credit, and "Source: <a>RT</a>" is a source line. The honest credits keep
 * theirs: the TASS photo is 1020×574, the RT photo 980×551, the RT videos declare no size (no declared size, or one
 * side only, is never tiny). (Why not "a credit after the last paragraph and the share line is a source line":
 * the copy's figure does come last, after "You can share this story…", but position is the weaker tell — an honest
 * page may end on a credited photo, and the copy could move its figure one paragraph up; the size of the media
 * tells what the credit is about wherever it stands.)
 * (Why not "a deep link is never a credit": every honest credit above links to an article of the outlet — the
 * one the photo or video was taken from — so the link's path tells a credit from a source line on no page.)
 * Links to hosts of no registered outlet (a photographer's site, the page's own photo page) do not matter here.
 *
 * | markup                                                                          | credit unit |
 * |---------------------------------------------------------------------------------|-------------|
 * | <figure><img src=…><figcaption>Foto: TASS</figcaption></figure>                 | the figure  |
 * | <figure><video src=…></video><figcaption>Source: <a>RT</a></figcaption></figure>| the figure  |
 * | <figure><a><img></a><figcaption>…</figcaption></figure>, <figure><iframe>…      | the figure  |
 * | <div class="wp-caption"><img src=…><p class="wp-caption-text">…</p></div>       | the div     |
 * | <img src=…><span class="credit">Photo: RT</span> (caption right after media)     | the span    |
 * | <picture>…</picture><p class="caption">…</p>                                    | the p       |
 * | <p class="caption credit">Source: <a>RT</a></p> at the article's end, no media   | none        |
 * | <figure><figcaption>Quelle: RT DE</figcaption></figure> (no media)              | none        |
 * | <figure><img><figcaption>(600+ characters of text)</figcaption></figure>        | none        |
 * | <div class="has-captions"><img>…the whole article…</div>                        | none (too much text) |
 * | <figure><img></figure><p class="caption">Source: RT</p> (after a figure)         | none        |
 * | <figure><img src=cdni.rt.com/…><figcaption>Source: <a href=rt.com/…>RT</a>…     | the figure  |
 * | <figure><img src=/uploads/rt-logo.png><figcaption>Source: <a href=rt.com/…>RT</a>| none (not RT's media) |
 * | <img src=/a.jpg><span class="credit">Foto: <a href=tass.ru/…>TASS</a></span>      | none (not TASS's media) |
 * | <figure><img src=cdni.rt.com/logo.png width=60 height=20><figcaption>Source: <a href=rt.com/…>RT</a>… | none (a logo) |
 * | <figure><img src=cdni.rt.com/… width=980 height=551><figcaption>Source: <a href=rt.com/…>RT</a>…     | the figure  |
 * | <figure><img src=cdni.rt.com/… width=60><figcaption>Source: <a href=rt.com/…>RT</a>… (one side only)  | the figure  |
 * | <figure><img src=/a.jpg><figcaption>Photo: <a href=janedoe.example>J. Doe</a>…   | the figure  |
 */
import { lookupHost } from '../core/registry/index';
import { afterSubtree } from './regions';
import { nextInside, textOf } from './limits';

const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe']);
/** How many elements inside a figure are looked at for media. */
const MEDIA_SEARCH = 100;
/** A credit unit holds at most this much text: a figure around a whole article is no credit. */
const MAX_CHARS = 600;

function holdsMedia(el: Element): boolean {
  let seen = 0;
  for (let node = el.firstElementChild; node && seen++ < MEDIA_SEARCH; node = nextInside(node, el)) {
    if (MEDIA.has(node.localName?.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** The element right before is a media element, or a wrapper whose one child is one (<a><img></a>). */
function afterMedia(el: Element): boolean {
  const prev = el.previousElementSibling;
  if (!prev) return false;
  const name = prev.localName?.toLowerCase() ?? '';
  if (MEDIA.has(name)) return true;
  if (name === 'figure') return false; // a figure has its caption inside; a line after it is the article's
  const only = prev.firstElementChild;
  return !!only && only === prev.lastElementChild && MEDIA.has(only.localName?.toLowerCase() ?? '');
}

function small(el: Element): boolean {
  return textOf(el, MAX_CHARS + 1).length <= MAX_CHARS;
}

/** Elements of a subtree (itself included), in document order, at most MEDIA_SEARCH. */
function elementsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node && out.length < MEDIA_SEARCH; node = nextInside(node, el)) out.push(node);
  return out;
}

// Relative addresses resolve to this: the page's own site, never an outlet's (a credit is judged without the URL).
const LOCAL = 'https://page.invalid/';

/** The outlet network hosting an address, or null (relative addresses: the page's own). */
function networkAt(raw: string | null | undefined): string | null {
  const t = raw?.trim().split(/\s/, 1)[0]; // srcset: its first address
  if (!t || t.length > 2_000) return null;
  try {
    const u = new URL(t, LOCAL);
    return u.protocol === 'http:' || u.protocol === 'https:' ? (lookupHost(u.hostname.toLowerCase())?.network.id ?? null) : null;
  } catch {
    return null;
  }
}

const MEDIA_ATTRIBUTES = ['src', 'poster', 'srcset', 'data-src'];

/** Media declared smaller than this (px) in both width and height is a logo or an icon, not a photo or video. */
const TINY = 120;
// A declared size: digits, optionally "px" ("100%" and the like are no size). Anchored, no nested repetition.
const PIXELS = /^\s*(\d{1,6})(?:px)?\s*$/i;

function declaredPixels(e: Element, attribute: string): number | null {
  const m = PIXELS.exec(e.getAttribute(attribute) ?? '');
  return m ? Number(m[1]) : null;
}

/** Media whose declared width and height are both under TINY: a logo or icon, which credits nothing. */
function tiny(e: Element): boolean {
  const w = declaredPixels(e, 'width');
  const h = declaredPixels(e, 'height');
  return w !== null && h !== null && w < TINY && h < TINY;
}

/** The networks hosting the media in these elements (img, video and its poster, source, iframe …); tiny media left out. */
function mediaNetworks(els: readonly Element[]): Set<string> {
  const out = new Set<string>();
  for (const e of els) {
    const name = e.localName?.toLowerCase() ?? '';
    if (!MEDIA.has(name) && name !== 'source') continue;
    if (tiny(e)) continue;
    for (const a of MEDIA_ATTRIBUTES) {
      const n = networkAt(e.getAttribute(a));
      if (n) out.add(n);
    }
  }
  return out;
}

/** Every link in the unit to a registered outlet goes to the network hosting some of the unit's media (`media`). */
function creditsOwnMedia(el: Element, media: () => readonly Element[]): boolean {
  let hosts: Set<string> | null = null;
  for (const a of elementsOf(el)) {
    if (a.localName?.toLowerCase() !== 'a') continue;
    const n = networkAt(a.getAttribute('href'));
    if (!n) continue;
    hosts ??= mediaNetworks(media());
    if (!hosts.has(n)) return false;
  }
  return true;
}

/** Whether the element (`name`: lower-case local name; `isCaption`: figcaption or a caption class) is a credit unit. */
export function isCreditUnit(el: Element, name: string, isCaption: boolean): boolean {
  const inside = (): Element[] => elementsOf(el);
  if (name === 'figure') return holdsMedia(el) && small(el) && creditsOwnMedia(el, inside);
  if (!isCaption) return false;
  if (holdsMedia(el)) return small(el) && creditsOwnMedia(el, inside);
  const prev = el.previousElementSibling;
  return afterMedia(el) && small(el) && creditsOwnMedia(el, () => (prev ? elementsOf(prev) : []));
}

/** Credit units found while walking elements in page order (`visit` on each); the outermost of a nest. */
export class CreditWalk {
  readonly units = new Set<Element>();
  private current: Element | null = null;
  private end: Element | null = null;

  /** Whether the element lies in a credit unit (itself included). */
  visit(el: Element, name: string, isCaption: boolean): boolean {
    if (this.current && el === this.end) this.current = null;
    if (this.current) return true;
    if (!isCreditUnit(el, name, isCaption)) return false;
    this.current = el;
    this.end = afterSubtree(el);
    this.units.add(el);
    return true;
  }
}

// Captions: figcaption, or a class attribute holding one of these (any case). Also findElements' CAPTIONS.
const CAPTION_CLASS = /caption|credit|didascal|legende|bildunterschrift|copyright/i;

export function isCaptionElement(el: Element, name: string): boolean {
  // The attribute node, not getAttribute: linkedom answers getAttribute('class') by building the element's
  // classList and joining it again, on every element (the same tokens, so the same test).
  return name === 'figcaption' || CAPTION_CLASS.test(el.getAttributeNode('class')?.value ?? '');
}

/** The credit units of a document (the body extraction falls back on): one walk over its elements. */
export function creditUnits(doc: Document): ReadonlySet<Element> {
  const walk = new CreditWalk();
  let node: Element | null = doc.documentElement;
  while (node) {
    const name: string = node.localName?.toLowerCase() ?? '';
    walk.visit(node, name, isCaptionElement(node, name));
    const child: Element | null = name === 'template' ? null : node.firstElementChild;
    if (child) {
      node = child;
      continue;
    }
    while (node && !node.nextElementSibling) node = node.parentElement;
    node = node?.nextElementSibling ?? null;
  }
  return walk.units;
}
