// Attribute values Readability would test with regular expressions that backtrack quadratically, taken out of the
// document it works on before it runs (found by the fuzz test: one 43,000-character srcset took 5 s).
//
// Readability 0.6 runs three such patterns on attribute values a page controls:
//   srcset rewrite   /(\S+)(\s+[\d.]+[xw])?(\s*(?:,|$))/g   every srcset of img, picture, figure, video, audio, source
//                    (20,000 characters without a comma: 1 s)
//   lazy images      /^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$/   every attribute but src, srcset and alt of an img, picture
//                    or figure that looks lazy-loaded (40,000 characters: 0.8 s)
//   metadata         /\s*(article|dc|dcterm|og|twitter)\s*:…/gi   the property attribute of every meta
//                    (40,000 spaces: 1.8 s)
// Each costs the square of the value's length, so a 10 MB page could hold hours of it.
//
// What is removed, and why no verdict can change:
//   srcset of those six elements, always: Readability only rewrites it to absolute addresses; extraction never reads
//     it (we read text and links, and never render the article);
//   an attribute longer than MEDIA_ATTR_CHARS on img, picture, figure, other than src and alt: Readability copies such
//     a value into src when it looks like an image address (lazy loading); a real one is an address of a few hundred
//     characters at most, and images give no text;
//   a meta's property longer than META_PROPERTY_CHARS: the names Readability looks for are at most 25 characters.
// At MEDIA_ATTR_CHARS the lazy-image test costs about 0.03 ms a value; the page's size bounds how many there are.
//
// Fires on (removed)                                     | Does not fire on (kept)
// <img srcset="a.jpg 1x, b.jpg 2x">                      | <img src="…" alt="…">, whatever their length
// <source srcset="…">, <video srcset="…">                | <div srcset="…"> (Readability does not read it)
// <img data-src="(201+ characters)">                     | <img data-src="(200 characters)">
// <figure data-x="(201+ characters)">                    | <div data-x="(5 MB)"> (only regex-tested on media)
// <meta property="(201+ characters)" content="…">        | <meta property="og:title" content="(any length)">

export const MEDIA_ATTR_CHARS = 200;
export const META_PROPERTY_CHARS = 200;

const SRCSET_ELEMENTS = new Set(['img', 'picture', 'figure', 'video', 'audio', 'source']);
const LAZY_ELEMENTS = new Set(['img', 'picture', 'figure']);
const LAZY_KEEP = new Set(['src', 'alt']);

/**
 * Removes from one element of the document Readability will work on (`name`: its lower-case local name) the
 * attribute values described above; returns how many. article.ts fitsReadability calls it on every element.
 */
export function disarmElement(node: Element, name: string): number {
  let removed = 0;
  if (name === 'meta') {
    const property = node.getAttribute('property');
    if (property !== null && property.length > META_PROPERTY_CHARS) {
      node.removeAttribute('property');
      removed++;
    }
  } else if (SRCSET_ELEMENTS.has(name)) {
    if (node.hasAttribute('srcset')) {
      node.removeAttribute('srcset');
      removed++;
    }
    if (LAZY_ELEMENTS.has(name)) removed += removeLongAttributes(node);
  }
  return removed;
}

function removeLongAttributes(el: Element): number {
  const long: string[] = [];
  for (const a of Array.from(el.attributes)) if (!LAZY_KEEP.has(a.name.toLowerCase()) && a.value.length > MEDIA_ATTR_CHARS) long.push(a.name);
  for (const n of long) el.removeAttribute(n);
  return long.length;
}
