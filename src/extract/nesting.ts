// Bounds a page's markup before linkedom parses it (the scanner's path; browsers have their own bounds).
//
// Depth: htmlparser2, linkedom's parser, keeps the open elements in an array that it unshifts and shifts at the
// front and searches on every end tag, so each tag costs time proportional to the current depth: 10,000 nested
// <div>s parse in 0.5 s, 100,000 in 40 s, and the 2 million that fit in 10 MB would take hours.
// Size: linkedom gives every node (element, attribute, comment) an entry in one process-wide WeakMap; with hundreds
// of thousands of nodes per page that table, and the garbage collector walking it, get slow (a page of 100,000
// <meta> tags: 2.4 s in a fresh process, over 30 s of CPU after a few other big pages).
//
// This pass follows the parser's own tokenizer and element stack (same tag-name, attribute, comment and raw-text
// rules, same implied end tags) and removes each start tag that would open an element deeper than MAX_NESTING
// (what Chromium does too: its parser never nests deeper than 512), every start tag after the first MAX_ELEMENTS,
// the attributes of a tag past the first MAX_ATTRIBUTES, and the comments past the first MAX_COMMENTS. Text always
// stays. One pass, linear time; a page within the bounds is returned unchanged (the same string).
// Text nodes: linkedom makes one per run of text, and one more per character reference in it ("a&amp;b" is three) and
// per "<" that starts no markup ("a < b" is two): 6 MB of "a&amp;" made 2 million text nodes, 2.2 GB and 100 s of
// scanning (found by fuzzing; so did runs of "<"). Past the first MAX_TEXT_BREAKS of these in text (and references
// in a <title>, which the parser decodes too), each further reference is written as the character it stands for and
// each further stray "<" as "＜", "<" and "&" in their full-width forms so that no markup and no reference starts
// there: the text reads the same and makes one node.

import { decodeHTML } from 'entities';
import { MARKUP_CAPS } from '../core/fact-limits';

/** Chromium's kMaximumHTMLParserDOMTreeDepth. */
export const MAX_NESTING = 512;
/** Elements per page: twelve times the largest corpus page (4,100); extraction reads 5,000 links at most anyway. */
export const MAX_ELEMENTS = MARKUP_CAPS.elements;
/** Attributes per element (real ones carry a few dozen at most). */
export const MAX_ATTRIBUTES = 256;
/** Comments (and CDATA sections, comments to an HTML parser) per page. */
export const MAX_COMMENTS = 10_000;
/** References and stray "<" in text per page before they are written out (corpus: at most 3,600 on a page). */
export const MAX_TEXT_BREAKS = 20_000;

export interface MarkupBounds {
  depth: number;
  elements: number;
  attributes: number;
  comments: number;
  textBreaks: number;
}

const BOUNDS: MarkupBounds = { depth: MAX_NESTING, elements: MAX_ELEMENTS, attributes: MAX_ATTRIBUTES, comments: MAX_COMMENTS, textBreaks: MAX_TEXT_BREAKS };

// htmlparser2's tables (Parser.js): void elements, the start tags that close open elements, foreign content.
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, P] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, Set<string>]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT],
  ['dt', DDT],
  ['rt', RTP],
  ['rp', RTP],
  ['tbody', TABLE_SECTION],
  ['tfoot', TABLE_SECTION],
]);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Elements whose content is text up to their end tag (htmlparser2's "special" tags). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isEndOfTagSection(c: number): boolean {
  return c === 47 /* / */ || c === 62 /* > */ || isSpace(c);
}

function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The element stack as htmlparser2 keeps it (top last here), with a count per name so a stray end tag costs O(1). */
class Stack {
  readonly names: string[] = [];
  readonly foreign: boolean[] = [];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.names.length;
  }

  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign.push(true);
    else if (INTEGRATION.has(name)) this.foreign.push(false);
  }

  pop(): void {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
  }

  has(name: string): boolean {
    return !!this.counts.get(name);
  }

  /** How many elements a start tag closes implicitly (htmlparser2's openImpliesClose). */
  impliedCloses(name: string): number {
    const closes = IMPLIES_CLOSE.get(name);
    if (!closes) return 0;
    let n = 0;
    while (n < this.names.length && closes.has(this.names[this.names.length - 1 - n]!)) n++;
    return n;
  }

  /** An end tag: pops up to the nearest open element of that name, if any (amortised O(1): each push pops once). */
  close(name: string): void {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    if (VOID.has(name) || !this.counts.get(name)) return;
    const at = this.names.lastIndexOf(name);
    while (this.names.length > at) this.pop();
  }
}

interface StartTag {
  name: string;
  /** Index just past the tag's '>', or -1 when the document ends inside the tag. */
  end: number;
  selfClosing: boolean;
  /** Where the attribute past maxAttributes starts, or -1 when there are no more than that. */
  tooMany: number;
  /** Whether the tag cut there ends in "/ >" (a "/" came just before that attribute), and so closes itself. */
  cutSelfCloses: boolean;
}

/** Reads a start tag from just after "<" as htmlparser2's tokenizer does (attribute quotes, "/>" only after a value). */
function readStartTag(html: string, from: number, maxAttributes: number): StartTag {
  const n = html.length;
  let i = from;
  while (i < n && !isEndOfTagSection(html.charCodeAt(i))) i++;
  const name = html.slice(from, i).toLowerCase();
  let attributes = 0;
  let tooMany = -1;
  let cutSelfCloses = false;
  let slash = false;
  for (;;) {
    // before an attribute name
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return { name, end: -1, selfClosing: false, tooMany, cutSelfCloses };
    let c = html.charCodeAt(i);
    if (c === 62) return { name, end: i + 1, selfClosing: false, tooMany, cutSelfCloses };
    if (c === 47) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (i >= n) return { name, end: -1, selfClosing: false, tooMany, cutSelfCloses };
      if (html.charCodeAt(i) === 62) return { name, end: i + 1, selfClosing: true, tooMany, cutSelfCloses };
      slash = true;
      continue; // the character after "/" starts over as before an attribute name
    }
    // attribute name: up to "=", "/", ">" or white space
    if (++attributes > maxAttributes && tooMany < 0) {
      tooMany = i;
      cutSelfCloses = slash;
    }
    slash = false;
    i++;
    while (i < n && !(html.charCodeAt(i) === 61 || isEndOfTagSection(html.charCodeAt(i)))) i++;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return { name, end: -1, selfClosing: false, tooMany, cutSelfCloses };
    if (html.charCodeAt(i) !== 61) continue; // no value: "/", ">" or the next name
    i++;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return { name, end: -1, selfClosing: false, tooMany, cutSelfCloses };
    c = html.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return { name, end: -1, selfClosing: false, tooMany, cutSelfCloses };
      i = close + 1;
    } else {
      while (i < n && !(isSpace(html.charCodeAt(i)) || html.charCodeAt(i) === 62)) i++;
    }
  }
}

/** Index of the end tag "</name" followed by white space or ">" that ends a raw-text element, or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[ \\n\\t\\f\\r>]`, 'gi');
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

/**
 * html.indexOf(char, from) as a loop. The loop over a page's tags calls it once per "<" (and TextBreaks once per "&"):
 * with String.prototype.indexOf, once V8 had optimised limitMarkup on other pages, each call cost time in proportion
 * to the rest of the page (600,000 stray "<" took 11 s after the corpus had been through, 0.5 s in a fresh process);
 * this loop takes 1.1 s either way.
 */
function indexOfChar(html: string, code: number, from: number): number {
  const n = html.length;
  for (let i = from; i < n; i++) if (html.charCodeAt(i) === code) return i;
  return -1;
}

/** Replacements of [from, to) ranges, added in page order; a range adjacent to the last one extends it. */
class Edits {
  private readonly cut: number[] = [];
  private readonly put: string[] = [];

  add(from: number, to: number, text: string): void {
    const last = this.cut.length - 1;
    if (last > 0 && this.cut[last] === from) {
      this.cut[last] = to; // a run of references or of "<": one range
      this.put[this.put.length - 1] += text;
      return;
    }
    this.cut.push(from, to);
    this.put.push(text);
  }

  /** html with the replacements; the same string when there are none. */
  applyTo(html: string): string {
    if (!this.cut.length) return html;
    const parts: string[] = [];
    let from = 0;
    for (let k = 0; k < this.cut.length; k += 2) {
      parts.push(html.slice(from, this.cut[k]), this.put[k / 2]!);
      from = this.cut[k + 1]!;
    }
    parts.push(html.slice(from));
    return parts.join('');
  }
}

// A character reference as the tokenizer reads one in text: numeric, or named (legacy names without ";" too).
const REFERENCE = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/** The "&" and stray "<" of a page's text, counted in page order; past the bound each is written out. */
class TextBreaks {
  private count = 0;
  /** The first "&" at or after the last position searched, Infinity past the last one: each search starts past the one before. */
  private nextAmp = -1;

  constructor(
    private readonly html: string,
    private readonly max: number,
    private readonly edits: Edits,
  ) {}

  /** What a reference is written as: what it stands for, "<" and "&" full width (memoised: pages repeat a few). */
  private readonly decoded = new Map<string, string>();
  private written(ref: string): string {
    let text = this.decoded.get(ref);
    if (text === undefined) {
      text = decodeHTML(ref).replace(/</g, '\uff1c').replace(/&/g, '\uff06');
      if (this.decoded.size < 10_000) this.decoded.set(ref, text);
    }
    return text;
  }

  /** A "<" in text that starts no markup (the parser ends the text node before it). */
  strayLessThan(at: number): void {
    if (++this.count > this.max) this.edits.add(at, at + 1, '\uff1c');
  }

  /** Text in [from, to): no reference in it reaches past `to` (one never holds "<"). */
  scan(from: number, to: number): void {
    for (;;) {
      if (this.nextAmp < from) {
        const k = indexOfChar(this.html, 38 /* & */, from);
        this.nextAmp = k < 0 ? Infinity : k;
      }
      const amp = this.nextAmp;
      if (amp >= to) return;
      from = amp + 1;
      if (++this.count <= this.max) continue;
      REFERENCE.lastIndex = amp;
      const ref = REFERENCE.exec(this.html)?.[0];
      if (!ref) continue;
      from = amp + ref.length;
      const text = this.written(ref);
      if (text !== ref) this.edits.add(amp, from, text);
    }
  }
}

/**
 * The page within the bounds (defaults: MAX_NESTING, MAX_ELEMENTS, MAX_ATTRIBUTES, MAX_COMMENTS,
 * MAX_TEXT_BREAKS): start tags too deep or past the element bound, attributes past the attribute bound and
 * comments past the comment bound are removed, references and stray "<" in text past the text-break bound written
 * out. The same string when nothing is.
 */
export function limitMarkup(html: string, bounds: Partial<MarkupBounds> = {}): string {
  const { depth: maxDepth, elements: maxElements, attributes: maxAttributes, comments: maxComments, textBreaks } = { ...BOUNDS, ...bounds };
  const stack = new Stack();
  const edits = new Edits();
  const remove = (from: number, to: number) => edits.add(from, to, '');
  const breaks = new TextBreaks(html, textBreaks, edits);
  let elements = 0;
  let comments = 0;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = indexOfChar(html, 60 /* < */, i);
    breaks.scan(i, lt < 0 || lt + 1 >= n ? n : lt);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      // A comment ("<!-->" is a whole one), CDATA, or a declaration up to ">"; the tokenizer consumes the
      // character after "<!" (and after "<!-") before it looks for the ">".
      let end: number;
      let comment = true;
      if (html.startsWith('<!--', lt)) end = html.indexOf('-->', lt + 2) + 3;
      else if (html.startsWith('<![CDATA[', lt)) end = html.indexOf(']]>', lt + 9) + 3;
      else {
        end = html.indexOf('>', html.startsWith('<!-', lt) ? lt + 4 : lt + 3) + 1;
        comment = false; // a declaration (<!doctype …>): no node
      }
      if (end <= 2) break; // unterminated: the rest is not markup
      if (comment && ++comments > maxComments) remove(lt, end);
      i = end;
    } else if (c === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
    } else if (c === 47 /* / */) {
      let j = lt + 2;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (j >= n) break;
      if (html.charCodeAt(j) === 62) {
        i = j + 1; // "</>" is ignored
        continue;
      }
      const end = html.indexOf('>', j);
      if (!isAlpha(html.charCodeAt(j))) {
        if (end < 0) break; // a bogus comment up to ">"
        if (++comments > maxComments) remove(lt, end + 1);
        i = end + 1;
        continue;
      }
      let k = j;
      while (k < n && !(html.charCodeAt(k) === 62 || isSpace(html.charCodeAt(k)))) k++;
      if (k >= n) break;
      const name = html.slice(j, k).toLowerCase();
      // "</br>", and "</p>" with no <p> open, make an element of their own
      if ((name === 'br' || (name === 'p' && !stack.has('p'))) && ++elements > maxElements) {
        if (end < 0) break;
        remove(lt, end + 1);
        i = end + 1;
        continue;
      }
      stack.close(name);
      if (end < 0) break;
      i = end + 1;
    } else if (isAlpha(c)) {
      const tag = readStartTag(html, lt + 1, maxAttributes);
      if (tag.end < 0) break;
      i = tag.end;
      const { name } = tag;
      const implied = stack.impliedCloses(name);
      const isVoid = VOID.has(name);
      if (++elements > maxElements || (!isVoid && stack.depth - implied >= maxDepth)) {
        remove(lt, tag.end); // the parser never sees this start tag (nor, then, raw text after it)
        continue;
      }
      let selfClosing = tag.selfClosing;
      if (tag.tooMany >= 0) {
        remove(tag.tooMany, tag.end - 1); // keeps the ">" (and a "/" before the cut, if any)
        selfClosing = tag.cutSelfCloses;
      }
      if (isVoid) {
        for (let k = 0; k < implied; k++) stack.pop(); // "<hr>" still closes an open <p>
        continue;
      }
      for (let k = 0; k < implied; k++) stack.pop();
      stack.push(name);
      if (selfClosing) {
        // "<x/>" closes itself in SVG and MathML only; elsewhere it stays open like "<x>"
        if (stack.foreign[stack.foreign.length - 1]) stack.pop();
        continue;
      }
      if (RAW_TEXT.has(name)) {
        const end = rawTextEnd(html, name, i);
        // the parser decodes references in a title (up to the end of the page when it is not closed), not in the others
        if (name === 'title') breaks.scan(i, end < 0 ? n : end);
        if (end < 0) break;
        i = end; // the end tag is read as one on the next turn
      }
    } else {
      breaks.strayLessThan(lt); // "<" followed by anything else is text, and a text node of its own
      i = lt + 1;
    }
  }
  return edits.applyTo(html);
}
