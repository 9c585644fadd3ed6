// Test-only: a linkedom document for rendering components under Jest (node environment).
import { parseHTML } from 'linkedom';

/** A fresh document with an #app element, installed as globalThis.document for Preact. */
export function freshDocument(): { document: Document; root: HTMLElement } {
  const { document } = parseHTML('<!doctype html><html lang="en"><head></head><body><div id="app"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  return { document: document as unknown as Document, root: document.getElementById('app') as unknown as HTMLElement };
}

/** Renders `vnode` with the bundled catalogue of `lang` into a fresh document's #app and returns #app. */
export function mount(vnode: unknown, lang: 'en' | 'de' = 'en'): HTMLElement {
  const { h, render } = require('preact') as typeof import('preact');
  const { TranslatorContext } = require('./i18n') as typeof import('./i18n');
  const { catalogueTranslator } = require('../i18n/catalogue') as typeof import('../i18n/catalogue');
  const { root } = freshDocument();
  render(h(TranslatorContext.Provider, { value: catalogueTranslator(lang) }, vnode as never), root);
  return root;
}

/** Text of an element with whitespace runs collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
