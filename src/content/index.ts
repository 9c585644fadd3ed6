// Content script: gate → extract → detect language → report → banner, in the top frame of http(s) pages, with
// link markers beside it and a fresh analysis after every same-page navigation. Nothing here may throw into the
// page or write to its console, except a real bug of ours.
import { emptyFacts } from '../core/facts';
import type { PageFacts, Verdict } from '../core/types';
import { extractSteps } from '../extract/index';
import { initI18n, onLanguageChanged, translator } from '../platform/i18n';
import { detectLanguage } from '../platform/language';
import { reportFacts } from '../platform/messages';
import { bannerAllowed, dismissPage, loadSettings, neverShowOn, onSettingsChanged, type Settings } from '../platform/settings';
import { removeBanner, showBanner, type BannerHandle } from './banner';
import { bannerModel } from './banner-model';
import { brandTest, type TextTest } from './brand-pattern';
import { addressVerdict, gate, outletLinkFilter } from './gate';
import { removeMarkers, startLinkMarkers } from './link-markers';
import { watchUrl } from './navigation';
import { measure, whenIdle, yieldToBrowser } from './schedule';

const state = {
  settings: null as Settings | null,
  verdict: null as Verdict | null,
  facts: null as PageFacts | null,
  banner: null as BannerHandle | null,
  /** Bumped by every analysis: a slower, older one finds itself stale and stops. */
  run: 0,
  stopped: false,
  /** Undone on pagehide, redone on pageshow from the back/forward cache. */
  stops: [] as (() => void)[],
  /** Settings and language listeners: for the document's life, undone only when the extension goes away. */
  listeners: [] as (() => void)[],
  stopMarkers: null as (() => void) | null,
};

/** Settings and the interface language, read once before the first banner. */
let ready: Promise<unknown> = Promise.resolve();

let brands: TextTest | null = null;

/**
 * Facts of a page the gate shut: no extraction, but the popup and badge still get a verdict ("nothing found").
 * Also the facts of a public-media or informational outlet's own page (addressVerdict): the address decides.
 */
function shallowFacts(doc: Document, url: string): PageFacts {
  return { ...emptyFacts(url), declaredLanguage: doc.documentElement.getAttribute('lang'), title: doc.title ?? '' };
}

/** Errors that only mean the extension was reloaded or updated under this page: stop quietly. */
function orphaned(e: unknown): boolean {
  return /context invalidated|receiving end does not exist|message port closed|extension context/i.test(String((e as Error)?.message ?? e));
}

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

/** [start, end] of each task a render took. */
type Spans = [number, number][];

/**
 * Shows, keeps or removes the banner for the current verdict and settings. Two tasks: the wording first (the first
 * Intl.DisplayNames of a page loads locale data, ~20 ms), then the DOM. Returns when each task began and ended.
 */
async function render(): Promise<Spans> {
  let start = performance.now();
  const spans: Spans = [];
  const run = state.run;
  const { verdict: v, settings: s } = state;
  const allowed = !!v && !!s && bannerAllowed(s, v, location.hostname);
  const tr = translator();
  const model = allowed ? bannerModel(v, s, { lang: tr.locale, t: tr.t }) : null;
  if (!model || !v) {
    if (state.banner) removeBanner(document);
    state.banner = null;
    spans.push([start, performance.now()]);
    return spans;
  }
  // The same banner again (a re-analysis after a same-page navigation to the same article): leave it where it is.
  const same = state.banner?.key === model.key && document.querySelector('[data-provenance-lens="banner"]');
  spans.push([start, performance.now()]);
  if (same) return spans;
  await yieldToBrowser();
  if (run !== state.run || state.stopped || v !== state.verdict) return spans;
  start = performance.now();
  const url = v.url;
  state.banner = showBanner(document, model, {
    dismiss: () => guard(async () => void (await dismissPage(url))),
    neverOnSite: () => guard(async () => void (await neverShowOn(location.hostname))),
  });
  spans.push([start, performance.now()]);
  return spans;
}

async function report(facts: PageFacts, run: number): Promise<void> {
  const start = performance.now();
  const verdict = await reportFacts(facts);
  measure('analyze', start);
  if (run !== state.run || state.stopped) return;
  state.verdict = verdict;
  await ready;
  await yieldToBrowser();
  if (run !== state.run || state.stopped) return;
  // One measure per task, all written at the end (the benchmark takes the first "banner" measure as the end).
  for (const [s, e] of await render()) measure('banner', s, e);
}

/** Runs extraction one step per task, each measured on its own ("extract"), yielding to the page in between. */
async function extractInSteps(url: string, stale: () => boolean): Promise<PageFacts | null> {
  const steps = extractSteps(document, url, outletLinkFilter());
  for (;;) {
    const start = performance.now();
    const r = steps.next();
    measure('extract', start);
    if (r.done) return r.value;
    await yieldToBrowser();
    if (stale()) return null;
  }
}

async function analyse(): Promise<void> {
  const run = ++state.run;
  const stale = () => run !== state.run || state.stopped;
  await whenIdle();
  if (stale()) return;
  const url = location.href;
  let start = performance.now();
  let reason = gate(document, url, () => (brands ??= brandTest()));
  // Public media and informational outlets on their own site: the address decides the verdict, no extraction.
  if (reason === 'site' && addressVerdict(url)) reason = null;
  measure('gate', start);
  let facts: PageFacts;
  if (reason) {
    await yieldToBrowser();
    if (stale()) return;
    const extracted = await extractInSteps(url, stale);
    if (!extracted || stale()) return;
    facts = extracted;
    await yieldToBrowser();
    if (stale()) return;
    start = performance.now();
    facts.detectedLanguage = await detectLanguage(facts.text);
    measure('language', start);
  } else {
    facts = shallowFacts(document, url);
  }
  if (stale()) return;
  state.facts = facts;
  await report(facts, run);
}

/** The same facts again (same article, new #fragment, or back from the back/forward cache): no new extraction. */
function reportAgain(url: string): void {
  if (!state.facts) return void guard(analyse);
  const facts = { ...state.facts, url };
  state.facts = facts;
  guard(() => report(facts, ++state.run));
}

function applyMarkers(): void {
  const on = !!state.settings?.linkMarkers && !state.stopped;
  if (on && !state.stopMarkers) {
    const tr = translator();
    state.stopMarkers = startLinkMarkers(document, location.href, tr.t);
  } else if (!on && state.stopMarkers) {
    state.stopMarkers();
    state.stopMarkers = null;
    removeMarkers(document);
  }
}

function watch(): void {
  state.stopped = false;
  state.stops.push(
    watchUrl(window, ({ url, hashOnly }) => {
      if (hashOnly) reportAgain(url);
      else guard(analyse);
    }),
  );
  applyMarkers();
}

function stop(): void {
  state.stopped = true;
  for (const s of state.stops.splice(0)) s();
  state.stopMarkers?.();
  state.stopMarkers = null;
}

function start(): void {
  ready = Promise.all([
    loadSettings().then((s) => {
      state.settings ??= s;
    }),
    initI18n().catch(() => null),
  ]);
  state.listeners.push(
    onSettingsChanged((s) => {
      state.settings = s;
      guard(async () => void (await render()));
      guard(applyMarkers);
    }),
    onLanguageChanged(() => {
      state.banner = null; // the same verdict, drawn again in the new language
      guard(async () => void (await render()));
    }),
  );
  guard(analyse);
  guard(async () => {
    await ready;
    await whenIdle();
    watch();
  });
}

if (window.top === window && (location.protocol === 'http:' || location.protocol === 'https:')) {
  guard(start);
  // Leaving the page: nothing keeps running. Coming back from the back/forward cache: the background has cleared
  // the tab on its 'loading', so report again.
  window.addEventListener('pagehide', () => guard(stop));
  window.addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    guard(() => {
      watch();
      reportAgain(location.href);
    });
  });
}
