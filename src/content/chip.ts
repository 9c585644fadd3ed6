// A chip: a small label after an account's name, on a link card or on a search result, in a CLOSED shadow root
// (the page can neither read nor restyle it), built with createElement and textContent only. It opens a popover
// (top layer: never clipped by the feed's own boxes, never shifting it) with the outlet's facts and their sources.
// The click goes no further than the chip: a chip inside a link or a post does not open it.
import type { ChipModel } from '../wording/chips';

export const CHIP_SELECTOR = '[data-provenance-lens="chip"]';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'inline-block',
  'vertical-align': 'middle',
  'margin-inline-start': '0.35em',
  'line-height': '1',
};

const CSS = `
button.chip{all:initial;display:inline-block;box-sizing:border-box;font:600 11px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;padding:0 6px;border-radius:8px;background:#b3261e;color:#fff;cursor:pointer;white-space:nowrap;max-width:22em;overflow:hidden;text-overflow:ellipsis;vertical-align:middle}
button.chip.person{background:#5f6368}
button.chip:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
.pop{margin:0;inset:auto;position:fixed;box-sizing:border-box;width:min(22rem,calc(100vw - 16px));max-height:min(28rem,calc(100vh - 16px));overflow:auto;padding:12px 14px;border:1px solid #c4c7c5;border-radius:10px;background:#fff;color:#1f1f1f;font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;box-shadow:0 4px 18px rgba(0,0,0,.22);text-align:start}
.pop h2{font:600 15px/1.3 system-ui,sans-serif;margin:0 0 8px}
.pop dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:4px 10px}
.pop dt{font-weight:600;color:#444}
.pop dd{margin:0;overflow-wrap:anywhere}
.pop a{color:#0b57d0}
.pop .foot{margin:10px 0 0;font-size:12px}
.pop .close{all:initial;float:inline-end;font:600 12px/1 system-ui,sans-serif;padding:4px 8px;border:1px solid #c4c7c5;border-radius:6px;cursor:pointer;color:#1f1f1f;background:#f3f3f3}
@media (prefers-color-scheme:dark){.pop{background:#202124;color:#e8eaed;border-color:#5f6368}.pop dt{color:#bdc1c6}.pop a{color:#8ab4f8}.pop .close{background:#303134;color:#e8eaed}}
`;

let sheet: CSSStyleSheet | null | undefined;

/** One constructed style sheet for every chip (cheaper than a <style> each); a <style> where that is refused. */
function style(doc: Document, root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    } catch {
      sheet = null;
    }
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Firefox's content scripts may not hand their own sheet to a page's node: a <style> instead
    }
  }
  const s = doc.createElement('style');
  s.textContent = CSS;
  root.append(s);
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function popover(doc: Document, model: ChipModel, onClose: () => void): HTMLDivElement {
  const pop = el(doc, 'div', undefined, 'pop');
  pop.setAttribute('popover', 'auto');
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', model.heading);
  pop.lang = model.lang;
  pop.dir = model.dir;
  const close = el(doc, 'button', model.close, 'close');
  close.type = 'button';
  close.addEventListener('click', (e) => {
    e.stopPropagation();
    e.preventDefault();
    onClose();
  });
  const h = el(doc, 'h2', model.heading);
  h.lang = 'en';
  const dl = el(doc, 'dl');
  for (const f of model.facts) {
    const dd = el(doc, 'dd');
    const value = el(doc, 'span', f.value);
    if (f.registry) value.lang = 'en';
    dd.append(value);
    if (f.url && /^https?:\/\//.test(f.url)) {
      const a = el(doc, 'a', f.urlLabel ?? f.url);
      a.href = f.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      dd.append(doc.createTextNode(' '), a);
    }
    dl.append(el(doc, 'dt', f.term), dd);
  }
  pop.append(close, h, dl);
  if (/^https:\/\//.test(model.report.url)) {
    const report = el(doc, 'a', model.report.label, 'report');
    report.href = model.report.url;
    report.target = '_blank';
    report.rel = 'noopener noreferrer';
    const p = el(doc, 'p', undefined, 'foot');
    p.append(report);
    pop.append(p);
  }
  // The popover sits inside the page's post or link: a press on it goes no further, and only our own links open.
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) pop.addEventListener(type, (e) => e.stopPropagation());
  pop.addEventListener('click', (e) => {
    e.stopPropagation();
    const target = e.composedPath()[0];
    if (!(target instanceof Element && target.closest('a'))) e.preventDefault();
  });
  return pop;
}

/** Places the popover beside the chip, inside the viewport. */
function position(pop: HTMLElement, chip: HTMLElement): void {
  const r = chip.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || innerWidth;
  const vh = document.documentElement.clientHeight || innerHeight;
  const w = Math.min(352, vw - 16);
  const left = Math.max(8, Math.min(r.left, vw - w - 8));
  pop.style.left = `${left}px`;
  const below = r.bottom + 6;
  const h = pop.offsetHeight || 200;
  pop.style.top = `${below + h > vh - 8 && r.top - h - 6 > 8 ? r.top - h - 6 : Math.min(below, Math.max(8, vh - h - 8))}px`;
}

export interface Chip {
  host: HTMLElement;
  key: string;
}

export function makeChip(doc: Document, model: ChipModel, key: string): Chip {
  const host = doc.createElement('span');
  host.setAttribute('data-provenance-lens', 'chip');
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  style(doc, root);
  const b = el(doc, 'button', model.text, model.tone === 'person' ? 'chip person' : 'chip');
  b.type = 'button';
  b.lang = model.lang;
  b.title = model.label;
  b.setAttribute('aria-label', model.label);
  b.setAttribute('aria-haspopup', 'dialog');
  b.setAttribute('aria-expanded', 'false');
  let pop: HTMLDivElement | null = null;
  const hide = () => {
    try {
      pop?.hidePopover();
    } catch {
      // already closed
    }
  };
  // Nothing of ours reaches the page: not the press (a link around the chip would open), not the click, not a
  // middle click, a touch or a key (a page's listeners in the capture phase still see them: the chip does nothing
  // the page must not know of).
  /** Open when the press began: the popover's light dismiss closes it before the click, which must not reopen it. */
  let openAtPress = false;
  b.addEventListener('pointerdown', () => (openAtPress = !!pop?.matches(':popover-open')));
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'touchstart', 'touchend', 'keydown', 'keyup'] as const) b.addEventListener(type, (e) => e.stopPropagation());
  b.addEventListener('auxclick', (e) => {
    e.preventDefault();
    e.stopPropagation();
  });
  b.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (openAtPress) {
      openAtPress = false;
      return hide();
    }
    if (!pop) {
      pop = popover(doc, model, hide);
      pop.addEventListener('toggle', (t) => b.setAttribute('aria-expanded', String((t as ToggleEvent).newState === 'open')));
      root.append(pop);
    }
    if (pop.matches(':popover-open')) return hide();
    pop.showPopover();
    position(pop, b);
  });
  root.append(b);
  return { host, key };
}

export function removeChips(doc: Document): void {
  for (const c of Array.from(doc.querySelectorAll(CHIP_SELECTOR))) c.remove();
}
