// Content script: digest → (background: gate) → markup → (background: extraction, language, analysis, wording)
// → banner, in the top frame of http(s) pages, with link markers beside it and a fresh analysis after every
// same-page navigation. The page's main thread pays for reading the digest, serialising the page when the gate
// opens, and drawing; everything else runs in the background. Nothing here may throw into the page or write to
// its console, except a real bug of ours. Each phase is a performance measure ("provenance-lens:<phase>") for
// `npm run bench`: start (this script's own start-up), gate (the digest), markers, extract (serialising), post
// (handing a message to the browser), analyze (waiting for the background, off the main thread), background (the
// background's own time for the page), banner.
import type { MarkerTitles, Message, Reply, RequestType } from '../protocol/messages';
import { onLocalChange, send } from '../platform/runtime';
import { SETTINGS_KEY } from '../protocol/storage';
import type { BannerModel } from '../wording/banner-model';
import { removeBanner, showBanner, type BannerHandle } from './banner';
import { readDigest, servedPage } from './digest';
import { startFeed, type Feed } from './feed';
import { removeMarkers, startLinkMarkers } from './link-markers';
import { serialise } from './markup';
import { orphaned } from './orphaned';
import { watchUrl } from './navigation';
import { adapterFor, type Adapter } from './platforms/index';
import { measure, whenIdle, yieldToBrowser } from './schedule';

/** Set by the first statement of the bundle (build.mjs banner), so "start" covers evaluating every module. */
declare const __plStart: number | undefined;
const scriptStart = typeof __plStart === 'number' ? __plStart : performance.now();
/**
 * The page as served, read at this script's first run (document_idle), before the reader can have translated it:
 * Google Translate residue that appears later is the reader's own translation (core/signals/mt-dom-residue.ts).
 * Kept for the document's life: a same-page navigation does not reload it.
 */
const served = servedPage(document);

const state = {
  banner: null as BannerHandle | null,
  /** Bumped by every analysis: a slower, older one finds itself stale and stops. */
  run: 0,
  stopped: false,
  /** The hosts the last digest read (for markers after a settings change). */
  hosts: [] as string[],
  /** Undone on pagehide, redone on pageshow from the back/forward cache. */
  stops: [] as (() => void)[],
  /**
   * The settings listener, added only once something on the page depends on the settings (a banner, markers, or
   * markers turned off); then for the document's life, undone only when the extension goes away.
   */
  listeners: [] as (() => void)[],
  stopMarkers: null as (() => void) | null,
  /** Chips on a platform's feed (feed.ts), when an adapter reads this site; they take the link markers' place. */
  feed: null as Feed | null,
};

/** The platform adapter for this page (platforms/index.ts), or null: most sites have none. */
const adapter: Adapter | null = adapterFor(location.hostname, location.pathname);

function fail(e: unknown): void {
  if (orphaned(e)) {
    stop();
    for (const s of state.listeners.splice(0)) s();
    return;
  }
  console.error('Provenance Lens: content script error', e);
}

function guard(fn: () => Promise<void> | void): void {
  try {
    const p = fn();
    if (p) p.catch(fail);
  } catch (e) {
    fail(e);
  }
}

/** Shows, keeps or removes the banner; measured as "banner" (also when there is none: the benchmark's end mark). */
async function render(model: BannerModel | null, run: number): Promise<void> {
  let start = performance.now();
  if (!model) {
    if (state.banner) removeBanner(document);
    state.banner = null;
    return measure('banner', start);
  }
  // The same banner again (a re-analysis after a same-page navigation to the same article): leave it where it is.
  if (state.banner?.key === model.key && document.querySelector('[data-provenance-lens="banner"]')) return measure('banner', start);
  await yieldToBrowser();
  if (run !== state.run || state.stopped) return;
  start = performance.now();
  const url = location.href;
  state.banner = showBanner(document, model, {
    dismiss: () => guard(async () => void (await send({ type: 'dismiss', url }))),
    neverOnSite: () => guard(async () => void (await send({ type: 'never-on-site', url }))),
  });
  measure('banner', start);
}

/** From now on a settings change redraws the banner and markers (refresh). */
function listenForSettings(): void {
  if (!state.listeners.length) state.listeners.push(onLocalChange([SETTINGS_KEY], () => guard(refresh)));
}

function applyMarkers(titles: MarkerTitles | null): void {
  // On a platform's pages the feed's chips mark cards, results and links in posts (a marker there would be a second flag).
  if (adapter) return;
  if (titles && !state.stopped && !state.stopMarkers) {
    const start = performance.now();
    if (Object.keys(titles).length) listenForSettings();
    state.stopMarkers = startLinkMarkers(document, titles, state.hosts, (hosts) => {
      listenForSettings(); // links the page added may get markers, which a settings change must reach
      return send({ type: 'markers', url: location.href, hosts });
    });
    measure('markers', start);
  } else if (!titles) clearMarkers();
}

/** Stops the markers and takes them off the page. */
function clearMarkers(): void {
  if (!state.stopMarkers) return;
  state.stopMarkers();
  state.stopMarkers = null;
  removeMarkers(document);
}

/** Starts the chips of this page's platform; when the platform is off in the options, a settings change may turn them on. */
function startChips(): void {
  if (!adapter || state.feed || state.stopped) return;
  const platform = adapter.platform;
  state.feed = startFeed(
    document,
    adapter,
    // Only the keys and hosts, and the page's origin (the background checks the message comes from it), not its address.
    (accounts, hosts) =>
      send({ type: 'chips', url: location.origin, platform, accounts, hosts }).catch((e: unknown) => {
        fail(e);
        return null;
      }),
    () => {
      state.feed = null;
      listenForSettings();
    },
    () =>
      send({ type: 'chip-filter', url: location.origin, platform }).catch((e: unknown) => {
        fail(e);
        return null;
      }),
  );
  listenForSettings();
}

function stopChips(): void {
  state.feed?.stop();
  state.feed = null;
}

/** This document's id in analysis tokens ("<document>:<run>", platform/messages.ts). */
const DOCUMENT_ID = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * Sends a message and waits for the answer. Posting it is measured as "post" (main thread: the browser copies the
 * message there, up to 8 M characters of markup), the wait as "analyze" (off the main thread).
 */
async function ask<T extends RequestType>(message: Message<T>): Promise<Reply<T> | null> {
  let start = performance.now();
  const reply = send(message);
  measure('post', start);
  start = performance.now();
  try {
    return await reply;
  } finally {
    measure('analyze', start);
  }
}

async function analyse(): Promise<void> {
  const run = ++state.run;
  const stale = () => run !== state.run || state.stopped;
  await whenIdle();
  if (stale()) return;
  const url = location.href;
  // The address moved on while we waited: that navigation's own analysis takes over.
  const moved = () => location.href !== url;
  const token = `${DOCUMENT_ID}:${run}`;
  const start = performance.now();
  const digest = readDigest(document, url);
  state.hosts = digest.hosts;
  measure('gate', start);
  const gate = await ask({ type: 'digest', token, digest });
  if (!gate || stale()) return;
  // A new article in the same document: markers start again from this digest's hosts.
  clearMarkers();
  // Markers off (null) may be turned on; an open gate may lead to a banner: both follow the settings.
  if (gate.open || !gate.markers) listenForSettings();
  if (!gate.open) {
    applyMarkers(gate.markers);
    return render(null, run);
  }
  await yieldToBrowser();
  if (stale() || moved()) return;
  const serialising = performance.now();
  const markup = serialise(document);
  measure('extract', serialising);
  // Markers go in after the page is serialised: our own marker after a link is not the page's text (a bare source
  // link followed by our marker no longer stood alone, and the background read it as an ordinary link).
  applyMarkers(gate.markers);
  const page = await ask({ type: 'page', token, url, markup, served });
  if (!page || stale() || moved()) return;
  // The background's own time for this page (off this thread), for the benchmark's report.
  if (Number.isFinite(page.ms) && page.ms >= 0) measure('background', performance.now() - page.ms);
  await render(page.banner, run);
}

/** After a settings change (banner categories, dismissals, markers, language): the stored verdict, worded again. */
async function refresh(): Promise<void> {
  const run = state.run;
  // Chips are asked for afresh (the platform may be on or off now, their words in another language); those whose
  // answer is the same stay where they are.
  if (adapter) {
    if (state.feed) state.feed.refresh();
    else startChips();
  }
  const reply = await send({ type: 'refresh', url: location.href, hosts: state.hosts });
  if (!reply || run !== state.run || state.stopped) return;
  // Markers that stay on are drawn again: their tooltips may be in another language now.
  clearMarkers();
  applyMarkers(reply.markers);
  // New wording (another language) is drawn afresh; none removes the banner.
  if (state.banner && reply.banner && reply.banner.key !== state.banner.key) state.banner = null;
  await render(reply.banner, run);
}

function watch(): void {
  state.stopped = false;
  state.stops.push(
    watchUrl(window, () => {
      state.feed?.rescan();
      guard(analyse);
    }),
  );
}

function stop(): void {
  state.stopped = true;
  for (const s of state.stops.splice(0)) s();
  state.stopMarkers?.();
  state.stopMarkers = null;
  stopChips();
}

function start(): void {
  guard(analyse);
  guard(startChips);
  guard(async () => {
    await whenIdle();
    watch();
  });
}

if (window.top === window && (location.protocol === 'http:' || location.protocol === 'https:')) {
  guard(start);
  // Leaving the page: nothing keeps running. Coming back from the back/forward cache: the background has cleared
  // the tab on its 'loading', so analyse again.
  window.addEventListener('pagehide', () => guard(stop));
  window.addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    guard(() => {
      watch();
      guard(analyse);
      guard(startChips);
    });
  });
  measure('start', scriptStart);
}
