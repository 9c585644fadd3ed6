// Every user-visible string goes through browser.i18n (_locales/en, _locales/de). The user can override the
// interface language in the options; then messages come from the bundled catalogue of that language.
import { browser } from './browser';

export type Substitutions = string | string[] | undefined;

export function t(key: string, subs?: Substitutions): string {
  const text = browser.i18n.getMessage(key, subs);
  return text || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
