// Every user-visible string goes through browser.i18n (_locales/en, _locales/de). The user can override the
// interface language in the options; then messages come from the bundled catalogue of that language.
// t() stays synchronous: initI18n() reads the setting once at start and follows later changes.
import { browser } from './browser';
import { catalogueLanguageOf, catalogueTranslator, formatDate as formatDateIn, countryName as countryNameIn, languageName as languageNameIn, localeFor, resolveLang, type Lang, type Substitutions, type Translator } from '../i18n/catalogue';
import { loadSettings, onSettingsChanged } from './settings';
import type { LanguageSetting } from '../settings/schema';

export type { Lang, Substitutions, Translator } from '../i18n/catalogue';
export { formatPercent } from '../i18n/catalogue';

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** The browser's own catalogue choice (what 'auto' means). */
function browserTranslator(): Translator {
  const ui = uiLanguage();
  const lang = catalogueLanguageOf((key) => browser.i18n.getMessage(key)) ?? resolveLang('auto', ui);
  return {
    lang,
    locale: localeFor(lang, ui),
    t: (key, subs) => browser.i18n.getMessage(key, subs) || key,
  };
}

function translatorFor(setting: LanguageSetting): Translator {
  if (setting === 'auto') return browserTranslator();
  return catalogueTranslator(setting, localeFor(setting, uiLanguage()));
}

let active: Translator | null = null;
let setting: LanguageSetting = 'auto';
const listeners = new Set<(t: Translator) => void>();
let initialised: Promise<Translator> | null = null;

/** The translator in use (the browser's until initI18n has read the setting). */
export function translator(): Translator {
  return (active ??= browserTranslator());
}

export function t(key: string, subs?: Substitutions): string {
  return translator().t(key, subs);
}

/** The interface language in use: 'en' or 'de'. */
export function currentLang(): Lang {
  return translator().lang;
}

/** Reads the language setting once and follows its changes; safe to call more than once. */
export function initI18n(): Promise<Translator> {
  initialised ??= (async () => {
    const settings = await loadSettings();
    setting = settings.language;
    active = translatorFor(setting);
    onSettingsChanged((s) => {
      if (s.language === setting) return;
      setting = s.language;
      active = translatorFor(setting);
      for (const cb of listeners) cb(active);
    });
    return active;
  })();
  return initialised;
}

/** Calls `cb` with the new translator when the interface language setting changes. Returns an unsubscribe. */
export function onLanguageChanged(cb: (t: Translator) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** An ISO date (yyyy, yyyy-mm, yyyy-mm-dd) formatted for `lang` (default: the interface locale). */
export function formatDate(iso: string, lang: string = translator().locale): string {
  return formatDateIn(iso, lang);
}

/** An ISO 3166-1 alpha-2 code → the country's name in `lang` (default: the interface locale). */
export function countryName(code: string, lang: string = translator().locale): string {
  return countryNameIn(code, lang);
}

/** A language code → its name in `lang` (default: the interface locale). */
export function languageName(code: string, lang: string = translator().locale): string {
  return languageNameIn(code, lang);
}
