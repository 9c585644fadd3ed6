// End-to-end in headless Chromium (playwright-core, Debian's /usr/bin/chromium, the built dist/chrome):
// the corpus pages are opened at their real addresses, served by the local page server, then per tab: the verdict
// in storage.session, the badge, the banner and the popup.
//
// Why pages are not fetched through --host-resolver-rules alone: www.rt.com and www.bbc.com are on Chromium's
// built-in HSTS preload list, so http://www.rt.com/... is upgraded to https before any request is made and fails
// with net::ERR_SSL_PROTOCOL_ERROR (no flag turns the preload list off). So every http(s) request of the pages is
// intercepted (before the HSTS upgrade) and forwarded to the page server as a proxy request; the resolver rule stays
// as a safety net, so anything not intercepted still lands on the local server and nothing leaves the machine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openExtensionContext, serviceWorkerOf } from '../../scripts/chromium-extension.mjs';
import { assertTab, bounded, CASES, CHROMIUM_OWN, DIST, LIMIT, poll, readPopup, serializedText, settled, startCorpusServer, tabIdsFromSession, unexpectedRequests, verdictKey, withTimeout } from './helpers.mjs';

// Lets the context report the extension service worker's own requests too (there must be none).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** Answers an intercepted request from the page server (absolute-form request, as to an HTTP proxy). */
function forward(route, port) {
  const req = route.request();
  const out = request({ host: '127.0.0.1', port, method: req.method(), path: req.url(), headers: { host: new URL(req.url()).host } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => route.fulfill({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }).catch(() => {}));
  });
  out.on('error', () => route.abort().catch(() => {}));
  out.end();
}

/** Last resort when close() fails or hangs: the processes of this run's browser, found by its own profile directory. */
function killBrowser(profile) {
  const pids = spawnSync('pgrep', ['-f', `--user-data-dir=${profile}`], { encoding: 'utf8' }).stdout.split(/\s+/).filter(Boolean);
  for (const pid of pids) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Text inside the banner's CLOSED shadow root, read through the DevTools protocol (pierce), not through the page. */
async function bannerText(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n) => (n.attributes?.join('\u0000').includes('data-provenance-lens\u0000banner') ? n : (n.children ?? []).map(find).find(Boolean));
    const host = find(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    assert.equal(shadow.shadowRootType, 'closed', 'the banner shadow root must be closed');
    return serializedText(shadow);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

describe('Chromium: extension on corpus pages', { timeout: 4 * LIMIT.hook }, () => {
  let server, ctx, launching, sw, extId, profile;
  const run = bounded();
  const pages = {}; // case name → page
  const ids = {}; // case name → tab id
  const subresources = []; // the corpus pages' own images, scripts, frames…: answered with an abort, never served
  const fromExtensionCode = []; // requests whose initiator stack is in the extension (content script included)

  before(async () => {
    server = await startCorpusServer();
    profile = mkdtempSync(join(tmpdir(), 'provenance-lens-chromium-'));
    launching = openExtensionContext(profile, { ext: DIST.chrome, timeout: LIMIT.step, args: [`--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`] });
    ctx = await launching;
    ctx.setDefaultTimeout(LIMIT.step);
    // Case pages, and anything the service worker or an extension page asks for, go to the page server (and so into
    // server.requests); what a corpus page itself loads is aborted, so the server sees exactly what we opened.
    await ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
      const r = route.request();
      const fromPage = !r.serviceWorker() && !r.frame().url().startsWith('chrome-extension:');
      const opened = r.isNavigationRequest() && r.frame().parentFrame() === null && CASES.some((c) => c.url === r.url());
      if (fromPage && !opened) {
        subresources.push(r.url());
        return route.abort('blockedbyclient').catch(() => {});
      }
      forward(route, server.port);
    });
    sw = await serviceWorkerOf(ctx, LIMIT.step);
    extId = new URL(sw.url()).host;
    const blank = ctx.pages();
    for (const c of CASES) {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (e) => JSON.stringify(e.initiator).includes('chrome-extension://') && fromExtensionCode.push(e.request.url));
      await cdp.send('Network.enable');
      await page.goto(c.url, { waitUntil: 'load' });
      pages[c.name] = page;
    }
    for (const p of blank) await p.close();
    Object.assign(ids, await poll(async () => tabIdsFromSession(await sw.evaluate(() => chrome.storage.session.get(null))), 'a verdict for every page in storage.session'));
  }, { timeout: LIMIT.hook });

  after(async () => {
    ctx ??= await launching?.catch(() => null);
    try {
      if (ctx) await withTimeout(ctx.close(), LIMIT.step, 'closing Chromium');
    } finally {
      if (profile) killBrowser(profile); // only finds something when close() failed or hung
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    }
  }, { timeout: LIMIT.hook });

  const badgeOf = (tabId) => sw.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);

  async function observe(c) {
    const tabId = ids[c.name];
    const page = pages[c.name];
    const seen = await settled(c, async () => ({
      verdict: (await sw.evaluate((k) => chrome.storage.session.get(k), verdictKey(tabId)))[verdictKey(tabId)],
      badge: await badgeOf(tabId),
      bannerCount: await page.locator('[data-provenance-lens="banner"]').count(),
    }));
    const popupPage = await ctx.newPage();
    try {
      await popupPage.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
      await popupPage.waitForSelector('#app[data-rendered="true"]', { state: 'attached' });
      const popup = await popupPage.evaluate(readPopup);
      return { ...seen, bannerText: seen.bannerCount ? await bannerText(ctx, page) : null, popup };
    } finally {
      await popupPage.close();
    }
  }

  for (const c of CASES) {
    test(`${c.name} (${c.url})`, { timeout: LIMIT.test }, run(c.name, async () => {
      assertTab(c, await observe(c));
    }));
  }

  test('two tabs hold different badges at the same time', { timeout: LIMIT.test }, run('badges', async () => {
    const [rt, bbc] = await Promise.all([badgeOf(ids['rt-com-news-473849-morales']), badgeOf(ids['rdb-bbc-1'])]);
    assert.deepEqual({ rt, bbc }, { rt: '!', bbc: 'PUB' });
    assert.equal(await badgeOf(undefined), '', 'the global (no tab) badge stays empty');
  }));

  test('nothing but the test pages went over the network', { timeout: LIMIT.test }, async () => {
    assert.deepEqual(unexpectedRequests(server.requests).filter((u) => !CHROMIUM_OWN.test(u)), []);
    for (const c of CASES) assert.equal(server.requests.filter((u) => u === c.url).length, 1, `${c.url} served once`);
    assert.deepEqual(fromExtensionCode, [], 'requests started by extension code');
    assert.ok(subresources.length > 0, 'the corpus pages\' own subresources were seen (and aborted)');
  });
});
