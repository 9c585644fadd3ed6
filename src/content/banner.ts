// The inline banner: a host element with a closed shadow root, so the page can neither restyle nor read it.
import type { Verdict } from '../core/types';

const STYLE = `
:host { all: initial; display: block; }
.b { font: 14px/1.4 system-ui, sans-serif; color: #1f1f1f; background: #fdecea; border: 1px solid #b3261e;
     border-left-width: 6px; padding: 10px 14px; margin: 0 0 12px; border-radius: 4px; }
.b strong { color: #8c1d18; }
@media (prefers-color-scheme: dark) { .b { background: #3b1412; color: #f2dedc; } .b strong { color: #ffb4ab; } }
`;

export function bannerText(v: Verdict): string {
  const outlet = v.outlet;
  if (!outlet) return '';
  const what = outlet.category.replace(/-/g, ' ');
  const lead = v.kind === 'republished' ? `Republished from ${outlet.name}` : outlet.name;
  const mt = v.translation.detected && v.translation.from ? ` · machine-translated from ${v.translation.from}` : '';
  return `${lead}, ${outlet.country} ${what} media${mt}`;
}

export function showBanner(doc: Document, v: Verdict): HTMLElement | null {
  if (!v.warn || !v.outlet || !doc.body) return null;
  const existing = doc.querySelector('[data-provenance-lens="banner"]');
  if (existing) existing.remove();
  const host = doc.createElement('div');
  host.setAttribute('data-provenance-lens', 'banner');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'b';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Provenance Lens');
  const strong = doc.createElement('strong');
  strong.textContent = 'Provenance Lens: ';
  box.append(strong, doc.createTextNode(bannerText(v)));
  root.append(style, box);
  doc.body.prepend(host);
  return host;
}
