// What the banner says, from the verdict, the settings and the reader's locale: pure (no DOM, no browser.*), so
// every wording rule is table-tested. banner.ts only renders this.
import type { OriginalLink, Signal, Verdict } from '../core/types';
import { countryName, languageName } from '../i18n/catalogue';
import type { LanguageSetting } from '../settings/schema';
import { withoutHash } from '../core/address';

export type Translate = (key: string, subs?: string | string[]) => string;

export interface Locale {
  /** The interface locale (BCP 47) for Intl names: the translator's, used when the settings say 'auto'. */
  lang: string;
  t: Translate;
}

export interface EvidenceItem {
  /** Localised names of the signals that quote this text. */
  names: string[];
  /** What the list shows, shortened. */
  quote: string;
  /** The full text to find on the page, when the evidence is page text. */
  text?: string;
  selector?: string;
}

export interface BannerModel {
  /** Same verdict, same banner: lets a re-analysis after a same-page navigation keep the banner in place. */
  key: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  label: string;
  lead: string;
  translated: string | null;
  /** A second line under the lead (a look-alike's listing: "Listed as a Doppelganger domain (Meta, 2022)"). */
  note?: string | null;
  evidenceHeading: string;
  evidence: EvidenceItem[];
  original: { url: string; host: string; label: string } | null;
  why: string;
  dismiss: string;
  never: string;
}

export const LIMITS = { evidence: 12, quoteChars: 160 };

/** Best original first: the page's own source link, then the outlet's canonical address, then copies, then a search. */
const ORIGINAL_ORDER: OriginalLink['kind'][] = ['source-link', 'canonical', 'archive', 'search'];

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export const keyOf = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/** t() returns the key itself for a message it does not know: then the fallback. */
function tOr(t: Translate, key: string, fallback: string, subs?: string[]): string {
  const s = t(key, subs);
  return s && s !== key ? s : fallback;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function httpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

export function bestOriginal(v: Verdict): { url: string; host: string } | null {
  const here = withoutHash(v.url);
  for (const kind of ORIGINAL_ORDER) {
    for (const o of v.originals) {
      if (o.kind !== kind) continue;
      const u = httpUrl(o.url);
      if (u && withoutHash(u.href) !== here) return { url: u.href, host: u.hostname.replace(/^www\./, '') };
    }
  }
  return null;
}

/** Signals and translation markers as list items: one per quoted text (several signals may quote the same words). */
export function evidenceItems(signals: Signal[], t: Translate): EvidenceItem[] {
  const byText = new Map<string, EvidenceItem>();
  for (const s of signals) {
    const raw = squash(s.evidence.text ?? s.evidence.url ?? '');
    if (!raw) continue;
    const name = tOr(t, keyOf('signal', s.id), s.id.replace(/-/g, ' '));
    const item = byText.get(raw);
    if (item) {
      if (!item.names.includes(name)) item.names.push(name);
      item.selector ??= s.evidence.selector;
      continue;
    }
    if (byText.size >= LIMITS.evidence) continue;
    byText.set(raw, {
      names: [name],
      quote: shorten(raw, LIMITS.quoteChars),
      ...(s.evidence.text ? { text: squash(s.evidence.text) } : {}),
      ...(s.evidence.selector ? { selector: s.evidence.selector } : {}),
    });
  }
  return [...byText.values()];
}

/** Who lists a look-alike, and since when: "Meta, 2022" (the source's first word or two and the first-seen year). */
export function listedBy(l: NonNullable<NonNullable<Verdict['impersonates']>['listed']>): string {
  const who = l.source.name.split(/[,(:]/)[0]!.trim().split(/\s+/).slice(0, 2).join(' ');
  const year = /^\d{4}/.exec(l.firstSeen ?? '')?.[0];
  return year ? `${who}, ${year}` : who;
}

export function bannerModel(v: Verdict, settings: { language: LanguageSetting }, locale: Locale): BannerModel | null {
  const o = v.outlet;
  if (v.warn && v.kind === 'impersonation' && v.impersonates) return impersonationBanner(v, v.impersonates, settings, locale);
  if (!v.warn || !o) return null;
  const { t } = locale;
  const lang = settings.language === 'auto' ? locale.lang : settings.language;
  const category = tOr(t, keyOf('category', o.category), o.category.replace(/-/g, ' '));
  const country = o.country ? countryName(o.country, lang) : '';
  const what = country ? `${category} (${country})` : category;
  const lead = t(v.kind === 'republished' ? 'bannerRepublished' : 'bannerOnOutletSite', [o.name, what]);
  const from = v.translation.detected ? v.translation.from : undefined;
  const translated = from ? t('bannerTranslated', [languageName(from, lang)]) : null;
  const original = bestOriginal(v);
  return {
    key: [withoutHash(v.url), lead, translated ?? '', original?.url ?? ''].join('\n'),
    lang,
    dir: directionOf(lang),
    label: t('bannerRegionLabel'),
    lead,
    translated,
    evidenceHeading: t('bannerEvidenceHeading'),
    evidence: evidenceItems([...v.signals, ...v.translation.markers], t),
    original: original ? { ...original, label: t('bannerOriginal') } : null,
    why: t('bannerWhy'),
    dismiss: t('bannerDismiss'),
    never: t('bannerNeverOnSite'),
  };
}

/** "This site imitates Le Monde. Its address is lemonde.ltd; Le Monde is at lemonde.fr." */
function impersonationBanner(v: Verdict, imp: NonNullable<Verdict['impersonates']>, settings: { language: LanguageSetting }, locale: Locale): BannerModel {
  const { t } = locale;
  const lang = settings.language === 'auto' ? locale.lang : settings.language;
  const host = v.site.host.replace(/^www\./, '');
  const lead = t('bannerImpersonation', [imp.name, host, imp.domain]);
  const network = imp.listed ? (v.outlet?.name ?? imp.listed.network) : null;
  const note = imp.listed && network ? t('bannerImpersonationListed', [network, listedBy(imp.listed)]) : null;
  const original = bestOriginal(v);
  return {
    key: [withoutHash(v.url), lead, note ?? '', original?.url ?? ''].join('\n'),
    lang,
    dir: directionOf(lang),
    label: t('bannerRegionLabel'),
    lead,
    translated: null,
    note,
    evidenceHeading: t('bannerEvidenceHeading'),
    evidence: evidenceItems([...v.signals, ...v.translation.markers], t),
    original: original ? { ...original, label: imp.name } : null,
    why: t('bannerWhy'),
    dismiss: t('bannerDismiss'),
    never: t('bannerNeverOnSite'),
  };
}
