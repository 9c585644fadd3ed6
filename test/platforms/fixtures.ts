// Platform fixtures (test/platforms/*.html): pages in the shape of each platform's real markup, each opened at its
// real address (the first line: <!-- url: https://x.com/home -->, then a comment saying where its structure comes
// from). The element each chip must follow (or end, for an adapter's `append` spots) carries
// data-expect-chip="<what the chip answers for: an account key like x:@rt_com, or a link host like rt.com>"; no
// other element may get a chip. Adapters never read data-expect-* (a test below checks it). A <template data-more>
// holds posts the end-to-end tests append (infinite scroll); data-feed marks where they go.
//
// Here, in Node: the adapter reads the fixture's items and its page spots (linkedom), feed.ts's keysOf gives each
// spot's keys, and the background's own wording (wording/chips.ts with the real registry) decides which get a chip,
// as the extension does; the browsers do the same end to end (test/e2e/platforms.e2e.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { catalogueTranslator } from '../../src/i18n/catalogue';
import { keysOf } from '../../src/content/feed';
import type { Adapter, Spot } from '../../src/content/platforms/types';
import { defaults, type Settings } from '../../src/settings/schema';
import { chipsFor } from '../../src/wording/chips';

export const FIXTURES = join(__dirname);

export interface Fixture {
  name: string;
  url: string;
  html: string;
  doc: Document;
}

/** A fixture as a linkedom document whose base address is its real one. */
export function loadFixture(name: string): Fixture {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!m) throw new Error(`${name}.html: first line must be <!-- url: … -->`);
  const url = m[1]!;
  const { document } = parseHTML(html);
  // linkedom resolves relative hrefs against document.baseURI: give it the page's own address.
  const doc = document as unknown as Document;
  if (!doc.querySelector('base')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    (doc.head ?? doc.documentElement).prepend(base);
  }
  return { name, url, html, doc };
}

export interface Resolved {
  at: Element;
  /** The key or host that answered with a chip. */
  key: string;
  text: string;
}

/** The spots of every item and of the page, as the feed reads them (templates' contents are not in the page). */
export function spotsOf(adapter: Adapter, doc: Document): Spot[] {
  const items = Array.from(doc.querySelectorAll(adapter.items)).filter((i) => !i.closest('template'));
  return [...(adapter.page?.(doc) ?? []), ...items.flatMap((i) => adapter.read(i))];
}

/** Which spots get a chip, and with which words (English, default settings unless given). */
export function resolveChips(adapter: Adapter, doc: Document, settings: Settings = defaults()): Resolved[] {
  const w = { t: catalogueTranslator('en').t, lang: 'en' };
  const out: Resolved[] = [];
  const seen = new Set<Element>();
  for (const spot of spotsOf(adapter, doc)) {
    const keys = keysOf(spot);
    const reply = chipsFor(adapter.platform, keys.accounts, keys.hosts, settings, w);
    // The first key with an answer wins, accounts (ids before handles) then hosts, as feed.ts settles a spot.
    const hit = keys.accounts.find((k) => reply.accounts[k]) ?? keys.hosts.find((h) => reply.hosts[h]);
    if (!hit || seen.has(spot.at)) continue;
    seen.add(spot.at);
    out.push({ at: spot.at, key: hit, text: (reply.accounts[hit] ?? reply.hosts[hit])!.text });
  }
  return out;
}

/** The elements the fixture says must get a chip, with the key each answers for. */
export function expectedChips(doc: Document): { at: Element; key: string }[] {
  return Array.from(doc.querySelectorAll('[data-expect-chip]'))
    .filter((e) => !e.closest('template'))
    .map((at) => ({ at, key: at.getAttribute('data-expect-chip')! }));
}

/** A short description of an element for failure messages: its tag, test id and text. */
export function describeEl(el: Element): string {
  const id = el.getAttribute('data-testid') ?? el.getAttribute('data-e2e') ?? el.getAttribute('id') ?? '';
  return `<${el.localName}${id ? ` ${id}` : ''}> ${JSON.stringify((el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40))}`;
}

/** The background's answer to a feed's question, as pipeline.ts gives it (English words, `settings` or the defaults). */
export function backgroundAnswer(platform: Adapter['platform'], settings: Settings = defaults()) {
  const w = { t: catalogueTranslator('en').t, lang: 'en' };
  return async (accounts: string[], hosts: string[]) => chipsFor(platform, accounts, hosts, settings, w);
}

/** The default settings with one platform switched off. */
export function settingsWithout(platform: Adapter['platform']): Settings {
  const s = defaults();
  s.platforms[platform] = false;
  return s;
}

export const defaultSettings = defaults;
