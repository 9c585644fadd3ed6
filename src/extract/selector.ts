// A short CSS path to an element, so a piece of evidence can be found again on the live page.
const MAX_DEPTH = 12;
/** Previous sibling nodes (elements, text, comments) looked at to number an element among its kind. */
const MAX_SIBLINGS = 2_000;

function cssEscapeIdent(s: string): string {
  return s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

export function selectorOf(el: Element | null): string | undefined {
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
    let index = 1;
    let steps = 0;
    // Sibling by sibling, text nodes included (linkedom's previousElementSibling walks over them one by one):
    // 50,000 sibling links, or links among a million text nodes, would make this quadratic. Past the bound the
    // element gets no selector at all.
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (++steps > MAX_SIBLINGS) return undefined;
      if (sib.nodeType === 1 && (sib as Element).tagName === node.tagName) index++;
    }
    parts.unshift(parent ? `${tag}:nth-of-type(${index})` : tag);
    node = parent;
  }
  return parts.length ? parts.join(' > ') : undefined;
}
