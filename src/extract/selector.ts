// A short CSS path to an element, so a piece of evidence can be found again on the live page.
const MAX_DEPTH = 12;
/** Previous sibling nodes (elements, text, comments) an element may have and still be numbered among its kind. */
const MAX_SIBLINGS = 2_000;

/**
 * Per page: parent → its children's numbers among their kind (for the first MAX_SIBLINGS + 1 child nodes). Links
 * share ancestors and sit in long lists: numbering each parent's children once, instead of walking back over the
 * siblings for every link and every ancestor, keeps a page with a thousand links linear.
 */
export type SiblingNumbers = Map<Element, Map<Element, number>>;

function cssEscapeIdent(s: string): string {
  return s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** nth-of-type of node under parent, or undefined past the sibling bound. */
function numberOf(node: Element, parent: Element, numbers: SiblingNumbers): number | undefined {
  let of = numbers.get(parent);
  if (!of) {
    of = new Map();
    const counts = new Map<string, number>();
    // Child nodes one by one, text nodes included: 50,000 sibling links, or links among a million text nodes,
    // must not make this slow. A child past the bound gets no number, and its element no selector.
    let pos = 0;
    for (let c = parent.firstChild; c && pos <= MAX_SIBLINGS; c = c.nextSibling, pos++) {
      if (c.nodeType !== 1) continue;
      const tag = (c as Element).tagName;
      const k = (counts.get(tag) ?? 0) + 1;
      counts.set(tag, k);
      of.set(c as Element, k);
    }
    numbers.set(parent, of);
  }
  return of.get(node);
}

/** `numbers`: shared by the calls for one page (the page must not change between them). */
export function selectorOf(el: Element | null, numbers: SiblingNumbers = new Map()): string | undefined {
  const parts: string[] = [];
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'html') break;
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]{0,63}$/.test(id)) {
      parts.unshift(`#${cssEscapeIdent(id)}`);
      return parts.join(' > ');
    }
    const parent: Element | null = node.parentElement;
    if (parent) {
      const index = numberOf(node, parent, numbers);
      if (index === undefined) return undefined;
      parts.unshift(`${tag}:nth-of-type(${index})`);
    } else {
      // The root of a detached tree or of a document without <html>: no number needed, but the same bound.
      let steps = 0;
      for (let sib = node.previousSibling; sib; sib = sib.previousSibling) if (++steps > MAX_SIBLINGS) return undefined;
      parts.unshift(tag);
    }
    node = parent;
  }
  return parts.length ? parts.join(' > ') : undefined;
}
