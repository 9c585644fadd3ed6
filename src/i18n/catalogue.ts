// The bundled message catalogues and the formatting that does not need the browser: placeholder substitution
// the way browser.i18n.getMessage does it, and locale-aware dates, countries, languages and percentages (Intl).
// Pure, so the popup components can be rendered and tested in Node with a catalogue translator.
import de from '../../static/_locales/de/messages.json';
import en from '../../static/_locales/en/messages.json';

export type Lang = 'en' | 'de';
export type Substitutions = string | string[] | undefined;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, MessageEntry>;

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en: en as Catalogue, de: de as Catalogue };

/** What components receive: the language in use and a message look-up. */
export interface Translator {
  lang: Lang;
  /** BCP 47 tag for Intl (may carry a region, e.g. de-AT); its language is `lang`. */
  locale: string;
  t(key: string, subs?: Substitutions): string;
}

/** $1…$9 in `text` → substitutions; `$$` → `$`. */
function positional(text: string, subs: string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/**
 * A catalogue entry with substitutions, as browser.i18n.getMessage formats it: named placeholders ($OUTLET$, any
 * case) are replaced by their content, in which $1…$9 stand for the substitutions; $1…$9 written straight into the
 * message work too. Substituted values are never scanned again, so a "$2" inside page text stays as it is.
 */
export function formatEntry(entry: MessageEntry, subs?: Substitutions): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\$|[1-9])/g, (whole, name: string | undefined, d: string | undefined) => {
    if (name !== undefined) {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : positional(content, list);
    }
    return d === '$' ? '$' : (list[Number(d) - 1] ?? '');
  });
}

export function lookup(catalogue: Catalogue, key: string, subs?: Substitutions): string {
  const entry = Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;
  return entry ? formatEntry(entry, subs) : key;
}

/** The catalogue language for a setting and the browser's UI language: German for any de-*, else English. */
export function resolveLang(setting: 'auto' | Lang, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return /^de\b/i.test(uiLanguage) ? 'de' : 'en';
}

/**
 * Which bundled catalogue `getMessage` answers from, told by one message that differs between them ('bannerWhy':
 * "Why?" / "Warum?"); null when it matches none. The browser picks the catalogue from its own language, but an MV3
 * service worker's i18n.getUILanguage() (and @@ui_locale) can say en-US while getMessage answers in German (seen
 * in Chromium 156 started with --lang=de): the catalogue is then the truth about the reader's language.
 */
export function catalogueLanguageOf(getMessage: (key: string) => string): Lang | null {
  const probe = getMessage('bannerWhy');
  for (const lang of Object.keys(CATALOGUES) as Lang[]) if (CATALOGUES[lang].bannerWhy?.message === probe) return lang;
  return null;
}

/** The locale for Intl: the browser's own tag when it is of the chosen language (keeps en-US vs en-GB), else the language. */
export function localeFor(lang: Lang, uiLanguage: string): string {
  const tag = uiLanguage.replace(/_/g, '-');
  return tag.toLowerCase().split('-')[0] === lang && isLocale(tag) ? tag : lang;
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export function catalogueTranslator(lang: Lang, locale: string = lang): Translator {
  const catalogue = CATALOGUES[lang];
  return { lang, locale, t: (key, subs) => lookup(catalogue, key, subs) };
}

/**
 * An ISO date with the precision the registry has (yyyy, yyyy-mm, yyyy-mm-dd) → "1 March 2022" / "1. März 2022",
 * "March 2022", "2022". Anything else comes back as it is.
 */
export function formatDate(iso: string, lang: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(mo) - 1) return iso;
  const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return iso;
  }
}

function displayName(code: string, lang: string, type: 'region' | 'language'): string {
  try {
    return new Intl.DisplayNames([lang], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** ISO 3166-1 alpha-2 → "Russia" / "Russland"; an unknown or malformed code comes back as it is. */
export function countryName(code: string, lang: string): string {
  return /^[A-Za-z]{2}$/.test(code) ? displayName(code.toUpperCase(), lang, 'region') : code;
}

/** A language code (en, pt-BR) → "English" / "Englisch". */
export function languageName(code: string, lang: string): string {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) ? displayName(code, lang, 'language') : code;
}

/** 0.99 → "99%" / "99 %". */
export function formatPercent(x: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  } catch {
    return `${Math.round(x * 100)}%`;
  }
}
