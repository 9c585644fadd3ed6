// The elements extraction reads inside the article (or the page): innermost text blocks, media, links, found in
// one walk in page order. In linkedom every querySelector(All) compiles its selector and walks the subtree on its
// own; paragraphs alone asked "is there a block inside?" once per block, more than the rest of extraction after
// Readability. The walk finds what these queries found: descendants of an element (a document: from its root
// element on), <template> contents skipped, names compared in lower case as selectors compare them in HTML.

const BLOCKS = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'td']);
const MEDIA = new Set(['img', 'video', 'audio', 'source', 'iframe']);

export interface ArticleParts {
  /** 'p, li, blockquote, h2, h3, h4, h5, h6, pre, figcaption, td' with no such element inside (nested ones repeat text). */
  blocks: Element[];
  /** 'img[src], video[src], audio[src], source[src], iframe[src]' */
  media: Element[];
  /** 'a[href]' */
  anchors: Element[];
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
    const name: string = node.localName?.toLowerCase() ?? '';
    if (BLOCKS.has(name)) {
      // Every open block now holds a block; marked from the innermost out, up to one already marked.
      for (let k = open.length - 1; k >= 0 && !nested[open[k]!]; k--) nested[open[k]!] = true;
      open.push(found.length);
      openDepth.push(depth);
      found.push(node);
      // A credit's block counts as nested: it is not kept, and the blocks round it stay as they were.
      nested.push(creditDepth >= 0);
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
  return { blocks: found.filter((_, i) => !nested[i]), media, anchors };
}
