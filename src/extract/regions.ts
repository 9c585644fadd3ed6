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
 * Nor is a region that is the page's article body by position and by prose (RegionWalk.promoted), which takes
 * all three of:
 * 1. the page has no prose of its own outside regions: no paragraph or run of direct text of 80 characters or more
 *    (structure.ts ProseMeter) outside them, or in a region kept for its h1;
 * 2. the region is the only one (outermost regions) with 500 characters of prose or more;
 * 3. it follows the page's first h1 (outside regions) among its siblings: the h1 itself, or an element holding
 *    it, is one of the up to 4 element siblings before the region, and none of them is or holds a <p>, a video,
 *    audio, iframe, object, embed or figure (between them only a headline block: header, byline, date).
 * own-en-comment-wrapped-rt-copy puts a copied RT story, its only content, in div.comment-content right after
 * the h1 (main > h1 + div.comment-content): all three hold, the region is the article. A page whose article is a
 * brief under which a reader pastes a longer RT article (own-en-wp-comment-pastes-rt, own-en-disqus-thread-rt,
 * own-de-comment-pastes-rt-de) keeps its comments out: the comment holds most of the page's prose, but the brief's
 * paragraphs (≥ 80 characters) fail 1., and even a brief of short paragraphs fails 3. (its comments follow the
 * article element, which holds the h1 and the brief's <p>s; regions.test.ts BRIEF). The same with a video page
 * whose only text is its comments: the player stands between the h1 and them. Work is bounded: per element one prose
 * number added to its region's tally (no textContent); at the end, one pass over the regions' tallies for 2. and
 * 4 siblings each searched among their first 200 elements for 3. (a page of thousands of regions stays linear).
 * A blockquote.telegram-post right after the h1 holding a copied article (own-en-telegram-embed-wrapped-rt-copy)
 * is the article by the same rule.
 *
 * | page (outside regions / region)                                                       | region promoted |
 * |---------------------------------------------------------------------------------------|-----------------|
 * | main > h1 + div.comment-content (7 p, 1,300 characters), short footer p               | yes             |
 * | div > h1 + div.byline + blockquote.telegram-post (copied article)                      | yes             |
 * | header > h1, then div#comments (1,000 characters)                                      | yes             |
 * | article > h1 + brief (p of 138 characters); div#comments (a pasted 800-character article) | no (1.)     |
 * | article > h1 + brief (2 p of 60 and 16 characters); div#comments (800 characters)      | no (3.)         |
 * | h1 + div.comment-content (700) + aside (700)                                          | no (2.)         |
 * | h1 + div.player > video + div#comments (800)                                          | no (3.)         |
 * | no h1; div.comment-content (1,300)                                                    | no (3.)         |
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
 * | blockquote.telegram-post, blockquote.reddit-embed-bq              | yes    |
 * | body.comments-open, html.has-sidebar, main.sidebar                | no     |
 * | div.no-comments, div.comments-open, span.comments-link, a.comment-count | no |
 * | div#content-with-comments, div.content-and-comments, div.has-sidebar, div.right-sidebar | no |
 * | div.article-body, article.post, div.entry-content, footer.entry-footer | no |
 */
import { MAX_BODY_CHARS } from '../core/page-kind';
import { ProseMeter } from './structure';
import { nextInside } from './limits';

const NEVER = new Set(['html', 'head', 'body', 'main']);
/** Inline and leaf elements: never a region (a "comments" link, a comment counter). */
const INLINE = new Set(['a', 'span', 'button', 'i', 'b', 'em', 'strong', 'small', 'time', 'label', 'img', 'svg', 'input', 'textarea', 'abbr', 'sup', 'sub', 'font', 'meta', 'link', 'script', 'style', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A cheap test on the whole attribute before its tokens are looked at: most elements stop here. */
const MAYBE = /comment|sidebar|side-bar|widget-area|related|popular|most|recommend|outbrain|taboola|ob-widget|trc_|disqus|dsq|coral|tweet|instagram|fb-|tiktok|telegram|reddit/i;

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

/** A region with this much prose can be the page's article body (page-kind.ts MAX_BODY_CHARS). */
const BODY_CHARS = MAX_BODY_CHARS;
/** How many element siblings before a region are looked at for the h1, and how far into each for a <p>. */
const BEFORE_SIBLINGS = 4;
const P_SEARCH = 200;

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
  /** Prose (structure.ts ProseMeter) per outermost region, and outside regions. */
  private readonly prose = new Map<Element, number>();
  private ownProse = 0;
  private h1: Element | null = null;
  private decided: Element[] | null = null;
  private decidedSet = new Set<Element>();

  /** The region this element lies in (itself included), or null. */
  visit(el: Element, name: string): Element | null {
    if (this.current && el === this.end) this.current = null;
    if (this.current) {
      if (marksArticle(el, name)) this.kept.add(this.current);
      return this.current;
    }
    if (name === 'h1') this.h1 ??= el;
    if (!isRegion(el, name)) return null;
    this.current = el;
    this.end = afterSubtree(el);
    this.found.push(el);
    return el;
  }

  /** Adds the prose measured at an element (ProseMeter.measure) to the region visit returned for it (or none). */
  addProse(region: Element | null, chars: number): void {
    if (chars <= 0) return;
    if (region) this.prose.set(region, (this.prose.get(region) ?? 0) + chars);
    else this.ownProse += chars;
  }

  /** Whether what visit returned is a region whose contents are left out (false for null). Only once the walk is done. */
  excludes(region: Element | null): boolean {
    if (region === null) return false;
    this.regions();
    return this.decidedSet.has(region);
  }

  /** The regions left out, outermost ones, in page order. Only once the walk is done. */
  regions(): Element[] {
    if (this.decided) return this.decided;
    const promoted = this.promoted();
    if (promoted) this.kept.add(promoted);
    this.decided = this.found.filter((r) => !this.kept.has(r));
    this.decidedSet = new Set(this.decided);
    return this.decided;
  }

  /** The region that is the page's article body (see the top of the file), or null. */
  private promoted(): Element | null {
    let own = this.ownProse;
    let candidate: Element | null = null;
    for (const [r, n] of this.prose) {
      if (this.kept.has(r)) own += n;
      else if (n >= BODY_CHARS) {
        if (candidate) return null; // 2.: two bodies, neither is the article
        candidate = r;
      }
    }
    if (own > 0 || !candidate || !this.h1) return null; // 1.
    return followsHeadline(candidate, this.h1) ? candidate : null; // 3.
  }
}

/** What may not stand between the headline and a promoted region: the page's own paragraph or media. */
const NOT_BEFORE = new Set(['p', 'video', 'audio', 'iframe', 'object', 'embed', 'figure']);

/** Whether el is, or holds among its first P_SEARCH elements, one of NOT_BEFORE. */
function holdsOwnContent(el: Element): boolean {
  if (NOT_BEFORE.has(el.localName?.toLowerCase() ?? '')) return true;
  let seen = 0;
  for (let node = el.firstElementChild; node && seen++ < P_SEARCH; node = nextInside(node, el)) {
    if (NOT_BEFORE.has(node.localName?.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** 3.: the h1, or an element holding it, is among the BEFORE_SIBLINGS element siblings before el, none holding
 * a paragraph or media of the page's own. */
function followsHeadline(el: Element, h1: Element): boolean {
  let sib = el.previousElementSibling;
  for (let i = 0; sib && i < BEFORE_SIBLINGS; i++, sib = sib.previousElementSibling) {
    if (holdsOwnContent(sib)) return false;
    if (sib === h1 || sib.contains(h1)) return true;
  }
  return false;
}

/** Takes the regions out of the document; returns how many. One walk over its elements. */
export function removeRegions(doc: Document): number {
  const walk = new RegionWalk();
  const meter = new ProseMeter();
  let node: Element | null = doc.documentElement;
  while (node) {
    const name = node.localName?.toLowerCase() ?? '';
    walk.addProse(walk.visit(node, name), meter.measure(node, name));
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
