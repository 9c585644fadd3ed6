/*
 * mt-dom-residue: the page was (or is being) machine-translated by Google Translate, as its markup or its address
 * shows. When a page translated in the browser or through the translate.goog proxy is saved and republished, the
 * translation's markup comes along: every translated run of text wrapped in <font style="vertical-align: inherit;">,
 * and the class translated-ltr / translated-rtl on <html>. Through the proxy the address itself says so, and
 * names the languages: _x_tr_sl (source, "auto" when Google guessed) and _x_tr_tl (target); the older front end
 * translate.google.<tld>/translate?sl=…&tl=…&u=… likewise.
 *
 *   | facts / address                                                                  | fires | from |
 *   | mtResidue.fontInherit = 12                                                       | yes   | —    |
 *   | mtResidue.translatedClass = true                                                 | yes   | —    |
 *   | both of the above                                                                | yes ×2| —    |
 *   | https://www-rt-com.translate.goog/russia/590571/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de | yes | en   |
 *   | https://www-rt-com.translate.goog/news/?_x_tr_sl=auto&_x_tr_tl=cs                | yes   | —    |
 *   | https://translate.google.com/translate?sl=ru&tl=en&u=https://ria.ru/2024/x.html  | yes   | ru   |
 *   | https://translate.google.de/translate?hl=de&sl=zh-CN&tl=de&u=http://xinhuanet.com/a | yes | zh   |
 *   | https://translate.googleusercontent.com/translate_c?sl=en&tl=fr&u=https://rt.com/ | yes  | en   |
 * Does not fire on:
 *   | mtResidue.fontInherit = 0, translatedClass = false, ordinary address             | no    |      |
 *   | https://www.example.com/article?_x_tr_sl=en (parameter without the proxy)        | no    |      |
 *   | https://translate.google.com/ (the front page, no page translated)               | no    |      |
 *   | https://translate.goog.example.com/?_x_tr_sl=en (not Google's proxy)              | no    |      |
 *   | https://www.example.com/translate?sl=en&u=https://rt.com/ (not a Google host)    | no    |      |
 *   | https://news.google.com/articles/…?hl=de (Google, but not its translator)        | no    |      |
 *   | https://www-rt-com.translate.goog/x?_x_tr_sl=en&_x_tr_tl=en (source = target)    | no    |      |
 *   | https://de.rt.com/?lang=translated-ltr (the class name in an address, not in markup) | no |      |
 *
 * Whose translation. The browser's own translator leaves the same markup as a publisher's saved Google-Translate
 * copy (Chrome: the class translated-ltr, the <font> wrappers, and <html lang> set to the target language). Markup
 * residue is the reader's own translation, and no finding (readersTranslation; the verdict notes the page is shown
 * translated, translation.shownTranslated), when
 *   - in the browser (facts.served, recorded by the content script at its first run, before it serialises): the
 *     residue was not there as served (it appeared after the page loaded), or <html lang> now differs from the
 *     <html lang> as served;
 *   - anywhere, the scanner too (a saved page has no "load"): <html> carries translated-ltr|rtl and its lang
 *     contradicts the page's own content-language / og:locale, which a translator in the browser leaves alone
 *     (<html lang="de" class="translated-ltr"> with <meta http-equiv="content-language" content="en">): a page
 *     saved as the reader saw it.
 * Decision: everywhere else the scanner keeps today's reading (residue is the publisher's): a page saved with
 * residue and nothing contradicting its lang is what a publisher's copy looks like too, and the founding case is
 * one. A publisher who saved a whole translated page with the original's metadata intact is missed on purpose
 * (its other markers still count). The proxy's address (translate.goog) is a finding either way: the page is
 * the outlet's own, seen through the translator.
 *
 *   | residue            | served (browser)            | html lang / meta lang | reader's translation |
 *   | fontInherit 12     | residue false               | —                     | yes (appeared after load) |
 *   | translatedClass    | residue true, lang ru       | en / —                | yes (lang changed)   |
 *   | translatedClass    | —                           | de / en               | yes (contradicts)    |
 *   | translatedClass    | residue true, lang de       | de / —                | no                   |
 *   | translatedClass    | —                           | de / de-DE            | no                   |
 *   | fontInherit 12     | —                           | de / en (no class)    | no (fonts alone: a copied article body) |
 */
import { baseLanguage } from '../language/languages';
import type { PageFacts } from '../types';
import type { Finding, SignalContext } from './context';

export const ID = 'mt-dom-residue';

const PROXY_HOST = /\.translate\.goog$/iu;
const FRONT_END_HOST = /^translate\.google\.[a-z]{2,3}(?:\.[a-z]{2})?$|^translate\.googleusercontent\.com$/iu;
const FRONT_END_PATHS = new Set(['/translate', '/website', '/translate_c']);

/** "zh-CN" → "zh", "auto" and junk → null. */
function languageParam(v: string | null): string | null {
  const base = v?.trim().toLowerCase().split(/[-_]/u)[0];
  return base && /^[a-z]{2,3}$/u.test(base) && base !== 'auto' ? base : null;
}

interface ProxyInfo {
  url: string;
  from: string | null;
  to: string | null;
}

/** Google Translate's languages from a proxy or front-end address, or null when the address is neither. */
export function translateAddress(raw: string): ProxyInfo | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/\.$/u, '');
  if (PROXY_HOST.test(host) && host.length > '.translate.goog'.length) {
    return { url: raw, from: languageParam(u.searchParams.get('_x_tr_sl')), to: languageParam(u.searchParams.get('_x_tr_tl')) };
  }
  if (FRONT_END_HOST.test(host) && FRONT_END_PATHS.has(u.pathname) && u.searchParams.get('u')) {
    return { url: raw, from: languageParam(u.searchParams.get('sl')), to: languageParam(u.searchParams.get('tl')) };
  }
  return null;
}

/** The markup's translation residue is the reader's own (see above): the language shown, or null when it is not. */
export function readersTranslation(facts: PageFacts): { to: string | null } | null {
  const { fontInherit, translatedClass, htmlLang, metaLang } = facts.mtResidue;
  if (fontInherit <= 0 && !translatedClass) return null;
  const to = baseLanguage(htmlLang);
  const served = facts.served;
  if (served) {
    if (!served.residue) return { to };
    const before = baseLanguage(served.lang);
    if (before && to && before !== to) return { to };
  }
  const declared = baseLanguage(metaLang);
  if (translatedClass && to && declared && to !== declared) return { to };
  return null;
}

export function detect(ctx: SignalContext): Finding[] {
  const out: Finding[] = [];
  const { fontInherit, translatedClass } = readersTranslation(ctx.facts) ? { fontInherit: 0, translatedClass: false } : ctx.facts.mtResidue;
  if (fontInherit > 0) {
    out.push({ id: ID, evidence: { text: `<font style="vertical-align: inherit;"> ×${fontInherit}`, selector: 'font[style*="vertical-align: inherit"]' } });
  }
  if (translatedClass) {
    out.push({ id: ID, evidence: { text: '<html class="translated-ltr|rtl">', selector: 'html.translated-ltr, html.translated-rtl' } });
  }
  // The address as the browser saw it: the wrapper's when the registry unwrapped one, else the page's own.
  const wrapper = ctx.site.wrapper;
  const address = wrapper?.kind === 'google-translate' ? wrapper.url : ctx.facts.url;
  const proxy = translateAddress(address);
  if (proxy && !(proxy.from && proxy.to && proxy.from === proxy.to)) {
    const langs = `${proxy.from ?? 'auto'} → ${proxy.to ?? '?'}`;
    out.push({ id: ID, ...(proxy.from ? { from: proxy.from } : {}), evidence: { text: `Google Translate ${langs}`, url: proxy.url } });
  }
  return out;
}
