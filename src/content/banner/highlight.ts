// "Show me": scrolls to a piece of evidence on the page and highlights it, with the CSS Custom Highlight API where
// the browser has it (the page's DOM is not touched), else a temporary outline on the text's parent element.
import { indexText, search, type TextIndex } from './find-text';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAME, OUTLINE } from './styles';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
const MAX_NODES = 50_000;

function textNodes(doc: Document, root: Node): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const p = n.parentElement;
      return !p || SKIP.has(p.tagName) || p.hasAttribute('data-provenance-lens') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n && out.length < MAX_NODES; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function selected(doc: Document, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return doc.querySelector(selector);
  } catch {
    return null; // a selector from another page state, or one this browser does not parse
  }
}

/**
 * Finds evidence text as a Range: inside the element its selector names first, then the article, then the whole
 * body. Each scope's text is read once per finder, so checking a dozen items costs one pass, not twelve.
 */
export class EvidenceFinder {
  private readonly scopes = new Map<Element, { nodes: Text[]; index: TextIndex }>();

  constructor(
    private readonly doc: Document,
    private readonly article: Element | null,
  ) {}

  private indexOf(scope: Element): { nodes: Text[]; index: TextIndex } {
    let s = this.scopes.get(scope);
    if (!s) {
      const nodes = textNodes(this.doc, scope);
      s = { nodes, index: indexText(nodes.map((n) => n.data)) };
      this.scopes.set(scope, s);
    }
    return s;
  }

  find(text: string, selector?: string): Range | null {
    const { doc } = this;
    const scopes = [selected(doc, selector), this.article, doc.body].filter((x, i, all): x is Element => !!x && all.indexOf(x) === i);
    for (const scope of scopes) {
      const { nodes, index } = this.indexOf(scope);
      const hit = search(index, text);
      if (!hit) continue;
      const range = doc.createRange();
      range.setStart(nodes[hit.start.node]!, hit.start.offset);
      range.setEnd(nodes[hit.end.node]!, hit.end.offset);
      return range;
    }
    return null;
  }
}

let clearCurrent: (() => void) | null = null;

export function clearHighlight(): void {
  const clear = clearCurrent;
  clearCurrent = null;
  try {
    clear?.();
  } catch {
    // the page may have removed the element meanwhile
  }
}

interface HighlightApi {
  registry: { set(name: string, h: unknown): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(): HighlightApi | null {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] };
  return g.CSS?.highlights && typeof g.Highlight === 'function' ? { registry: g.CSS.highlights, Highlight: g.Highlight } : null;
}

function ensureHighlightStyle(doc: Document): void {
  if (doc.querySelector('style[data-provenance-lens="highlight"]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-provenance-lens', 'highlight');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

function outline(el: HTMLElement): () => void {
  const before = { outline: el.style.outline, outlineOffset: el.style.outlineOffset };
  el.style.outline = OUTLINE.outline;
  el.style.outlineOffset = OUTLINE.outlineOffset;
  return () => {
    el.style.outline = before.outline;
    el.style.outlineOffset = before.outlineOffset;
  };
}

export function showEvidence(doc: Document, range: Range): void {
  clearHighlight();
  const start = range.startContainer;
  const el = (start.nodeType === Node.ELEMENT_NODE ? start : start.parentElement) as HTMLElement | null;
  if (!el) return;
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  const api = highlightApi();
  if (api) {
    try {
      ensureHighlightStyle(doc);
      api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
      clearCurrent = () => api.registry.delete(HIGHLIGHT_NAME);
      return;
    } catch {
      // Firefox content scripts may not hand their Range to the page's registry: fall back to the outline
    }
  }
  const common = range.commonAncestorContainer;
  const target = (common.nodeType === Node.ELEMENT_NODE ? common : common.parentElement) as HTMLElement | null;
  if (target) clearCurrent = outline(target);
}
