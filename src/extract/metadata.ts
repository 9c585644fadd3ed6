// Page metadata that names who published a page: title, site name, canonical and og:url, declared language.
import { squash } from './limits';
import { resolveHttpUrl } from './url';

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content');
  return v ? squash(v) : null;
}

export interface Metadata {
  title: string;
  headline: string | null;
  siteName: string | null;
  canonical: string | null;
  ogUrl: string | null;
  declaredLanguage: string | null;
}

export function readMetadata(doc: Document, base: string): Metadata {
  const htmlLang = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang');
  const httpLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const declared = squash(htmlLang) || squash(httpLang) || meta(doc, 'og:locale') || null;
  const h1 = doc.querySelector('h1');
  return {
    title: squash(doc.querySelector('title')?.textContent),
    headline: h1 ? squash(h1.textContent) || null : meta(doc, 'og:title'),
    siteName: meta(doc, 'og:site_name') ?? meta(doc, 'application-name'),
    canonical: resolveHttpUrl(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'), base),
    ogUrl: resolveHttpUrl(meta(doc, 'og:url'), base),
    declaredLanguage: declared ? declared.replace(/_/g, '-') : null,
  };
}
