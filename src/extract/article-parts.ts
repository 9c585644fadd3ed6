// The elements extraction reads inside the article (or the page): innermost text blocks, media, links, found in
// one walk in page order. In linkedom every querySelector(All) compiles its selector and walks the subtree on its
// own; paragraphs alone asked "is there a block inside?" once per block, more than the rest of extraction after
// Readability. The walk finds what these queries found: descendants of an element (a document: from its root
// element on), <template> contents skipped, names compared in lower case as selectors compare them in HTML.

const BLOCKS = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'td']);
const MEDIA = new Set(['img', 'video', 'audio', 'source', 'iframe']);
/** Quotation elements: what they hold is quoted (mention). Embedded posts (a tweet, a Telegram post) are no quotation here. */
const QUOTES = new Set(['blockquote', 'q']);
const EMBED_CLASS = /tweet|instagram|tiktok|telegram|facebook|fb-|reddit|bluesky|mastodon|threads|embed/i;
/** At most this many inline <q> elements are kept. */
const MAX_INLINE_QUOTES = 40;

export interface ArticleParts {
  /** 'p, li, blockquote, h2, h3, h4, h5, h6, pre, figcaption, td' with no such element inside (nested ones repeat text). */
  blocks: Element[];
  /** 'img[src], video[src], audio[src], source[src], iframe[src]' */
  media: Element[];
  /** 'a[href]' */
  anchors: Element[];
  /** For each of `blocks`: whether it stands inside a <blockquote> or <q> (not an embedded post's). */
  quoted: boolean[];
  /** <q> elements inside a block that is not quoted as a whole (the inline quotations), the first few. */
  inlineQuotes: Element[];
}

function isQuotation(el: Element, name: string): boolean {
  return QUOTES.has(name) && !EMBED_CLASS.test(el.getAttributeNode('class')?.value ?? '');
}

function isDocument(root: ParentNode): root is Document {
  return (root as Node).nodeType === 9;
}

/** `credits`: media credits (credits.ts), whose blocks are no article paragraphs (their media and links still count). */
export function articleParts(root: ParentNode, credits?: ReadonlySet<Element>): ArticleParts {
  const found: Element[] = [];
  const nested: boolean[] = [];
  const media: Element[] = [];
  const anchors: Element[] = [];
  const quotedFound: boolean[] = [];
  const inlineQuotes: Element[] = [];
  // Quotation elements open around the current element: their depth.
  const quoteDepth: number[] = [];
  // Blocks open around the current element: their index in `found` and their depth.
  const open: number[] = [];
  const openDepth: number[] = [];
  const stop: Element | null = isDocument(root) ? null : (root as Element);
  let node: Element | null = isDocument(root) ? root.documentElement : (root as Element).firstElementChild;
  let depth = 0;
  // The depth of the credit the walk is in, or -1.
  let creditDepth = -1;
  while (node) {
    if (creditDepth >= depth) creditDepth = -1;
    if (creditDepth < 0 && credits?.has(node)) creditDepth = depth;
    while (openDepth.length && openDepth[openDepth.length - 1]! >= depth) {
      open.pop();
      openDepth.pop();
    }
    while (quoteDepth.length && quoteDepth[quoteDepth.length - 1]! >= depth) quoteDepth.pop();
    const name: string = node.localName?.toLowerCase() ?? '';
    if (isQuotation(node, name)) {
      // A <q> inside an unquoted block quotes part of it; a <q> or <blockquote> around blocks quotes them whole.
      if (name === 'q' && open.length && !quoteDepth.length && inlineQuotes.length < MAX_INLINE_QUOTES) inlineQuotes.push(node);
      quoteDepth.push(depth);
    }
    if (BLOCKS.has(name)) {
      // Every open block now holds a block; marked from the innermost out, up to one already marked.
      for (let k = open.length - 1; k >= 0 && !nested[open[k]!]; k--) nested[open[k]!] = true;
      open.push(found.length);
      openDepth.push(depth);
      found.push(node);
      // A credit's block counts as nested: it is not kept, and the blocks round it stay as they were.
      nested.push(creditDepth >= 0);
      quotedFound.push(quoteDepth.length > 0);
    } else if (name === 'a') {
      if (node.hasAttribute('href')) anchors.push(node);
    } else if (MEDIA.has(name) && node.hasAttribute('src')) {
      media.push(node);
    }
    const child: Element | null = name === 'template' ? null : node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== stop && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== stop ? node.nextElementSibling : null;
  }
  const inner = found.map((_, i) => i).filter((i) => !nested[i]);
  return { blocks: inner.map((i) => found[i]!), media, anchors, quoted: inner.map((i) => quotedFound[i]!), inlineQuotes };
}
