/*
 * Regions of a page that are neither its own article nor its own chrome (title, metadata, byline, article
 * footer): comment sections, sidebars, "related" and "most read" blocks, embedded posts. Evidence never counts
 * from them: anyone who can comment could otherwise brand any site (a reader pasting an RT article under a
 * two-paragraph brief, which Readability then took for the article). Extraction leaves their links and captions
 * out of the facts and takes them out of the document Readability works on (and out of the body it falls back on).
 *
 * An element is a region by its own name and attributes alone (no selector engine, no look at its ancestors), so
 * finding them costs one test per element of the walk extraction already makes. Only container elements count
 * (never html, body, main, nor inline elements: an article's "3 comments" link or a span.comment-count). Class
 * and id tokens are matched whole, so layout flags on wrappers round the article (body.comments-open,
 * .has-sidebar, .no-comments, #content-with-comments) are not regions. A region that holds the page's article
 * (an h1, main, [role=main], [itemprop=articleBody]) is not one after all: it stays (RegionWalk.kept).
 *
 * | element                                                           | region |
 * |-------------------------------------------------------------------|--------|
 * | div#comments, div.comments-area, ol.comment-list, li.comment      | yes    |
 * | article.comment-body, div.comment-content, [itemprop=comment]     | yes    |
 * | div.comments-wrapper, div#respond.comment-respond                 | yes    |
 * | div#disqus_thread, div#dsq-app, div#coral_thread, div.coral-stream| yes    |
 * | div.fb-comments, section.user-comments, div#article-comments      | yes    |
 * | aside, [role=complementary], div.sidebar, div#sidebar, .widget-area | yes  |
 * | div.related, section.related-articles, div.most-read, div.mostread| yes    |
 * | div.popular-posts, div.recommended, div.OUTBRAIN, div.trc_related_container | yes |
 * | blockquote.twitter-tweet, blockquote.instagram-media, div.fb-post, iframe | yes |
 * | body.comments-open, html.has-sidebar, main.sidebar                | no     |
 * | div.no-comments, div.comments-open, span.comments-link, a.comment-count | no |
 * | div#content-with-comments, div.content-and-comments, div.has-sidebar, div.right-sidebar | no |
 * | div.article-body, article.post, div.entry-content, footer.entry-footer | no |
 */

const NEVER = new Set(['html', 'head', 'body', 'main']);
/** Inline and leaf elements: never a region (a "comments" link, a comment counter). */
const INLINE = new Set(['a', 'span', 'button', 'i', 'b', 'em', 'strong', 'small', 'time', 'label', 'img', 'svg', 'input', 'textarea', 'abbr', 'sup', 'sub', 'font', 'meta', 'link', 'script', 'style', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A cheap test on the whole attribute before its tokens are looked at: most elements stop here. */
const MAYBE = /comment|sidebar|side-bar|widget-area|related|popular|most|recommend|outbrain|taboola|ob-widget|trc_|disqus|dsq|coral|tweet|instagram|fb-|tiktok/i;

const COMMENT_TOKEN =
  /^(?:(?:wp|js|fb|post|article|entry|story|user|reader|readers|site|page|the)[-_])?comments?(?:[-_]?(?:list|area|section|container|wrapper|wrap|thread|threads|content|body|text|respond|form|block|box|widget|holder|panel|root|app|embed|frame|stream|feed|item|items|entries|region|zone|module|tree))?$/i;
const SIDEBAR_TOKEN = /^(?:sidebar|side-bar|sidebar[-_](?:primary|secondary|left|right|main|content|widgets?|inner|wrapper|area|\d+)|widget-area)$/i;
const RELATED_TOKEN = /related|popular|^most[-_]?(?:read|viewed|shared|commented|popular)|recommended|recommendations|^outbrain|^ob[-_]widget|taboola|^trc[-_]/i;
const EMBED_TOKEN = /^(?:twitter-tweet|twitter-timeline|twitter-video|instagram-media|fb-post|fb-video|tiktok-embed|reddit-embed-bq|telegram-post)$/i;
const THREAD_ID = /^(?:disqus_thread|dsq[-_].*|coral_thread|coral[-_].*|comments?|respond|sidebar)$/i;
const THREAD_CLASS = /^(?:disqus.*|dsq[-_].*|coral|coral[-_].*)$/i;

function tokenMatch(value: string, test: (token: string) => boolean): boolean {
  if (!MAYBE.test(value)) return false;
  for (const t of value.split(/\s+/)) if (t && test(t)) return true;
  return false;
}

function isRegionToken(t: string): boolean {
  return COMMENT_TOKEN.test(t) || SIDEBAR_TOKEN.test(t) || EMBED_TOKEN.test(t) || THREAD_CLASS.test(t) || (RELATED_TOKEN.test(t) && !/^un/i.test(t));
}

/** Whether the element (`name`: its lower-case local name) is a region by its own name and attributes. */
export function isRegion(el: Element, name: string): boolean {
  if (name === 'aside' || name === 'iframe') return true;
  if (NEVER.has(name) || INLINE.has(name)) return false;
  const role = el.getAttributeNode('role')?.value;
  if (role && role.toLowerCase() === 'complementary') return true;
  const itemprop = el.getAttributeNode('itemprop')?.value;
  if (itemprop && /^comments?$/i.test(itemprop.trim())) return true;
  const id = el.getAttributeNode('id')?.value;
  if (id && MAYBE.test(id) && (THREAD_ID.test(id) || isRegionToken(id))) return true;
  // The attribute node, not getAttribute (linkedom rebuilds the class list on each getAttribute('class')).
  const cls = el.getAttributeNode('class')?.value;
  return !!cls && tokenMatch(cls, isRegionToken);
}

/** The element holds the page's article: a region around it is not a region. */
function marksArticle(el: Element, name: string): boolean {
  if (name === 'h1' || name === 'main') return true;
  const role = el.getAttributeNode('role')?.value;
  if (role && role.toLowerCase() === 'main') return true;
  const itemprop = el.getAttributeNode('itemprop')?.value;
  return !!itemprop && itemprop.toLowerCase() === 'articlebody';
}

/** The element that follows el's subtree in page order (null at the document's end). */
export function afterSubtree(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) if (n.nextElementSibling) return n.nextElementSibling;
  return null;
}

/**
 * Regions found while walking a document's elements in page order (`visit` on each, <template> contents
 * skipped or not, as the caller walks). Only the outermost region of a nest is kept; one that turns out to hold
 * the article is dropped. Per element: one region test outside regions, one article test inside.
 */
export class RegionWalk {
  private readonly found: Element[] = [];
  private readonly kept = new Set<Element>();
  private current: Element | null = null;
  private end: Element | null = null;

  /** The region this element lies in (itself included), or null. */
  visit(el: Element, name: string): Element | null {
    if (this.current && el === this.end) this.current = null;
    if (this.current) {
      if (marksArticle(el, name)) this.kept.add(this.current);
      return this.current;
    }
    if (!isRegion(el, name)) return null;
    this.current = el;
    this.end = afterSubtree(el);
    this.found.push(el);
    return el;
  }

  /** Whether what visit returned is a region whose contents are left out (false for null). */
  excludes(region: Element | null): boolean {
    return region !== null && !this.kept.has(region);
  }

  /** The regions left out, outermost ones, in page order. */
  regions(): Element[] {
    return this.found.filter((r) => !this.kept.has(r));
  }
}

/** Takes the regions out of the document; returns how many. One walk over its elements. */
export function removeRegions(doc: Document): number {
  const walk = new RegionWalk();
  let node: Element | null = doc.documentElement;
  while (node) {
    walk.visit(node, node.localName?.toLowerCase() ?? '');
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      continue;
    }
    while (node && !node.nextElementSibling) node = node.parentElement;
    node = node?.nextElementSibling ?? null;
  }
  const regions = walk.regions();
  for (const r of regions) r.remove();
  return regions.length;
}
