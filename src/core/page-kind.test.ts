import { emptyFacts } from './facts';
import { isSearchAddress, isSearchEngineHost, pageKind } from './page-kind';
import type { PageStructure } from './types';

const facts = (url: string, s: Partial<Omit<PageStructure, 'jsonLdTypes'>> & { jsonLdTypes?: readonly string[] }) => ({
  ...emptyFacts(url),
  structure: { ...emptyFacts(url).structure, ...s, jsonLdTypes: [...(s.jsonLdTypes ?? [])] },
});

test.each([
  ['DuckDuckGo results, 5 to 5 hosts', 'https://html.duckduckgo.com/html/?q=kremlin', { entries: 5, entryHosts: 5 }, 'listing'],
  ['Google results, 4 to 4 hosts', 'https://www.google.de/search?q=gas', { entries: 4, entryHosts: 4 }, 'listing'],
  ['tag page, 8 own teasers, og:type website', 'https://news.example/tag/rt/', { entries: 8, entryHosts: 0, ogType: 'website' }, 'listing'],
  ['aggregator front page, 12 headlines to 9 outlets', 'https://aggregator.example/', { entries: 12, entryHosts: 9, bodyChars: 240 }, 'listing'],
  ['CollectionPage with 4 entries', 'https://news.example/x', { entries: 4, entryHosts: 1, jsonLdTypes: ['CollectionPage'] }, 'listing'],
  ['reference list, 10 cited links to 6 hosts', 'https://wiki.example/wiki/List', { entries: 10, entryHosts: 6, bodyChars: 300 }, 'listing'],
  ['copied article + fake results (og website, CollectionPage, /search/?q=)', 'https://x.example/search/?q=a', { entries: 6, entryHosts: 5, bodyChars: 1_147, jsonLdTypes: ['CollectionPage'], ogType: 'website' }, 'article'],
  ['search address but og:type article', 'https://x.example/search?q=a', { entries: 5, entryHosts: 5, ogType: 'article' }, 'article'],
  ['WordPress tag archive (Yoast): og:type article + CollectionPage, 8 own teasers', 'https://news.example/thema/russland/', { entries: 8, entryHosts: 0, bodyChars: 239, ogType: 'article', jsonLdTypes: ['CollectionPage', 'WebSite'] }, 'listing'],
  ['og:type article + CollectionPage on a tag path, but one 1,200-character body', 'https://news.example/thema/russland/', { entries: 8, entryHosts: 0, bodyChars: 1_200, ogType: 'article', jsonLdTypes: ['CollectionPage'] }, 'article'],
  ['og:type article on a tag path, 8 teasers, no listing type', 'https://news.example/tag/russland/', { entries: 8, entryHosts: 0, ogType: 'article' }, 'article'],
  ['NewsArticle JSON-LD, no listing type', 'https://x.example/a', { entries: 6, entryHosts: 6, jsonLdTypes: ['NewsArticle'] }, 'article'],
  ['<br>-separated body, no <p> (1,334 of direct text) + 5 headlines to 5 hosts', 'https://x.example/a', { entries: 5, entryHosts: 5, bodyChars: 1_334 }, 'article'],
  ['paragraphs in divs of their own (1,334 summed), og:type website, ItemList, 5 headlines', 'https://x.example/a', { entries: 5, entryHosts: 5, bodyChars: 1_334, ogType: 'website', jsonLdTypes: ['ItemList'] }, 'article'],
  ['3 headed links to 3 hosts, nothing else', 'https://x.example/a', { entries: 3, entryHosts: 3 }, 'article'],
  ['no entries', 'https://x.example/a', {}, 'article'],
] as const)('%s → %s', (_name, url, s, kind) => {
  expect(pageKind(facts(url, s))).toBe(kind);
});

test.each([
  ['https://html.duckduckgo.com/html/?q=a', true],
  ['https://www.bing.com/search?q=a', true],
  ['https://news.example/suche?query=a', true],
  ['https://news.example/search', false],
  ['https://news.example/2024/05/q-and-a?q=', false],
  ['not a url', false],
] as const)('isSearchAddress(%s) = %s', (url, yes) => {
  expect(isSearchAddress(url)).toBe(yes);
});

test.each([
  ['www.google.de', true],
  ['html.duckduckgo.com', true],
  ['search.brave.com', true],
  ['www.bing.com', true],
  ['google.co.uk', true],
  ['notgoogle.com', false],
  ['google.example1.com', false],
  ['brave.com', false],
  ['rt.com', false],
  [`${'a.'.repeat(5_000)}com`, false],
])('isSearchEngineHost(%j) = %s', (host, yes) => {
  expect(isSearchEngineHost(host)).toBe(yes);
});
