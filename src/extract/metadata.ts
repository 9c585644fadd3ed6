// Page metadata that names who published a page: title, site name, canonical and og:url, declared language.
import { squash } from './limits';
import { resolveHttpUrl } from './url';

/** Elements already found in one walk of the document (extract/index.ts), in page order. */
export interface MetadataElements {
  metas: Element[];
  title: Element | null;
  h1: Element | null;
  canonical: Element | null;
}

type MetaIndex = Map<string, Element>;

/** property or name value → the first meta carrying it, in page order (one pass over however many metas). */
function indexMetas(metas: Element[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const m of metas) {
    const property = m.getAttribute('property');
    if (property !== null && !index.has(property)) index.set(property, m);
    const name = m.getAttribute('name');
    if (name !== null && !index.has(name)) index.set(name, m);
  }
  return index;
}

/** content of the first meta[property=key] or meta[name=key], as querySelector would pick it. */
function meta(metas: MetaIndex, key: string): string | null {
  const v = metas.get(key)?.getAttribute('content');
  return v ? squash(v) : null;
}

/** meta[http-equiv="content-language" i] */
function contentLanguage(metas: Element[]): string | null | undefined {
  const el = metas.find((m) => {
    const v = m.getAttribute('http-equiv');
    return v !== null && v.length === 16 && v.toLowerCase() === 'content-language';
  });
  return el?.getAttribute('content');
}

export interface Metadata {
  title: string;
  headline: string | null;
  siteName: string | null;
  /** application-name alone (siteName falls back to it). */
  appName: string | null;
  canonical: string | null;
  ogUrl: string | null;
  declaredLanguage: string | null;
  /** og:type: "website" on front, tag and search pages, "article" on articles (extract/structure.ts). */
  ogType: string | null;
  /** <html lang> alone, and the language content-language or og:locale declares (mt-dom-residue compares them). */
  htmlLanguage: string | null;
  metaLanguage: string | null;
}

export function readMetadata(doc: Document, base: string, found: MetadataElements): Metadata {
  const { h1 } = found;
  const metas = indexMetas(found.metas);
  const htmlLang = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang');
  const httpLang = contentLanguage(found.metas);
  const metaLang = squash(httpLang) || meta(metas, 'og:locale') || null;
  const declared = squash(htmlLang) || metaLang;
  return {
    title: squash(found.title?.textContent),
    headline: h1 ? squash(h1.textContent) || null : meta(metas, 'og:title'),
    siteName: meta(metas, 'og:site_name') ?? meta(metas, 'application-name'),
    appName: meta(metas, 'application-name'),
    canonical: resolveHttpUrl(found.canonical?.getAttribute('href'), base),
    ogUrl: resolveHttpUrl(meta(metas, 'og:url'), base),
    declaredLanguage: declared ? declared.replace(/_/g, '-') : null,
    ogType: meta(metas, 'og:type'),
    htmlLanguage: squash(htmlLang) || null,
    metaLanguage: metaLang ? metaLang.replace(/_/g, '-') : null,
  };
}
