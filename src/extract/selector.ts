// A short CSS path to an element, so a piece of evidence can be found again on the live page.
const MAX_DEPTH = 12;
const MAX_SIBLINGS = 1_000;

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
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      // 50,000 sibling links would make this quadratic: past the bound the element gets no selector at all.
      if (++steps > MAX_SIBLINGS) return undefined;
      if (sib.tagName === node.tagName) index++;
    }
    parts.unshift(parent ? `${tag}:nth-of-type(${index})` : tag);
    node = parent;
  }
  return parts.length ? parts.join(' > ') : undefined;
}
