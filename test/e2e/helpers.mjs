// Shared by chromium.e2e.mjs and firefox.e2e.mjs: the corpus pages served at their real addresses, what each one
// must produce, bounded waits, and the per-tab assertions (so both browsers are held to exactly the same checks).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeKey, servedUrl, startPageServer } from '../../scripts/page-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = { chrome: join(ROOT, 'dist', 'chrome'), firefox: join(ROOT, 'dist', 'firefox') };

/** Bounds for every step: a hung browser fails the test instead of hanging CI. */
export const LIMIT = { hook: 60_000, test: 30_000, step: 20_000 };

/**
 * The pages, in the order they are opened, and what each must produce.
 * `kind: undefined` = not asserted yet (the founding example waits for the detection engine to be complete); its badge
 * and banner are only checked to agree with whatever verdict it got.
 */
const SPECS = [
  { name: 'seed-rt-de-republish' },
  { name: 'rt-com-news-473849-morales', kind: 'state-media', warn: true, badge: '!', bannerHas: 'RT', popupKind: 'State media', outletName: 'RT' },
  { name: 'rdb-bbc-1', kind: 'public-media', warn: false, badge: 'PUB', popupKind: 'Public media' },
  { name: 'rdb-breitbart', kindIn: ['none', 'cites'], warn: false, badge: '', notOutlet: 'rt' }, // breitbart.com ends in "rt.com"
];

export const CASES = SPECS.map((spec) => {
  const dir = join(ROOT, 'test', 'corpus', spec.name);
  const { url } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  return { ...spec, file: join(dir, 'page.html'), url: servedUrl(url), route: routeKey(url), host: new URL(url).hostname };
});

export function startCorpusServer() {
  return startPageServer(Object.fromEntries(CASES.map((c) => [c.route, c.file])));
}

/** Requests the server saw that are not one of the test pages (or its host's favicon). Should be []. */
export function unexpectedRequests(requests) {
  const pages = new Set(CASES.map((c) => c.url));
  const favicons = new Set(CASES.map((c) => `http://${c.host}/favicon.ico`));
  return requests.filter((r) => !pages.has(r) && !favicons.has(r));
}

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Calls fn until it returns something truthy (errors count as "not yet"); fails with the last value/error. */
export async function poll(fn, what, ms = LIMIT.step, every = 100) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/**
 * Wraps a test body: bounded by `ms`, and once one body timed out (a hung browser) the rest fail at once instead of
 * each waiting for its own timeout.
 */
export function bounded(ms = LIMIT.test - 2_000) {
  let hungIn = null;
  return (name, fn) => async () => {
    if (hungIn) throw new Error(`not run: the browser stopped answering in "${hungIn}"`);
    try {
      return await withTimeout(fn(), ms, name);
    } catch (e) {
      if (String(e?.message).startsWith('timed out')) hungIn = name;
      throw e;
    }
  };
}

/**
 * Reads a tab's state until badge and banner have caught up with its stored verdict (the background stores the
 * verdict first, then sets the badge; the banner appears once the reply reaches the content script), at most `ms`.
 * Returns the last reading either way: the assertions decide.
 */
export async function settled(c, read, ms = 5_000) {
  const end = Date.now() + ms;
  for (;;) {
    const s = await read();
    const v = s.verdict;
    if ((v && (c.badge === undefined || s.badge === c.badge) && (!v.warn || (s.badge === '!' && s.bannerCount > 0))) || Date.now() > end) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * storage.session contents → { caseName: tabId }, matching each case by its verdict's url (the address the
 * content script saw). Returns null until every case has a verdict, so it can be polled.
 */
export function tabIdsFromSession(session) {
  const ids = {};
  for (const [key, verdict] of Object.entries(session ?? {})) {
    const m = /^verdict:(\d+)$/.exec(key);
    const c = m && CASES.find((x) => x.url === verdict?.url);
    if (c) ids[c.name] = Number(m[1]);
  }
  return CASES.every((c) => c.name in ids) ? ids : null;
}

/**
 * The checks for one tab, the same in both browsers.
 * @param {object} c        a CASES entry
 * @param {object} seen     { verdict, badge, bannerCount, bannerText?, popup: { kind, outletName } }
 */
export function assertTab(c, seen) {
  const { verdict, badge, bannerCount, bannerText, popup } = seen;
  assert.ok(verdict, `${c.name}: no verdict in storage.session (the content script did not report)`);
  assert.equal(verdict.url, c.url);
  const why = `${c.name}: verdict ${JSON.stringify({ kind: verdict.kind, warn: verdict.warn, outlet: verdict.outlet?.id ?? null })}`;
  if (c.kind) assert.equal(verdict.kind, c.kind, why);
  if (c.kindIn) assert.ok(c.kindIn.includes(verdict.kind), why);
  if (c.warn !== undefined) assert.equal(verdict.warn, c.warn, why);
  if (c.notOutlet) assert.notEqual(verdict.outlet?.id, c.notOutlet, why);
  if (c.badge !== undefined) assert.equal(badge, c.badge, `${c.name}: badge text`);
  // Badge and banner always agree with the stored verdict, whatever it is.
  if (verdict.warn) assert.equal(badge, '!', `${c.name}: a warning verdict shows "!"`);
  assert.equal(bannerCount, verdict.warn ? 1 : 0, `${c.name}: banner count (warn=${verdict.warn})`);
  if (c.bannerHas) {
    assert.equal(typeof bannerText, 'string', `${c.name}: banner text could not be read`);
    assert.ok(bannerText.includes(c.bannerHas), `${c.name}: banner text ${JSON.stringify(bannerText)} lacks ${JSON.stringify(c.bannerHas)}`);
  }
  assert.ok(popup.rendered, `${c.name}: popup did not set data-rendered`);
  assert.ok(popup.kind, `${c.name}: popup shows no .kind`);
  if (c.popupKind) assert.equal(popup.kind, c.popupKind, `${c.name}: popup .kind`);
  if (c.outletName) assert.equal(popup.outletName, c.outletName, `${c.name}: popup .outlet-name`);
}

/**
 * Text of a serialized DOM subtree, without <style> contents. Takes both serializations the tests get the banner's
 * closed shadow root in: DevTools protocol nodes (Chromium, DOM.getDocument pierce) and WebDriver BiDi node values
 * (Firefox, includeShadowTree "all").
 */
export function serializedText(n) {
  const v = n?.value ?? n ?? {};
  if ((v.localName ?? v.nodeName ?? '').toLowerCase() === 'style') return '';
  if (v.nodeType === 3) return v.nodeValue ?? '';
  return (v.children ?? []).map(serializedText).join('');
}

/** Runs in an extension page (popup.html?tab=N) once #app is rendered: what the popup shows. */
export function readPopup() {
  const app = document.getElementById('app');
  return {
    rendered: app?.getAttribute('data-rendered') === 'true',
    kind: app?.querySelector('.kind')?.textContent?.trim() ?? null,
    outletName: app?.querySelector('.outlet-name')?.textContent?.trim() ?? null,
  };
}
