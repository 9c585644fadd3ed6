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
 */
import { afterSubtree } from './regions';
import { textOf } from './limits';

const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe']);
/** How many elements inside a figure are looked at for media. */
const MEDIA_SEARCH = 100;
/** A credit unit holds at most this much text: a figure around a whole article is no credit. */
const MAX_CHARS = 600;

function holdsMedia(el: Element): boolean {
  let seen = 0;
  let node: Element | null = el.firstElementChild;
  while (node && seen++ < MEDIA_SEARCH) {
    if (MEDIA.has(node.localName?.toLowerCase() ?? '')) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== el && !node.nextElementSibling) node = node.parentElement;
    node = !node || node === el ? null : node.nextElementSibling;
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

/** Whether the element (`name`: lower-case local name; `isCaption`: figcaption or a caption class) is a credit unit. */
export function isCreditUnit(el: Element, name: string, isCaption: boolean): boolean {
  if (name === 'figure') return holdsMedia(el) && small(el);
  if (!isCaption) return false;
  return (afterMedia(el) || holdsMedia(el)) && small(el);
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
