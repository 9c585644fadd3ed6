// The translator components use, provided by the page that renders them (popup, options, tests): components never
// call browser.i18n themselves, so they render the same from a bundled catalogue in Node.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { catalogueTranslator, type Translator } from '../i18n/catalogue';

export const TranslatorContext = createContext<Translator>(catalogueTranslator('en'));

export function useT(): Translator {
  return useContext(TranslatorContext);
}

/** Message key for an id with dashes (signal, category, kind): 'mt-dom-residue' → 'signal_mt_dom_residue'. */
export function keyOf(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The message for key, or `fallback` when the catalogue has none (an id from a newer engine). */
export function tOr(tr: Translator, key: string, fallback: string): string {
  const text = tr.t(key);
  return text && text !== key ? text : fallback;
}
