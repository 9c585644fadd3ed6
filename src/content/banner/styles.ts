// The banner's own styles, inside its closed shadow root. Colours meet WCAG AA (≥ 4.5:1) in light and dark; the
// page's colour scheme is not ours to guess, so the reader's prefers-color-scheme decides.
export const BANNER_CSS = `
:host { all: initial; display: block; margin: 0 0 16px; }
.b { box-sizing: border-box; max-width: 100%; margin: 0; padding: 10px 14px; text-align: start;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1f1f1f; background: #fdecea; border: 1px solid #b3261e; border-inline-start-width: 6px; border-radius: 6px; }
.lead { margin: 0; overflow-wrap: anywhere; }
.note { margin: 2px 0 0; font-size: 0.92em; overflow-wrap: anywhere; }
.lead strong { font-weight: 650; color: #8c1d18; }
.actions { display: flex; flex-wrap: wrap; gap: 6px 8px; margin-top: 8px; }
.btn { box-sizing: border-box; display: inline-block; margin: 0; padding: 5px 11px; border: 1px solid #8c1d18; border-radius: 4px;
  font: inherit; font-size: 13px; line-height: 1.2; color: #8c1d18; background: #ffffff; cursor: pointer; text-decoration: none; }
.btn:hover { background: #f9dedc; }
.btn.quiet { border-color: transparent; background: transparent; text-decoration: underline; }
.btn.quiet:hover { background: #f9dedc; }
:focus { outline: none; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.ev { margin-top: 10px; }
.ev[hidden] { display: none; }
.ev h2 { margin: 0 0 4px; font-size: 13px; font-weight: 650; }
.ev ul { margin: 0; padding: 0; list-style: none; }
/* Own bullets: a list marker does not line up with a button that wraps over several lines. */
.ev li { display: flex; gap: 0.5em; margin: 3px 0; font-size: 13px; overflow-wrap: anywhere; }
.ev li::before { content: "•"; flex: none; }
.find { all: unset; flex: 1 1 auto; min-width: 0; cursor: pointer; border-radius: 2px; text-align: start; }
.plain { flex: 1 1 auto; min-width: 0; }
.find q { text-decoration: underline dotted; text-underline-offset: 2px; }
.find:hover q, .find:focus-visible q { text-decoration: underline solid; }
.find:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
.name { font-weight: 600; }
q { font-style: italic; }
@media (prefers-color-scheme: dark) {
  .b { color: #f2dedc; background: #3b1412; border-color: #ffb4ab; }
  .lead strong { color: #ffb4ab; }
  .btn { color: #ffdad6; background: #2b0f0d; border-color: #ffb4ab; }
  .btn:hover, .btn.quiet:hover { background: #5c1d19; }
  :focus-visible, .find:focus-visible { outline-color: #a8c7fa; }
}
@media (prefers-reduced-motion: no-preference) {
  .btn { transition: background-color 0.12s ease-out; }
}
`;

/** The highlight of a piece of evidence lives in the page (the text is the page's), so its rule does too. */
export const HIGHLIGHT_NAME = 'provenance-lens';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #000000; }`;
export const OUTLINE = { outline: '3px solid #f9a825', outlineOffset: '2px' };

/** Set on the host element inline and !important: the page's own rules (article > *, div { float }) win over :host. */
export const HOST_STYLE: Record<string, string> = {
  display: 'block',
  position: 'static',
  float: 'none',
  clear: 'both',
  width: 'auto',
  'max-width': '100%',
  height: 'auto',
  margin: '0 0 16px',
  padding: '0',
  border: '0',
  transform: 'none',
  opacity: '1',
  visibility: 'visible',
};
