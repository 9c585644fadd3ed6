// The inline banner: a host element with a CLOSED shadow root (the page can neither restyle nor read it), built
// from a BannerModel with createElement and textContent only: page text is always text.
import type { BannerModel, EvidenceItem } from '../wording/banner-model';
import { clearHighlight, EvidenceFinder, showEvidence } from './banner/highlight';
import { insertWithoutShift, placement } from './banner/placement';
import { BANNER_CSS, HOST_STYLE } from './banner/styles';

export interface BannerActions {
  dismiss(): void;
  neverOnSite(): void;
}

export interface BannerHandle {
  key: string;
  remove(): void;
}

const HOST_TAG = 'provenance-lens-banner';
const SELECTOR = '[data-provenance-lens="banner"]';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { class?: string; text?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  e.append(...children);
  return e;
}

function button(doc: Document, text: string, onClick: () => void, cls = 'btn'): HTMLButtonElement {
  const b = el(doc, 'button', { class: cls, text });
  b.type = 'button';
  b.addEventListener('click', (e) => {
    e.stopPropagation(); // the page's own click handlers (analytics, "close on outside click") need not see ours
    onClick();
  });
  return b;
}

function evidenceLabel(doc: Document, item: EvidenceItem, pageLang: string): Node[] {
  const q = el(doc, 'q', { text: item.quote });
  q.dir = 'auto';
  if (pageLang) q.lang = pageLang;
  return [el(doc, 'span', { class: 'name', text: `${item.names.join(' · ')}:` }), doc.createTextNode(' '), q];
}

function evidenceList(doc: Document, model: BannerModel, article: Element | null, pageLang: string): HTMLUListElement {
  const ul = el(doc, 'ul');
  const finder = new EvidenceFinder(doc, article);
  for (const item of model.evidence) {
    const li = el(doc, 'li');
    // Only text that is really on the page becomes a button; the rest (addresses, descriptions) is plain text.
    const findable = !!item.text && !!finder.find(item.text, item.selector);
    if (findable) {
      li.append(
        button(
          doc,
          '',
          () => {
            // Read the page afresh: it may have changed since the list was opened.
            const range = new EvidenceFinder(doc, article).find(item.text!, item.selector);
            if (range) showEvidence(doc, range);
          },
          'find',
        ),
      );
      li.firstElementChild!.append(...evidenceLabel(doc, item, pageLang));
    } else {
      li.append(el(doc, 'span', { class: 'plain' }, ...evidenceLabel(doc, item, pageLang)));
    }
    ul.append(li);
  }
  return ul;
}

/** Stops the current banner's guard, so a removal of ours is never undone. */
let stopGuard: (() => void) | null = null;

export function removeBanner(doc: Document): void {
  stopGuard?.();
  stopGuard = null;
  clearHighlight();
  for (const host of Array.from(doc.querySelectorAll(SELECTOR))) host.remove();
}

/**
 * A page that removes our banner gets it back once: the reader still sees the warning, and a page that keeps
 * removing it cannot make us fight it forever (the badge and popup keep telling the truth either way).
 */
function guard(doc: Document, host: HTMLElement): () => void {
  let reinserted = false;
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    observer.disconnect();
    if (reinserted) return;
    const where = placement(doc);
    if (!where) return;
    reinserted = true;
    insertWithoutShift(doc, host, where);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}

export function showBanner(doc: Document, model: BannerModel, actions: BannerActions): BannerHandle | null {
  const where = placement(doc);
  if (!where) return null;
  removeBanner(doc);
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-provenance-lens', 'banner');
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const pageLang = doc.documentElement.lang || '';

  const box = el(doc, 'div', { class: 'b' });
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', model.label);
  box.lang = model.lang;
  box.dir = model.dir;

  const lead = el(doc, 'p', { class: 'lead' }, el(doc, 'strong', { text: model.lead }));
  if (model.translated) lead.append(doc.createTextNode(` · ${model.translated}`));
  const note = model.note ? el(doc, 'p', { class: 'note', text: model.note }) : null;

  const evidence = el(doc, 'div', { class: 'ev' });
  evidence.id = 'ev';
  evidence.hidden = true;
  const actionsRow = el(doc, 'div', { class: 'actions' });
  const remove = () => {
    stopGuard?.();
    stopGuard = null;
    clearHighlight();
    host.remove();
  };

  if (model.evidence.length) {
    const why = button(doc, model.why, () => {
      const open = evidence.hidden;
      if (open && !evidence.firstChild) evidence.append(el(doc, 'h2', { text: model.evidenceHeading }), evidenceList(doc, model, where.article, pageLang));
      evidence.hidden = !open;
      why.setAttribute('aria-expanded', String(open));
      if (!open) clearHighlight();
    });
    why.setAttribute('aria-expanded', 'false');
    why.setAttribute('aria-controls', 'ev');
    actionsRow.append(why);
  }
  if (model.original) {
    const a = el(doc, 'a', { class: 'btn', text: model.original.label });
    a.href = model.original.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.title = model.original.host;
    actionsRow.append(a);
  }
  actionsRow.append(
    button(doc, model.dismiss, () => {
      remove();
      actions.dismiss();
    }),
    button(
      doc,
      model.never,
      () => {
        remove();
        actions.neverOnSite();
      },
      'btn quiet',
    ),
  );

  const style = el(doc, 'style', { text: BANNER_CSS });
  box.append(lead, ...(note ? [note] : []), actionsRow, evidence);
  root.append(style, box);
  insertWithoutShift(doc, host, where);
  stopGuard = guard(doc, host);
  return { key: model.key, remove };
}
