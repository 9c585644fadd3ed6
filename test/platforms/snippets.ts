// Markup snippet → spots, for the adapters' table tests: the snippet becomes the body of a page at `url`, the
// adapter reads every item in it as the feed would (fixtures.ts spotsOf), and each spot is summed up as the keys
// feed.ts would ask about, the element the chip goes to (its tag) and where.
import { parseHTML } from 'linkedom';
import { keysOf } from '../../src/content/feed';
import type { Adapter } from '../../src/content/platforms/types';
import { spotsOf } from './fixtures';

export interface SpotSummary {
  keys: string[];
  at: string;
  place: 'after' | 'append';
}

export function snippetDoc(url: string, body: string): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}

export function snippetSpots(adapter: Adapter, url: string, body: string): SpotSummary[] {
  return spotsOf(adapter, snippetDoc(url, body)).map((s) => {
    const k = keysOf(s);
    return { keys: [...k.accounts, ...k.hosts], at: s.at.localName, place: s.place ?? 'after' };
  });
}
