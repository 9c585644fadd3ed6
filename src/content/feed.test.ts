// The feed engine on the X fixture in linkedom (MutationObserver, shadow roots): chips land after exactly the
// elements the fixture names, each key is asked about once, appended posts get theirs, a changed href moves a chip,
// the platform switched off takes every chip away, stop() leaves nothing running.
import { backgroundAnswer, defaultSettings as defaults, expectedChips, loadFixture, settingsWithout } from '../../test/platforms/fixtures';
import { CHIP_SELECTOR } from './chip';
import { join } from 'node:path';
import { chipFilter } from '../wording/chips';
import { filterOf, startFeed } from './feed';
import { X_ADAPTER } from './platforms/x';

const settle = () => new Promise((r) => setTimeout(r, 60));

function setup(settings?: ReturnType<typeof settingsWithout>) {
  const { doc } = loadFixture('x-home');
  const asked: { accounts: string[]; hosts: string[] }[] = [];
  let offCalls = 0;
  const feed = startFeed(
    doc,
    X_ADAPTER,
    async (accounts, hosts) => {
      asked.push({ accounts, hosts });
      return backgroundAnswer('x', settings)(accounts, hosts);
    },
    () => offCalls++,
  );
  return { doc, feed, asked, offs: () => offCalls };
}

/** The element each chip belongs to: the one before it, or its parent when it ends it. */
function owners(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(CHIP_SELECTOR)).map((c) => (c.previousElementSibling?.hasAttribute('data-expect-chip') ? c.previousElementSibling : c.parentElement!));
}

test('chips after exactly the expected elements; every key asked once', async () => {
  const { doc, feed, asked } = setup();
  await settle();
  const want = expectedChips(doc).map((e) => e.at);
  expect(owners(doc)).toEqual(want);
  const all = asked.flatMap((a) => [...a.accounts, ...a.hosts]);
  expect(new Set(all).size).toBe(all.length);
  feed.stop();
});

test('posts appended later (infinite scroll) get their chips; nothing known is asked again', async () => {
  const { doc, feed, asked } = setup();
  await settle();
  const before = asked.length;
  const more = doc.querySelector('template[data-more]') as HTMLTemplateElement;
  const feedEl = doc.querySelector('[data-feed]')!;
  for (const n of Array.from(more.content.childNodes)) feedEl.append(n.cloneNode(true));
  await settle();
  expect(owners(doc).map((o) => o.getAttribute('data-expect-chip'))).toContain('x:@presstv');
  expect(asked.length).toBe(before + 1);
  expect(asked[before]!.accounts.sort()).toEqual(['x:@a_neighbour', 'x:@presstv']);
  // The same posts once more: chips, no question.
  for (const n of Array.from(more.content.childNodes)) feedEl.append(n.cloneNode(true));
  await settle();
  expect(asked.length).toBe(before + 1);
  expect(owners(doc).filter((o) => o.getAttribute('data-expect-chip') === 'x:@presstv')).toHaveLength(2);
  feed.stop();
});

test('an element reused for another account (its href changes): the chip follows the href', async () => {
  const { doc, feed } = setup();
  await settle();
  const rt = doc.querySelector('a[href="/RT_com"][data-expect-chip]')!;
  expect(rt.nextElementSibling?.matches(CHIP_SELECTOR)).toBe(true);
  rt.setAttribute('href', '/someone_else');
  await settle();
  expect(rt.nextElementSibling?.matches(CHIP_SELECTOR) ?? false).toBe(false);
  rt.setAttribute('href', '/PressTV');
  await settle();
  expect(rt.nextElementSibling?.matches(CHIP_SELECTOR)).toBe(true);
  feed.stop();
});

test('the platform switched off: no chip, and the feed tells the content script', async () => {
  const { doc, offs } = setup(settingsWithout('x'));
  await settle();
  expect(doc.querySelectorAll(CHIP_SELECTOR)).toHaveLength(0);
  expect(offs()).toBe(1);
});

test('stop() takes the chips away and reads nothing more', async () => {
  const { doc, feed, asked } = setup();
  await settle();
  feed.stop();
  expect(doc.querySelectorAll(CHIP_SELECTOR)).toHaveLength(0);
  const n = asked.length;
  const more = doc.querySelector('template[data-more]') as HTMLTemplateElement;
  for (const c of Array.from(more.content.childNodes)) doc.querySelector('[data-feed]')!.append(c.cloneNode(true));
  await settle();
  expect(asked.length).toBe(n);
  expect(doc.querySelectorAll(CHIP_SELECTOR)).toHaveLength(0);
});

test('the chip: a button with the words, its accessible name, in a closed shadow root', async () => {
  const { doc, feed } = setup();
  await settle();
  const host = doc.querySelector(CHIP_SELECTOR) as HTMLElement;
  expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
  expect(host.getAttribute('style')).toMatch(/display:\s*inline-block/);
  feed.stop();
});

test('a flood of posts past the pending bound (6,000 at once): every post still read, each key asked once', async () => {
  const { doc, feed, asked } = setup();
  await settle();
  const feedEl = doc.querySelector('[data-feed]')!;
  const more = doc.querySelector('template[data-more]') as HTMLTemplateElement;
  for (let i = 0; i < 3_000; i++) for (const n of Array.from(more.content.childNodes)) if (n.nodeType === 1) feedEl.append(n.cloneNode(true));
  await new Promise((r) => setTimeout(r, 400));
  const press = owners(doc).filter((o) => o.getAttribute('data-expect-chip') === 'x:@presstv');
  expect(press).toHaveLength(3_000);
  const all = asked.flatMap((a) => [...a.accounts, ...a.hosts]);
  expect(new Set(all).size).toBe(all.length);
  feed.stop();
}, 20_000);

test('refresh() (a settings change): every key asked again, the chips whose words did not change stay the same nodes', async () => {
  const { doc, feed, asked } = setup();
  await settle();
  const before = Array.from(doc.querySelectorAll(CHIP_SELECTOR));
  const n = asked.length;
  feed.refresh();
  await settle();
  expect(asked.length).toBeGreaterThan(n);
  expect(Array.from(doc.querySelectorAll(CHIP_SELECTOR))).toEqual(before);
  feed.stop();
});

test('with the background\'s filter: only keys that could get a chip are asked about, and the chips are the same', async () => {
  const { doc } = loadFixture('x-home');
  const asked: string[] = [];
  const feed = startFeed(
    doc,
    X_ADAPTER,
    async (accounts, hosts) => {
      asked.push(...accounts, ...hosts);
      return backgroundAnswer('x')(accounts, hosts);
    },
    () => undefined,
    async () => chipFilter('x', defaults()),
  );
  await settle();
  expect(owners(doc)).toEqual(expectedChips(doc).map((e) => e.at));
  // Nobody's accounts (the reposter, the quoting user, the look-alike) never leave the page.
  expect(asked).not.toContain('x:@media_watcher');
  expect(asked).not.toContain('x:@rt_com_fan');
  expect(asked).toEqual(expect.arrayContaining(['x:@rt_com', 'rt.com']));
  feed.stop();
});

test('the filter is a superset: every chip of every platform fixture passes it', () => {
  const { readdirSync } = require('node:fs') as typeof import('node:fs');
  const { ADAPTERS } = require('./platforms/index') as typeof import('./platforms/index');
  const { resolveChips } = require('../../test/platforms/fixtures') as typeof import('../../test/platforms/fixtures');
  let n = 0;
  for (const f of readdirSync(join(__dirname, '../../test/platforms')).filter((x: string) => x.endsWith('.html'))) {
    const { doc, url } = loadFixture(f.replace(/\.html$/, ''));
    const u = new URL(url);
    const adapter = ADAPTERS.find((a) => a.matches(u.hostname, u.pathname))!;
    const could = filterOf(chipFilter(adapter.platform, defaults()));
    for (const r of resolveChips(adapter, doc)) {
      n++;
      expect([f, could(`${/^[a-z]+:[@#]/.test(r.key) ? 'a' : 'h'} ${r.key}`)]).toEqual([f, true]);
    }
  }
  expect(n).toBeGreaterThan(30);
});

test('filterOf: hosts by the domain above them, path-scoped entries as written', () => {
  const could = filterOf({ on: true, accounts: ['x:@rt_com'], hosts: ['rt.com', 'odysee.com/@rtfrance:a'] });
  expect(['a x:@rt_com', 'h de.rt.com', 'h rt.com', 'h rt.com.', 'h odysee.com/@rtfrance:a'].map(could)).toEqual([true, true, true, true, true]);
  expect(['a x:@rt_com_fan', 'h notrt.com', 'h rt.com.example.org', 'h odysee.com/@someone', 'h com'].map(could)).toEqual([false, false, false, false, false]);
});
