/*
 * Page kind: is the page one article, or a listing of other pages' entries (search results, a tag or topic page, an
 * aggregator's front page, a feed, a reference list)? A listing shows other articles' titles and snippets, an RT
 * result's "… — RT Russia & Former Soviet Union" among them: that title is the result's, not the page's, and a
 * listing can cite an outlet but never carry its article (score.ts).
 *
 * Decided from the page's structure (facts.structure, extract/structure.ts), never from a list of sites alone:
 * 1. No dominant article body: the most prose under one element stays below MAX_BODY_CHARS. A real republisher
 *    that wraps a copied article in a fake result list keeps the article's body, so it stays an article. Prose is
 *    <p> text and text directly in a container (a `<br>`-separated body without <p>), and a linkless element's
 *    prose counts for its parent too (a body with every paragraph in a div of its own): structure.ts.
 * 2. og:type "article", or a JSON-LD article type, says article unless the JSON-LD declares a listing type: such
 *    declarations only ever keep the old verdict (a republisher gains nothing by them). The listing type wins because
 *    og:type has no word for a listing and Yoast SEO gives every WordPress tag and category archive og:type "article"
 *    beside its CollectionPage (own-de-wp-tag-page-rt-de-teaser); a copied article keeps its body either way (1.).
 * 3. Then one of: many entries towards many hosts (results, many outlets' headlines, references); a search address
 *    (/search?q=, /html/?q=, ?q= on a search path) or a listing JSON-LD type (SearchResultsPage, CollectionPage,
 *    ItemList …) with a few entries; a tag, topic or category path with many entries.
 *
 * | page                                                                                       | kind    |
 * |--------------------------------------------------------------------------------------------|---------|
 * | html.duckduckgo.com/html/?q=…, 5 results to 5 hosts, no prose body                          | listing |
 * | google.de/search?q=…, 4 results (a > h3) to 4 hosts                                         | listing |
 * | news.example/tag/rt/, 8 teasers to its own articles, og:type website                        | listing |
 * | aggregator front page, 12 headlines to 9 outlets                                            | listing |
 * | CollectionPage JSON-LD, 4 entries                                                           | listing |
 * | reference list: 10 cited links to 6 hosts, short intro                                      | listing |
 * | one long article (1,150 characters of prose in one element) + 5 related results, og:type   | article |
 * | website, CollectionPage, a /search/?q= address                                              |         |
 * | search address with 5 results but og:type article                                           | article |
 * | WordPress tag archive (Yoast): og:type article + CollectionPage, 8 own teasers, /thema/ path  | listing |
 * | og:type article + CollectionPage, /thema/ path, 8 teasers, but 1,200 characters of one body  | article |
 * | og:type article, /tag/ path, 8 teasers, no listing type                                     | article |
 * | 3 headed links to 3 hosts, no search address, no listing type                               | article |
 * | <br>-separated body without <p> (1,334 characters of direct text) + 5 headlines to 5 hosts | article |
 * | every paragraph in its own div (1,334 summed), og:type website, ItemList, 5 headlines       | article |
 * | a page with no entries                                                                      | article |
 */
import type { PageFacts } from './types';

export type PageKind = 'article' | 'listing';

/** An article body holds at least this much prose in one element (two paragraphs of a short article); a listing's
 * snippets and teasers, one paragraph of at most about 300 characters per entry element, never do. */
export const MAX_BODY_CHARS = 500;
/** Entries and distinct other hosts that make a listing by themselves. */
export const MANY_ENTRIES = 5;
export const MANY_HOSTS = 3;
/** Entries enough when the address or the JSON-LD already says listing. */
export const FEW_ENTRIES = 3;

const LISTING_TYPES = new Set(['searchresultspage', 'collectionpage', 'itemlist', 'profilepage', 'datafeed']);
const ARTICLE_TYPES = new Set(['article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'blogposting', 'opinionnewsarticle', 'liveblogposting']);
// Search paths of search engines and site searches: /search, /html/ (DuckDuckGo), /s, /suche, /recherche, /buscar …
const SEARCH_PATH = /^\/(?:html|search|s|find|suche|recherche|buscar|busca|cerca|poisk|szukaj|results?|sp\/search)(?:\/|$)/i;
const QUERY_PARAMS = ['q', 'query', 'text', 'p', 'wd', 'search', 's'];
// Tag, topic, category and section pages, in the languages of the corpus.
const LISTING_PATH = /\/(?:tags?|topics?|themen?|thema|schlagworte?|stichworte?|category|categories|kategorie|rubrik|section|sujet|tema|temas|etiqueta|tagged|dossier)(?:\/|$)/i;

/** The address is a search: a search path with a query parameter (or any query on a search engine's own host). */
export function isSearchAddress(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const hasQuery = QUERY_PARAMS.some((p) => !!u.searchParams.get(p)?.trim());
  return hasQuery && (SEARCH_PATH.test(u.pathname) || isSearchEngineHost(u.hostname));
}

const SEARCH_ENGINES = new Set(['duckduckgo', 'startpage', 'bing', 'google', 'yandex', 'ecosia', 'qwant']);

/**
 * A search engine's host in any country (www.google.de, html.duckduckgo.com, search.brave.com): one of the names
 * above as a label followed only by letter labels. Label by label, not a regular expression over the host (the one
 * it replaces was quadratic on long hosts of dots).
 */
export function isSearchEngineHost(hostname: string): boolean {
  const labels = hostname.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const engine = SEARCH_ENGINES.has(labels[i]!) || (labels[i] === 'search' && labels[i + 1] === 'brave');
    if (engine && labels.slice(i + 1).every((l) => /^[a-z]+$/.test(l))) return true;
  }
  return false;
}

function isListingPath(url: string): boolean {
  try {
    return LISTING_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export function pageKind(facts: PageFacts): PageKind {
  const s = facts.structure;
  if (s.bodyChars >= MAX_BODY_CHARS) return 'article';
  const types = s.jsonLdTypes.map((t) => t.toLowerCase().replace(/^https?:\/\/schema\.org\//, ''));
  const listingType = types.some((t) => LISTING_TYPES.has(t));
  if (s.ogType?.toLowerCase() === 'article' && !listingType) return 'article';
  if (!listingType && types.some((t) => ARTICLE_TYPES.has(t))) return 'article';
  if (s.entries >= MANY_ENTRIES && s.entryHosts >= MANY_HOSTS) return 'listing';
  if (s.entries >= FEW_ENTRIES && (listingType || isSearchAddress(facts.url))) return 'listing';
  if (s.entries >= MANY_ENTRIES && isListingPath(facts.url)) return 'listing';
  return 'article';
}
