// Issue 13 end to end: every platform fixture (test/platforms/*.html, in the shape of the platform's real markup)
// opens at its platform's address in headless Chromium and Firefox ESR. Chips must sit on exactly the elements the
// fixture marks (data-expect-chip), in closed shadow roots with their words; posts appended later (infinite scroll)
// and an in-page navigation get theirs; a platform switched off in the options loses them; no request leaves the
// extension. The same fixtures are checked in Node by each adapter's unit test (test/platforms/fixtures.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { routeKey, servedUrl } from '../../scripts/page-server.mjs';
import { bounded, launchChromium, launchFirefox, LIMIT, poll, ROOT } from './helpers.mjs';

const DIR = join(ROOT, 'test', 'platforms');
export const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => {
    const html = readFileSync(join(DIR, f), 'utf8');
    const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
    if (!url) throw new Error(`${f}: no <!-- url: … --> line`);
    // An optional second line names the outlet whose verdict the page gets (its address is a listed account).
    const verdict = /^<!--\s*url:[^\n]*\n<!--\s*verdict:\s*([\w-]+)/.exec(html)?.[1] ?? null;
    return { name: f.replace(/\.html$/, ''), file: join(DIR, f), url: servedUrl(url), route: routeKey(url), more: /<template data-more/.test(html.replace(/<!--[\s\S]*?-->/g, '')), verdict };
  });

/** Runs in the page: each chip's owner (the element before it, or the one it ends) → its data-expect-chip; and the expected ones. */
function chipOwners() {
  const mark = (e) => e?.getAttribute('data-expect-chip') ?? `(unexpected ${e?.localName} ${(e?.textContent ?? '').trim().slice(0, 30)})`;
  const got = [...document.querySelectorAll('[data-provenance-lens="chip"]')].map((c) => {
    const prev = c.previousElementSibling;
    return mark(prev?.hasAttribute('data-expect-chip') || c.parentElement?.lastElementChild !== c ? prev : c.parentElement);
  });
  const want = [...document.querySelectorAll('[data-expect-chip]')].map(mark);
  return { got, want };
}

/** Runs in the page: appends the fixture's later posts (its <template data-more>) where its feed is. */
function appendMore() {
  const t = document.querySelector('template[data-more]');
  const feed = document.querySelector('[data-feed]');
  feed.append(t.content.cloneNode(true));
}

/** Runs in the page: an in-page navigation (pushState) that replaces the feed with the later posts. */
function navigateInPage() {
  history.pushState({}, '', `${location.pathname.replace(/\/$/, '')}/next`);
  const t = document.querySelector('template[data-more]');
  const feed = document.querySelector('[data-feed]');
  feed.replaceChildren(t.content.cloneNode(true));
}

const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

async function chipsRight(d, page, what) {
  let last;
  try {
    return await poll(async () => {
      last = await page.evaluate(chipOwners);
      return last.want.length > 0 && same(last.got, last.want) ? last : null;
    }, what);
  } catch (e) {
    e.message += ` — chips on ${JSON.stringify(last?.got)}, expected on ${JSON.stringify(last?.want)}`;
    throw e;
  }
}

function platformSuite(launch) {
  const browser = launch === launchChromium ? 'Chromium' : 'Firefox';
  describe(`${browser}: chips on platform pages and search results`, { timeout: 8 * LIMIT.hook }, () => {
    let d;
    const run = bounded();
    const pages = {};

    before(async () => {
      d = await launch(Object.fromEntries(FIXTURES.map((f) => [f.route, f.file])));
      for (const f of FIXTURES) pages[f.name] = await d.open(f.url);
    }, { timeout: 4 * LIMIT.hook });

    after(async () => {
      await d?.close();
    }, { timeout: LIMIT.hook });

    for (const f of FIXTURES) {
      test(`${f.name}: chips on exactly the marked elements, closed, with words`, { timeout: LIMIT.test }, run(f.name, async () => {
        await chipsRight(d, pages[f.name], `the chips of ${f.name}`);
        const chips = await d.chips(pages[f.name]);
        assert.ok(chips.length > 0);
        for (const c of chips) {
          assert.equal(c.mode, 'closed', `${f.name}: a chip without a closed shadow root`);
          assert.equal(c.buttons.length, 1, `${f.name}: a chip is one button`);
          assert.match(c.buttons[0].text, /\S · \S|Works for|Imitates/, `${f.name}: chip words ${c.buttons[0].text}`);
        }
      }));
      if (f.verdict) {
        test(`${f.name}: the address is a listed account of ${f.verdict}: its verdict, the red badge and the banner`, { timeout: LIMIT.test }, run(`${f.name} verdict`, async () => {
          const id = await d.tabIdOf(f.url, LIMIT.step, pages[f.name]);
          const v = await d.verdict(id);
          assert.equal(v.kind, 'state-media');
          assert.equal(v.warn, true);
          assert.equal(v.outlet?.id, f.verdict);
          assert.ok(v.site.account, 'the verdict names the account');
          await poll(async () => (await d.badge(id)) === '!', `badge "!" on ${f.name}`);
          await poll(async () => (await d.banner(pages[f.name])) ?? null, `the banner on ${f.name}`);
        }));
      }
      if (f.more) {
        test(`${f.name}: posts appended later, then an in-page navigation, get their chips`, { timeout: LIMIT.test }, run(`${f.name} more`, async () => {
          const page = pages[f.name];
          await chipsRight(d, page, `the first chips of ${f.name}`);
          await page.evaluate(appendMore);
          await page.evaluate(appendMore);
          const appended = await chipsRight(d, page, `chips on the appended posts of ${f.name}`);
          await page.evaluate(navigateInPage);
          const navigated = await chipsRight(d, page, `chips after an in-page navigation on ${f.name}`);
          assert.ok(navigated.want.length < appended.want.length, 'the navigation replaced the feed');
        }));
      }
    }

    test('x-home: a chip says "State media · Russia"', { timeout: LIMIT.test }, run('x words', async () => {
      const texts = (await d.chips(pages['x-home'])).map((c) => c.buttons[0]?.text);
      assert.ok(texts.includes('State media · Russia'), JSON.stringify(texts));
    }));

    test('X switched off in the options: its chips go, the other platforms keep theirs', { timeout: LIMIT.test }, run('switch', async () => {
      const other = FIXTURES.find((f) => !f.name.startsWith('x-'));
      await d.setSettings({ version: 1, platforms: { x: false } });
      try {
        await poll(async () => (await pages['x-home'].evaluate(chipOwners)).got.length === 0, 'no chip on x-home');
        if (other) await chipsRight(d, pages[other.name], `the chips of ${other.name} with X off`);
      } finally {
        await d.setSettings(null);
      }
      await poll(async () => (await pages['x-home'].evaluate(chipOwners)).got.length > 0, 'chips back on x-home');
    }));

    test('not one request from the extension', { timeout: LIMIT.test }, () => {
      assert.deepEqual(d.extensionRequests, []);
      assert.deepEqual(d.unexpectedRequests(), []);
    });
  });
}

platformSuite(launchChromium);
platformSuite(launchFirefox);
