/*
 * Chips on platform pages: the words of the small label after a state outlet's account name, on a link card or a
 * search result, and of the popover it opens. The content script sends only account keys ("x:@rt_com",
 * core/registry/accounts/parse.ts) and link hosts (as in PageDigest.hosts); here the registry decides.
 *
 * | key / host                                  | chip                                                     |
 * |---------------------------------------------|----------------------------------------------------------|
 * | x:@rt_com, x:#64643056 (RT's own account)   | "State media · Russia", popover: RT, classification …    |
 * | x:@rt_arabic (an edition)                   | the same, the popover names the edition                  |
 * | a person's account, people switched on      | "Works for RT" (never "state media"), employer's facts   |
 * | a person's account, people off (default)    | none                                                     |
 * | host rt.com, de.rt.com (a card, a result)   | "State media · Russia", popover: "Link to rt.com"        |
 * | host spiegel.ltd (a listed look-alike)      | "Imitates Der Spiegel", popover: the real address        |
 * | host bbc.co.uk, dw.com (public media)       | none                                                     |
 * | host agerpres.ro (informational)            | none                                                     |
 * | x:@rt_com_fan, x:@home, unknown keys        | none                                                     |
 * | the platform switched off in the options    | none at all (ChipsReply.on false)                        |
 */
import { CATEGORIES, type CategoryGroup } from '../core/categories';
import type { FeedPlatform } from '../core/feed-platforms';
import { matchDigestHost } from '../core/gate/gate';
import { listedLookalike } from '../core/impersonation';
import { ISSUES_NEW } from '../core/project';
import { accountKey } from '../core/registry/accounts/parse';
import { accountOfKey, allAccounts, allOutlets, outletById, policyOf, type AccountMatch } from '../core/registry/index';
import type { Outlet } from '../core/types';
import { countryName, formatDate } from '../i18n/catalogue';
import type { Settings } from '../settings/schema';
import { categoryKey } from './badge';

export type Translate = (key: string, subs?: string | string[]) => string;

export interface ChipFact {
  term: string;
  value: string;
  /** Registry text is English: the popover marks it lang="en". */
  registry?: boolean;
  /** A source to open (from the registry, never from the page). */
  url?: string;
  urlLabel?: string;
}

export interface ChipModel {
  /** "State media · Russia" / "Works for RT". */
  text: string;
  /** The chip's accessible name and tooltip. */
  label: string;
  /** The popover: heading (the outlet), then its facts. */
  heading: string;
  facts: ChipFact[];
  /** "person": an employee's account (different colour and words); "outlet": the outlet's own, an edition, a link. */
  tone: 'outlet' | 'person';
  lang: string;
  dir: 'ltr' | 'rtl';
  close: string;
  /** A pre-filled issue on the tracker naming only the account or link host (never the page): nothing is sent until the reader submits it. */
  report: { label: string; url: string };
}

export interface ChipsReply {
  /** False when chips are off on this platform (options): the content script stops and removes its chips. */
  on: boolean;
  accounts: Record<string, ChipModel>;
  hosts: Record<string, ChipModel>;
}

const GROUP_KEY: Record<Exclude<CategoryGroup, 'public'>, string> = { state: 'chipState', captured: 'chipCaptured', covert: 'chipCovert' };

interface Words {
  t: Translate;
  lang: string;
}

/** The popover's facts: what the outlet is (classification, country), then `extra` (the account or link), then the rest. */
function outletFacts(o: Outlet, extra: ChipFact[], w: Words): ChipFact[] {
  const { t, lang } = w;
  const facts: ChipFact[] = [];
  const category = t(categoryKey(o.category));
  const asOf = o.typology.asOf ? ` · ${t('outletAsOf', formatDate(o.typology.asOf, lang))}` : '';
  facts.push({ term: t('outletClassification'), value: `${category}${asOf}`, ...(o.typology.source ? { url: o.typology.source, urlLabel: t('outletClassificationSource') } : {}) });
  facts.push({ term: t('outletCountry'), value: countryName(o.country, lang) });
  facts.push(...extra);
  if (o.owner.trim()) facts.push({ term: t('outletOwner'), value: o.owner, registry: true });
  if (o.funding.trim()) facts.push({ term: t('outletFunding'), value: o.funding, registry: true });
  if (o.sanctions.length) {
    const s = o.sanctions[0]!;
    const more = o.sanctions.length > 1 ? ` (+${o.sanctions.length - 1})` : '';
    facts.push({ term: t('chipSanctions'), value: `${s.jurisdiction} · ${formatDate(s.date, lang)} · ${s.act}${more}`, registry: true, ...(s.url ? { url: s.url, urlLabel: t('outletClassificationSource') } : {}) });
  }
  return facts;
}

/** The tracker's new-issue address for a wrong chip: in English (the tracker's language), the key and outlet only. */
export function chipReportUrl(what: string, o: Outlet): string {
  const body = [`Chip: ${what}`, `Outlet: ${o.id} (${o.name})`, '', 'What is wrong (not this outlet\'s account or site, a person, renamed …), and your source:', ''].join('\n');
  return `${ISSUES_NEW}?${new URLSearchParams({ title: `Wrong chip: ${what}`.slice(0, 200), body })}`;
}

function chipOf(o: Outlet, text: string, tone: ChipModel['tone'], extra: ChipFact[], what: string, w: Words): ChipModel {
  const category = w.t(categoryKey(o.category));
  return {
    text,
    label: w.t('chipLabel', [o.name, category, countryName(o.country, w.lang)]),
    heading: o.name,
    facts: outletFacts(o, extra, w),
    tone,
    lang: w.lang,
    dir: 'ltr',
    close: w.t('chipClose'),
    report: { label: w.t('popupReport'), url: chipReportUrl(what, o) },
  };
}

/** The chip's words for a warned outlet: "State media · Russia". Null for public media and informational outlets. */
function outletText(o: Outlet, w: Words): string | null {
  const group = CATEGORIES[o.category]?.group;
  if (policyOf(o) !== 'warn' || !group || group === 'public') return null;
  return w.t('chipText', [w.t(GROUP_KEY[group]), countryName(o.country, w.lang)]);
}

export function accountChip(a: AccountMatch, people: boolean, w: Words): ChipModel | null {
  const listed: ChipFact = { term: w.t('chipListedAccount'), value: `${a.address} — ${a.entry.sources.map((s) => s.name).join('; ')}`, registry: true };
  if (a.role === 'person') {
    // A person is never called state media: the words say who employs them, the facts are the employer's.
    if (!people || policyOf(a.outlet) !== 'warn') return null;
    return chipOf(a.outlet, w.t('chipPerson', a.outlet.name), 'person', [{ term: w.t('chipEmployer'), value: a.outlet.name, registry: true }, listed], a.address, w);
  }
  const text = outletText(a.outlet, w);
  if (!text) return null;
  const edition: ChipFact[] = a.entry.edition ? [{ term: w.t('chipEdition'), value: a.entry.edition, registry: true }] : [];
  return chipOf(a.outlet, text, 'outlet', [...edition, listed], a.address, w);
}

export function hostChip(host: string, w: Words): ChipModel | null {
  const m = matchDigestHost(host);
  if (!m) return null;
  // A listed look-alike (spiegel.ltd): the chip says whom it imitates and where the real one is.
  const fake = listedLookalike(host.split('/')[0]!);
  if (fake && policyOf(m.outlet) === 'warn') {
    const real = fake.real[0] ?? '';
    return chipOf(m.outlet, w.t('chipImitates', fake.brand), 'outlet', [{ term: w.t('chipLink'), value: host }, { term: w.t('chipRealAddress'), value: `${fake.brand} — ${real}`, registry: true }], host, w);
  }
  const text = outletText(m.outlet, w);
  return text ? chipOf(m.outlet, text, 'outlet', [{ term: w.t('chipLink'), value: host, registry: false }], host, w) : null;
}

/** The chips for what one page of one platform asks about. */
export function chipsFor(platform: FeedPlatform, accounts: readonly string[], hosts: readonly string[], settings: Settings, w: Words): ChipsReply {
  const out: ChipsReply = { on: settings.platforms[platform] !== false, accounts: {}, hosts: {} };
  if (!out.on) return out;
  for (const k of accounts) {
    const a = accountOfKey(k);
    const chip = a && accountChip(a, settings.people, w);
    if (chip) out.accounts[k] = chip;
  }
  for (const h of hosts) {
    const chip = hostChip(h, w);
    if (chip) out.hosts[h] = chip;
  }
  return out;
}

/**
 * Which keys could get a chip at all, for a platform page to ask about only those (most authors and links on a feed
 * are nobody's): the listed accounts' keys (by handle and by id) and the domains of warned outlets (a link's host
 * or any domain above it; path-scoped entries as written). A superset: the background still decides each key.
 */
export interface ChipFilter {
  on: boolean;
  accounts: string[];
  hosts: string[];
}

export function chipFilter(platform: FeedPlatform, settings: Settings): ChipFilter {
  if (settings.platforms[platform] === false) return { on: false, accounts: [], hosts: [] };
  const warned = (o: Outlet | null) => !!o && policyOf(o) === 'warn' && CATEGORIES[o.category]?.group !== 'public';
  const accounts = new Set<string>();
  for (const a of allAccounts()) {
    if ((a.role === 'person' && !settings.people) || !warned(outletById(a.outlet))) continue;
    if (a.handle !== undefined) accounts.add(accountKey({ platform: a.platform, handle: a.handle }));
    if (a.id !== undefined) accounts.add(accountKey({ platform: a.platform, id: a.id }));
  }
  const hosts = new Set<string>();
  for (const o of allOutlets()) if (warned(o)) for (const d of o.domains) hosts.add(d.toLowerCase());
  return { on: true, accounts: [...accounts], hosts: [...hosts] };
}
