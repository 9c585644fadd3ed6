// What the background does with each accepted message. The page's main thread only reads a digest, serialises
// the page when the gate opens and draws the banner; the gate, extraction (linkedom + Readability, the scanner's
// own path), language identification, analysis and the banner's wording all run here, in the extension's own
// process. Browser APIs come in through `Env`, so the flow is tested in Node (pipeline.test.ts).
import { analyze } from '../core/analyze';
import { emptyFacts } from '../core/facts';
import type { PageDigest } from '../core/gate/digest';
import { addressDecides, gateOf } from '../core/gate/gate';
import type { PageFacts, ServedPage, Verdict } from '../core/types';
import { sanitizeVerdict } from '../core/verdict-schema';
import { verdictFromMarkup } from '../extract/page-verdict';
import type { Translator } from '../i18n/catalogue';
import type { GateReply, Message, PageReply, RefreshReply, Reply, RequestType } from '../protocol/messages';
import { bannerAllowed, type Settings } from '../settings/schema';
import { bannerModel, type BannerModel } from '../wording/banner-model';
import { withoutHash } from '../core/address';
import { chipFilter, chipsFor } from '../wording/chips';
import { markerTitles } from '../wording/markers';

export interface Env {
  settings(): Promise<Settings>;
  translator(): Promise<Translator>;
  detectLanguage(text: string): Promise<PageFacts['detectedLanguage']>;
  saveVerdict(tabId: number, v: Verdict): Promise<void>;
  loadVerdict(tabId: number): Promise<Verdict | null>;
  /** The token of the tab's latest analysis (kept in storage.session: a restarted worker still knows it). */
  saveLatest(tabId: number, token: string): Promise<void>;
  loadLatest(tabId: number): Promise<string | null>;
  showBadge(tabId: number, v: Verdict | null): Promise<void>;
  dismissPage(url: string): Promise<unknown>;
  neverShowOn(host: string): Promise<unknown>;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Facts of a page the gate shut, or of a public-media or informational outlet's own page: the address decides. */
export function shallowFacts(d: PageDigest): PageFacts {
  return { ...emptyFacts(d.url), declaredLanguage: d.lang, title: d.title };
}

async function save(env: Env, tabId: number, verdict: Verdict): Promise<Verdict> {
  await env.saveVerdict(tabId, verdict);
  await env.showBadge(tabId, verdict);
  return verdict;
}

async function bannerFor(env: Env, v: Verdict | null, settings: Settings): Promise<BannerModel | null> {
  if (!v || !bannerAllowed(settings, v, hostOf(v.url))) return null;
  const tr = await env.translator();
  return bannerModel(v, settings, { lang: tr.locale, t: tr.t });
}

async function markersFor(env: Env, hosts: string[], url: string, settings: Settings) {
  return markerTitles(hosts, url, settings.linkMarkers, (await env.translator()).t);
}

export async function onDigest(env: Env, tabId: number, token: string, d: PageDigest): Promise<GateReply> {
  await env.saveLatest(tabId, token);
  let reason = gateOf(d);
  if (reason === 'site' && addressDecides(d.url)) reason = null;
  const settings = await env.settings();
  if (!reason) await save(env, tabId, sanitizeVerdict(analyze(shallowFacts(d))));
  return { open: reason !== null, markers: await markersFor(env, d.hosts, d.url, settings) };
}

export async function onPage(env: Env, tabId: number, token: string, url: string, markup: string, served?: ServedPage): Promise<PageReply> {
  const start = performance.now();
  // The scanner's own path (page-verdict.ts): bounded, extracted, analysed, its addresses checked; with the page as
  // served, so that the reader's own translation in the browser is not taken for the publisher's.
  const analysed = await verdictFromMarkup(markup, url, { detectLanguage: env.detectLanguage, ...(served ? { served } : {}) });
  // The tab moved on (another page, or a newer analysis of this one) while this one ran: nothing to save or show.
  if ((await env.loadLatest(tabId)) !== token) return { banner: null, ms: performance.now() - start };
  const verdict = await save(env, tabId, analysed);
  const banner = await bannerFor(env, verdict, await env.settings());
  return { banner, ms: performance.now() - start };
}

export async function onRefresh(env: Env, tabId: number, url: string, hosts: string[]): Promise<RefreshReply> {
  const settings = await env.settings();
  const stored = await env.loadVerdict(tabId);
  const verdict = stored && withoutHash(stored.url) === withoutHash(url) ? stored : null;
  return { banner: await bannerFor(env, verdict, settings), markers: await markersFor(env, hosts, url, settings) };
}

/** One handler per request type, each answering with that type's reply (protocol/messages.ts). */
const HANDLERS: { [T in RequestType]: (env: Env, tabId: number, m: Message<T>) => Promise<Reply<T>> } = {
  digest: (env, tabId, m) => onDigest(env, tabId, m.token, m.digest),
  page: (env, tabId, m) => onPage(env, tabId, m.token, m.url, m.markup, m.served),
  refresh: (env, tabId, m) => onRefresh(env, tabId, m.url, m.hosts),
  markers: async (env, _tabId, m) => markersFor(env, m.hosts, m.url, await env.settings()),
  chips: async (env, _tabId, m) => {
    const [settings, tr] = await Promise.all([env.settings(), env.translator()]);
    return chipsFor(m.platform, m.accounts, m.hosts, settings, { t: tr.t, lang: tr.locale });
  },
  'chip-filter': async (env, _tabId, m) => chipFilter(m.platform, await env.settings()),
  dismiss: async (env, _tabId, m) => {
    await env.dismissPage(m.url);
    return null;
  },
  'never-on-site': async (env, _tabId, m) => {
    await env.neverShowOn(hostOf(m.url));
    return null;
  },
};

export function handle<T extends RequestType>(env: Env, tabId: number, m: Message<T>): Promise<Reply<T>> {
  // TypeScript cannot relate m.type to the handler's parameter in a generic look-up: the table above is what is checked.
  const h = HANDLERS[m.type] as (env: Env, tabId: number, m: Message<T>) => Promise<Reply<T>>;
  return h(env, tabId, m);
}
