// Where the banner goes: at the top of the article, in the flow (never fixed or absolute, so it covers nothing).
//
// The article is the element whose own paragraphs hold the most text (the way Readability scores, without its
// cost), widened to its <article>/<main> ancestor; the banner goes right above that article's first h1, else at
// its top, else at the top of body.
//
// Layout shift, decided: when the verdict arrives after the reader has scrolled past that point, the banner is
// still inserted there (above the viewport, where it will be found on the way back up), and the scroll position
// is corrected by the banner's height so nothing the reader is looking at moves. Browsers with scroll anchoring
// do this themselves; we only correct what they did not.

export interface Placement {
  parent: Node;
  before: Element | null;
  /** The article (for searching evidence), or null when the banner went to the top of body. */
  article: Element | null;
}

const LIMITS = { paragraphs: 400, paragraphChars: 2_000 };
const WIDEN = 'article, [role="article"], main, [role="main"]';

function articleOf(doc: Document): Element | null {
  const score = new Map<Element, number>();
  const ps = doc.body?.getElementsByTagName('p');
  if (!ps) return null;
  const n = Math.min(ps.length, LIMITS.paragraphs);
  let best: Element | null = null;
  let bestScore = 0;
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const parent = p.parentElement;
    if (!parent || parent === doc.body) continue;
    const s = (score.get(parent) ?? 0) + Math.min(p.textContent?.length ?? 0, LIMITS.paragraphChars);
    score.set(parent, s);
    if (s > bestScore) {
      best = parent;
      bestScore = s;
    }
  }
  if (!best || bestScore < 200) return null;
  return best.closest(WIDEN) ?? best;
}

function firstHeading(root: Element): Element | null {
  const h1 = root.getElementsByTagName('h1')[0];
  return h1 && h1.textContent?.trim() ? h1 : null;
}

export function placement(doc: Document): Placement | null {
  const body = doc.body;
  if (!body) return null;
  const article = articleOf(doc);
  if (article) {
    const h1 = firstHeading(article);
    if (h1?.parentNode) return { parent: h1.parentNode, before: h1, article };
    return { parent: article, before: article.firstElementChild, article };
  }
  const h1 = firstHeading(body);
  const scope = h1?.closest(WIDEN) ?? null;
  if (h1?.parentNode && scope) return { parent: h1.parentNode, before: h1, article: scope };
  return { parent: body, before: body.firstElementChild, article: null };
}

/** Inserts `host`; if that point is above the viewport, scrolls by whatever the content below it moved. */
export function insertWithoutShift(doc: Document, host: Element, where: Placement): void {
  const win = doc.defaultView;
  const ref = where.before ?? (where.parent.nodeType === Node.ELEMENT_NODE ? (where.parent as Element) : null);
  const scrolled = !!win && win.scrollY > 0;
  const top0 = scrolled && ref ? ref.getBoundingClientRect().top : 0;
  where.parent.insertBefore(host, where.before);
  if (!scrolled || !ref || !win || top0 >= 0) return;
  const moved = ref.getBoundingClientRect().top - top0;
  if (Math.abs(moved) >= 1) win.scrollBy({ top: moved, behavior: 'instant' as ScrollBehavior });
}
