// Shared by chromium.e2e.mjs and firefox.e2e.mjs: the corpus pages served at their real addresses, what each one
// must produce, bounded waits, and the per-tab assertions (so both browsers are held to exactly the same checks).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeKey, servedUrl, startPageServer } from '../../scripts/page-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The extension's storage keys (src/protocol/storage.ts reads the same file). */
export const STORAGE_KEYS = JSON.parse(readFileSync(join(ROOT, 'src', 'protocol', 'storage-keys.json'), 'utf8'));
const VERDICT_KEY = new RegExp(`^${STORAGE_KEYS.verdictPrefix}(\\d+)$`);
export const verdictKey = (tabId) => `${STORAGE_KEYS.verdictPrefix}${tabId}`;
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
    const m = VERDICT_KEY.exec(key);
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

// ---------------------------------------------------------------------------------------------------------------
// Browser drivers for reader.e2e.mjs and hostile.e2e.mjs: one object per launched browser with the same methods in
// Chromium (playwright-core, DevTools protocol) and Firefox ESR (puppeteer-core, WebDriver BiDi), so a scenario is
// written once and run in both. They use the same recipes as chromium.e2e.mjs and firefox.e2e.mjs (requests
// intercepted and forwarded to a local server in Chromium because of its HSTS preload list, Firefox's proxy prefs,
// the closed shadow root read through the protocol, badge and storage read inside the extension, a frozen browser
// killed by its profile or process).
// ---------------------------------------------------------------------------------------------------------------

/**
 * Like scripts/page-server.mjs (any host name, also as an HTTP proxy; every request in `requests`), plus per-route
 * response headers (a strict Content-Security-Policy) and bodies built on first use (generated megabyte pages).
 * @param {Record<string, string | {file?: string, body?: string | Buffer | (() => string), type?: string, headers?: object}>} routes  "host/path" → file or response
 */
export async function startTestServer(routes) {
  const requests = [];
  const built = new Map();
  const server = createServer((req, res) => {
    let url;
    try {
      url = new URL(/^https?:\/\//i.test(req.url ?? '') ? req.url : `http://${req.headers.host ?? 'localhost'}${req.url}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(url.href);
    const key = routes[`${url.hostname}${url.pathname}`] ? `${url.hostname}${url.pathname}` : `${url.hostname}/*`;
    const route = routes[key];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const r = typeof route === 'string' ? { file: route } : route;
    if (typeof r.body === 'function' && !built.has(key)) built.set(key, r.body());
    const body = typeof r.body === 'function' ? built.get(key) : (r.body ?? readFileSync(r.file));
    res.writeHead(200, { 'content-type': r.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...r.headers });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  /** The HTML served at `url`, as text (null for an unknown address). */
  const bodyOf = (url) => {
    const u = new URL(url);
    const route = routes[`${u.hostname}${u.pathname}`] ?? routes[`${u.hostname}/*`];
    if (!route) return null;
    const r = typeof route === 'string' ? { file: route } : route;
    return String(typeof r.body === 'function' ? r.body() : (r.body ?? readFileSync(r.file, 'utf8')));
  };
  return {
    port: server.address().port,
    requests,
    bodyOf,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/** A corpus page by directory name: { name, file, url (served over http), route, host }. */
export function corpusCase(name) {
  const dir = join(ROOT, 'test', 'corpus', name);
  const { url } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  return { name, file: join(dir, 'page.html'), url: servedUrl(url), route: routeKey(url), host: new URL(url).hostname };
}

/** Chromium's own update and time checks (made without the extension too): the browser's, not ours. */
export const CHROMIUM_OWN = /^https?:\/\/(update\.googleapis\.com|clients\d*\.google\.com|[\w-]+\.gvt1\.com)\//;

/** Last resort when close() fails or hangs: the processes of one Chromium, found by its own profile directory. */
export function killChromium(profile) {
  const pids = spawnSync('pgrep', ['-f', `--user-data-dir=${profile}`], { encoding: 'utf8' }).stdout.split(/\s+/).filter(Boolean);
  for (const pid of pids) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Firefox prefs: every request to the proxy at `port`, and none of Firefox's own background traffic. */
export function firefoxPrefs(port, addonId, uuid) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'network.stricttransportsecurity.preloadlist': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.translations.enable': false,
    'browser.safebrowsing.update.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'app.normandy.enabled': false,
    'app.update.auto': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'identity.fxaccounts.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.topsites.contile.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
  };
}

/** A serialized DOM node (DevTools protocol or WebDriver BiDi) in one shape. */
function nodeOf(n) {
  const v = n?.value ?? n ?? {};
  const a = v.attributes;
  const attrs = Array.isArray(a) ? Object.fromEntries(a.flatMap((x, i) => (i % 2 ? [] : [[x, a[i + 1]]]))) : (a ?? {});
  return {
    name: String(v.localName || v.nodeName || '').toLowerCase(),
    type: v.nodeType,
    attrs,
    children: v.children ?? [],
    shadow: v.shadowRoots?.[0] ?? v.shadowRoot ?? null,
    mode: v.shadowRootType ?? v.mode ?? null,
    ref: n?.sharedId ?? v.backendNodeId ?? null,
  };
}

/**
 * What one `[data-provenance-lens="banner"]` element shows, from its serialization with its shadow tree:
 * { tag, mode ('closed' | 'open' | null without a shadow root), text (without <style>), links [{href, target, rel,
 * text, ref}], buttons [{text, ref}], tags (every element name inside) }. `ref` is what clickRef takes.
 */
export function describeBannerNode(host) {
  const h = nodeOf(host);
  const out = { tag: h.name, mode: null, text: serializedText(host).replace(/\s+/g, ' ').trim(), links: [], buttons: [], tags: [] };
  if (!h.shadow) return out;
  out.mode = nodeOf(h.shadow).mode;
  out.text = serializedText(h.shadow).replace(/\s+/g, ' ').trim();
  const walk = (n) => {
    const x = nodeOf(n);
    if (x.type === 1) {
      out.tags.push(x.name);
      const text = serializedText(n).replace(/\s+/g, ' ').trim();
      if (x.name === 'a') out.links.push({ href: x.attrs.href ?? null, target: x.attrs.target ?? null, rel: x.attrs.rel ?? null, text, ref: x.ref });
      if (x.name === 'button') out.buttons.push({ text, ref: x.ref });
    }
    x.children.forEach(walk);
  };
  nodeOf(h.shadow).children.forEach(walk);
  return out;
}

/** Runs in an extension page once #app is rendered: everything the popup shows that the tests look at. */
export function readPopupDetails() {
  const app = document.getElementById('app');
  const text = (el) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  return {
    rendered: app?.getAttribute('data-rendered') === 'true',
    lang: document.documentElement.lang,
    kind: text(app?.querySelector('.kind')),
    outletName: text(app?.querySelector('.outlet-name')),
    country: text(app?.querySelector('.country')),
    category: text(app?.querySelector('.category')),
    republishedOn: text(app?.querySelector('.republished-on')),
    text: text(app),
    quotes: [...(app?.querySelectorAll('.evidence-text') ?? [])].map(text),
    originals: [...(app?.querySelectorAll('.originals a') ?? [])].map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    hrefs: [...(app?.querySelectorAll('[href], [src], [action], [formaction]') ?? [])].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction')),
    foreign: [...(app?.querySelectorAll('img, script, iframe, object, embed, svg, math, style, link, form') ?? [])].map((e) => e.localName),
    pwned: window.__pwned ?? null,
  };
}

/** Requests the server saw that are not the pages a test opened (or their hosts' favicons). */
function beyondOpened(requests, opened) {
  const favicons = new Set([...opened].map((u) => `${new URL(u).origin}/favicon.ico`));
  const bare = (u) => u.split('#')[0];
  const pages = new Set([...opened].map(bare));
  return requests.filter((r) => !pages.has(bare(r)) && !favicons.has(r));
}

/**
 * A private copy of a built extension for one browser run: other work on the same checkout may rebuild dist/ while
 * a test runs (node build.mjs writes the bundles in place), and a browser must not load a half-written content.js.
 */
function privateCopy(dist, dir) {
  const copy = join(dir, 'extension');
  cpSync(dist, copy, { recursive: true });
  return copy;
}

/**
 * Headless Chromium with dist/chrome, pages served by a startTestServer(routes) at their real addresses.
 * Returns a driver; see the methods below. `close()` is safe to call after a failed launch.
 */
export async function launchChromium(routes, { args = [] } = {}) {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1'; // the service worker's own requests are routed too
  const { openExtensionContext, serviceWorkerOf } = await import('../../scripts/chromium-extension.mjs');
  const server = await startTestServer(routes);
  const profile = mkdtempSync(join(tmpdir(), 'provenance-lens-e2e-chromium-'));
  const extension = privateCopy(DIST.chrome, profile);
  const opened = new Set();
  const cdps = new WeakMap();
  const worlds = new WeakMap(); // page → Map(execution context id → origin)
  const d = {
    name: 'Chromium',
    server,
    /** Requests from the extension's own contexts: service worker, extension pages, content script (initiator). */
    extensionRequests: [],
    /** The opened pages' own subresources: aborted, never served. */
    subresources: [],
    /** Console errors and uncaught exceptions of every world of the pages (content script's included): { page, kind, extension, text }. */
    errors: [],
    ctx: null,
    sw: null,
    extId: null,
  };
  let launching;
  d.close = async () => {
    d.ctx ??= await launching?.catch(() => null);
    try {
      if (d.ctx) await withTimeout(d.ctx.close(), LIMIT.step, 'closing Chromium');
    } catch {
      // killed below
    } finally {
      killChromium(profile); // only finds something when close() failed or hung
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
  try {
    launching = openExtensionContext(profile, { ext: extension, timeout: LIMIT.step, args: [`--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`, ...args] });
    d.ctx = await launching;
    d.ctx.setDefaultTimeout(LIMIT.step);
    await d.ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
      const r = route.request();
      let frameUrl = '';
      try {
        frameUrl = r.serviceWorker() ? '' : r.frame().url();
      } catch {
        // a request without a frame
      }
      if (r.serviceWorker() || frameUrl.startsWith('chrome-extension:')) {
        d.extensionRequests.push(`${r.serviceWorker() ? 'service worker' : frameUrl}: ${r.url()}`);
        return route.abort('blockedbyclient').catch(() => {});
      }
      const topNavigation = r.isNavigationRequest() && r.frame().parentFrame() === null;
      if (!topNavigation) {
        d.subresources.push(r.url());
        return route.abort('blockedbyclient').catch(() => {});
      }
      opened.add(r.url());
      const out = request({ host: '127.0.0.1', port: server.port, method: r.method(), path: r.url(), headers: { host: new URL(r.url()).host } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => route.fulfill({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }).catch(() => {}));
      });
      out.on('error', () => route.abort().catch(() => {}));
      out.end();
    });
    d.sw = await serviceWorkerOf(d.ctx, LIMIT.step);
    d.extId = new URL(d.sw.url()).host;
  } catch (e) {
    await d.close();
    throw e;
  }
  const extOrigin = `chrome-extension://${d.extId}`;

  /** Evaluates in the extension's service worker (chrome.* available). */
  d.ext = (fn, arg) => withTimeout(d.sw.evaluate(fn, arg), LIMIT.step, 'evaluating in the service worker');

  /** A new tab at `url`, with its requests and console watched from the start. */
  d.open = async (url, { waitUntil = 'load', timeout = LIMIT.step } = {}) => {
    const page = await d.ctx.newPage();
    const cdp = await d.ctx.newCDPSession(page);
    cdps.set(page, cdp);
    const contexts = new Map(); // execution context id → origin ('chrome-extension://…' for the content script's world)
    worlds.set(page, contexts);
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context.origin));
    cdp.on('Network.requestWillBeSent', (e) => {
      if (JSON.stringify(e.initiator).includes('chrome-extension://')) d.extensionRequests.push(`content script in ${url}: ${e.request.url}`);
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type !== 'error' && e.type !== 'assert') return;
      const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
      d.errors.push({ page: url, kind: 'console', extension: contexts.get(e.executionContextId) === extOrigin || text.includes('Provenance Lens'), text });
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: x }) => {
      const text = `${x.text} ${x.exception?.description ?? ''} ${x.url ?? ''}`;
      d.errors.push({ page: url, kind: 'exception', extension: contexts.get(x.executionContextId) === extOrigin || text.includes(extOrigin), text });
    });
    await Promise.all([cdp.send('Network.enable'), cdp.send('Runtime.enable')]);
    await page.goto(url, { waitUntil, timeout });
    return page;
  };

  /** Every `[data-provenance-lens="banner"]` of the page as describeBannerNode sees it (closed shadow roots pierced). */
  d.banners = async (page, selector = '[data-provenance-lens="banner"]') => {
    const cdp = cdps.get(page) ?? (await d.ctx.newCDPSession(page));
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const out = [];
    for (const nodeId of nodeIds) out.push(describeBannerNode((await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })).node));
    return out;
  };

  /**
   * Calls `fn` (a function source, `this` = the node) on a node a banner description refers to, in an isolated
   * world of the test's own (so a page that overwrote click() or getComputedStyle cannot fool the test).
   */
  d.callOnRef = async (page, ref, fn) => {
    const cdp = cdps.get(page) ?? (await d.ctx.newCDPSession(page));
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'provenance-lens-e2e' });
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: ref, executionContextId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true });
    return result.value;
  };

  /**
   * Evaluates `expression` in the content script's own world of a page (Chromium only): lets a test check that the
   * request and error watchers above do see what the content script does.
   */
  d.inContentScript = async (page, expression) => {
    const contextId = [...(worlds.get(page) ?? [])].findLast(([, origin]) => origin === extOrigin)?.[0];
    assert.ok(contextId, 'no content script world in this page');
    const { result } = await cdps.get(page).send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true });
    return result.value;
  };

  /** An extension page (popup.html?tab=N, options.html) once its #app is rendered. */
  d.openExtensionPage = async (path) => {
    const page = await d.ctx.newPage();
    await page.goto(`${extOrigin}/${path}`);
    await page.waitForSelector('#app[data-rendered="true"]', { state: 'attached' });
    return page;
  };

  /** Requests the server saw beyond the opened pages, their favicons and Chromium's own update checks (content script requests are in extensionRequests, by initiator). */
  d.unexpectedRequests = () => beyondOpened(server.requests, opened).filter((u) => !CHROMIUM_OWN.test(u));
  return withCommon(d);
}

/**
 * Headless Firefox ESR with dist/firefox as a temporary add-on, every request through its proxy to a
 * startTestServer(routes). Same driver methods as launchChromium.
 */
export async function launchFirefox(routes) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { FIREFOX } = await import('../browsers.mjs');
  const ADDON_ID = 'provenance-lens@provenance-lens.org';
  const UUID = '6c1e0d7a-2b4f-4c61-9e0a-1f3d5b7c9e21';
  const extOrigin = `moz-extension://${UUID}`;
  const SANDBOX = 'provenance-lens-e2e';
  const WARM_UP = 'http://provenance-lens-warm-up.example/';
  const server = await startTestServer({ ...routes, 'provenance-lens-warm-up.example/': { body: '<!DOCTYPE html><title>Warm-up</title><p>Ready.</p>' } });
  const copyDir = mkdtempSync(join(tmpdir(), 'provenance-lens-e2e-firefox-'));
  const extension = privateCopy(DIST.firefox, copyDir);
  const opened = new Set();
  const d = { name: 'Firefox', server, extensionRequests: [], subresources: [], errors: [], ff: null, probe: null };
  let launching;
  d.close = async () => {
    d.ff ??= await launching?.catch(() => null);
    const proc = d.ff?.process();
    try {
      if (d.ff) await withTimeout(d.ff.close(), LIMIT.step, 'closing Firefox');
    } catch {
      // killed below
    } finally {
      // close() can resolve while the process lives on (seen with a stopped Firefox): make sure it is gone.
      if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await server.close();
      rmSync(copyDir, { recursive: true, force: true });
    }
  };
  const openExtensionPage = async (path) => {
    const page = await d.ff.newPage();
    const url = `${extOrigin}/${path}`;
    page.goto(url, { timeout: LIMIT.step }).catch(() => {}); // never reports its load: poll instead
    await poll(() => page.evaluate((u) => location.href === u && document.getElementById('app')?.getAttribute('data-rendered') === 'true', url), `${url} rendered`);
    return page;
  };
  try {
    launching = puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs(server.port, ADDON_ID, UUID),
      timeout: LIMIT.step,
      protocolTimeout: LIMIT.step,
    });
    d.ff = await launching;
    assert.equal(await withTimeout(d.ff.installExtension(extension), LIMIT.step, 'installing the add-on'), ADDON_ID);
    d.probe = await openExtensionPage('popup.html');
  } catch (e) {
    await d.close();
    throw e;
  }

  /** Evaluates in an extension page (browser.* available). */
  d.ext = (fn, arg) => withTimeout(d.probe.evaluate(fn, arg), LIMIT.step, 'evaluating in the extension page');

  d.open = async (url, { waitUntil = 'load', timeout = LIMIT.step } = {}) => {
    const page = await d.ff.newPage();
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) {
        opened.add(r.url());
        return void r.continue().catch(() => {});
      }
      d.subresources.push([url, r.url()]);
      r.abort().catch(() => {});
    });
    page.on('console', (m) => m.type() === 'error' && d.errors.push({ page: url, kind: 'console', extension: m.text().includes('Provenance Lens') || String(m.location()?.url).startsWith(extOrigin), text: m.text() }));
    page.on('pageerror', (e) => d.errors.push({ page: url, kind: 'exception', extension: String(e?.stack ?? e).includes(extOrigin), text: String(e?.message ?? e) }));
    await page.goto(url, { waitUntil, timeout });
    return page;
  };

  /**
   * WebDriver BiDi serializes closed shadow trees on request (includeShadowTree "all"). Evaluated in a sandbox
   * realm of the page (Xray vision of the DOM), so a page that overwrote querySelectorAll and the like cannot hide
   * anything from the test.
   */
  d.banners = async (page, selector = '[data-provenance-lens="banner"]') => {
    const { result } = await d.ff.connection.send('script.evaluate', {
      expression: `[...document.querySelectorAll(${JSON.stringify(selector)})]`,
      target: { context: page.mainFrame()._id, sandbox: SANDBOX },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 16, includeShadowTree: 'all' },
    });
    return (result.result?.value ?? []).map(describeBannerNode);
  };

  d.callOnRef = async (page, ref, fn) => {
    const { result } = await d.ff.connection.send('script.callFunction', {
      functionDeclaration: fn,
      this: { sharedId: ref },
      target: { context: page.mainFrame()._id, sandbox: SANDBOX },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    return result.result?.value;
  };

  d.openExtensionPage = openExtensionPage;

  // A temporary add-on's content script is sometimes not yet in a page opened right after installExtension (seen
  // under load: no verdict, not even the gate's performance measure). A page that reports before the tests start
  // makes sure the add-on is in place; reloaded up to three times.
  try {
    const warm = await d.open(WARM_UP);
    for (let attempt = 1; ; attempt++) {
      const ok = await poll(async () => (await d.ext(() => browser.storage.session.get(null)).then((all) => Object.values(all).some((v) => v?.url === WARM_UP))) || null, 'the warm-up page\'s verdict', 5_000).catch(() => false);
      if (ok) break;
      if (attempt === 4) throw new Error('the content script never reported on the warm-up page');
      await warm.reload({ waitUntil: 'load' });
    }
    await warm.close();
  } catch (e) {
    await d.close();
    throw e;
  }

  /**
   * Everything goes through the proxy, so the server sees the background page's and extension pages' requests
   * too. Firefox gives no initiator, so a content script's request is told apart from the page's own by its host:
   * every host a tab asked for must be named in that page's HTML (its markup and inline scripts); the requests of
   * the pages themselves are aborted, so the server sees only what was opened. `scriptHosts`: page address → hosts
   * its own inline scripts put together (not named in the markup as such), checked by hand.
   */
  d.unexpectedRequests = ({ scriptHosts = {} } = {}) => {
    const html = new Map();
    const htmlOf = (page) => (html.has(page) ? html.get(page) : html.set(page, server.bodyOf(page) ?? '').get(page));
    const pagesOwn = ([page, u]) => {
      const { hostname, href } = new URL(u);
      return href === `${new URL(page).origin}/favicon.ico` || htmlOf(page).includes(hostname) || (scriptHosts[page] ?? []).includes(hostname);
    };
    const suspects = d.subresources.filter((x) => !pagesOwn(x)).map(([page, u]) => `content script? ${page}: ${u}`);
    return [...beyondOpened(server.requests, opened), ...suspects];
  };
  return withCommon(d);
}

/** The methods both drivers build from ext(), banners() and openExtensionPage(). */
function withCommon(d) {
  /** The stored verdict of a tab (storage.session), or undefined. */
  d.verdict = async (tabId) => (await d.ext((k) => (globalThis.browser ?? chrome).storage.session.get(k), verdictKey(tabId)))[verdictKey(tabId)];
  d.badge = (tabId) => d.ext((tabId) => (globalThis.browser ?? chrome).action.getBadgeText({ tabId }), tabId);
  d.badgeColor = (tabId) => d.ext((tabId) => (globalThis.browser ?? chrome).action.getBadgeBackgroundColor({ tabId }), tabId);
  /** Writes the settings object into storage.local (as the options page does), `null` removes it (defaults). */
  d.setSettings = (settings) => d.ext(([key, s]) => (s ? (globalThis.browser ?? chrome).storage.local.set({ [key]: s }) : (globalThis.browser ?? chrome).storage.local.remove(key)), [STORAGE_KEYS.settings, settings]);
  /**
   * The tab whose stored verdict is for `url` (the address the content script saw), waiting for it. When none comes,
   * the error says how far the content script got in `page` (its performance measures) and what was stored.
   */
  d.tabIdOf = async (url, ms = LIMIT.step, page = null) => {
    let stored = {};
    try {
      return await poll(async () => {
        stored = await d.ext(() => (globalThis.browser ?? chrome).storage.session.get(null));
        const hit = Object.entries(stored).find(([k, v]) => VERDICT_KEY.test(k) && v?.url === url);
        return hit ? Number(VERDICT_KEY.exec(hit[0])[1]) : null;
      }, `a verdict for ${url} in storage.session`, ms);
    } catch (e) {
      const measures = await page
        ?.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).join(' ') || 'none')
        .catch((x) => `unreadable: ${x.message}`);
      const errors = d.errors.filter((x) => x.page === url).map((x) => x.text);
      e.message += `; content script measures: ${measures ?? 'n/a'}; stored verdicts: ${JSON.stringify(Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v?.url])))}; page errors: ${JSON.stringify(errors)}`;
      throw e;
    }
  };
  /** Every chip of the page (feed.ts), as describeBannerNode sees it (closed shadow roots pierced). */
  d.chips = (page) => d.banners(page, '[data-provenance-lens="chip"]');
  /** The real banner (closed shadow root) of the page, or null. */
  d.banner = async (page) => (await d.banners(page)).find((b) => b.mode) ?? null;
  /** What the popup shows for a tab (readPopupDetails, or `read`). */
  d.popup = async (tabId, read = readPopupDetails) => {
    const page = await d.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      return await page.evaluate(read);
    } finally {
      await page.close().catch(() => {});
    }
  };
  return d;
}
