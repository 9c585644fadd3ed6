// Characters a reader never sees, which a page can put inside a name to hide it from our matching: "R\u200BT" reads
// as "RT" on screen and matches nothing. Taken out of the markup before it is parsed (from-markup.ts) and out of
// the digest's text (gate/digest.ts), as written and as character references. Not taken out: the zero-width joiner
// and non-joiner (U+200C, U+200D), which Persian, Arabic, Indic scripts and emoji need to be written correctly.
//
// | removed                                  | kept                         |
// |------------------------------------------|------------------------------|
// | U+200B zero-width space, U+2060 word     | U+200C ZWNJ, U+200D ZWJ      |
// | joiner, U+FEFF (BOM / ZWNBSP), U+00AD    | U+00A0 no-break space (a     |
// | soft hyphen, U+180E Mongolian vowel sep. | space: squash makes it one)  |
// | &#8203; &#x200b; &#173; &shy; &#65279; … | &amp;, any other reference   |

const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E]/;
const INVISIBLE_CHARS = new RegExp(INVISIBLE.source, 'g');
// The same as references (decimal or hex, with or without the closing semicolon, which HTML parsers accept) and
// the one named reference among them. Linear: each alternative is anchored at "&" and bounded.
const INVISIBLE_REFS = /&(?:#(?:x0{0,8}(?:200b|2060|feff|ad|180e)|0{0,8}(?:8203|8288|65279|173|6158))(?![0-9a-f]);?|shy;)/gi;

/** Text without the invisible characters above. */
export function withoutInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_CHARS, '') : text;
}

/** Markup without them, written as characters or as character references. */
export function markupWithoutInvisible(markup: string): string {
  const out = withoutInvisible(markup);
  return out.includes('&') ? out.replace(INVISIBLE_REFS, '') : out;
}
