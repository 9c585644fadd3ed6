#!/usr/bin/env node
// Renders the extension icons from their SVG sources with the headless Chromium
// that playwright-core drives (no image library needed):
//   icons/icon-small.svg  → icons/icon-16.png  (simplified pixel art on the 16 px grid)
//   icons/icon.svg        → icons/icon-32.png, icon-48.png, icon-128.png
//                           (drawn on a 128 grid whose main edges fall on
//                            multiples of 8, so they land on whole pixels at 16/32/48)
//
//   node scripts/render-icons.mjs                 (npm run icons)
//   node scripts/render-icons.mjs --preview out.png
//       also writes a contact sheet: every size at 1× and enlarged 8×/4×/2×/1×
//       with nearest-neighbour scaling, on a light and a dark toolbar colour.
//
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else playwright's own.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const icons = join(root, 'icons');

/** Output size → SVG source drawn for it. */
export const TARGETS = [
  { size: 16, src: 'icon-small.svg' },
  { size: 32, src: 'icon.svg' },
  { size: 48, src: 'icon.svg' },
  { size: 128, src: 'icon.svg' },
];

function executablePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined; // let playwright find its own browser
}

/** The SVG inlined at exactly size×size CSS pixels, on a transparent page. */
function pageFor(svgText, size) {
  const svg = svgText
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<svg\b([^>]*)>/, (m, attrs) => {
      const rest = attrs.replace(/\s(width|height)="[^"]*"/g, '');
      return `<svg${rest} width="${size}" height="${size}">`;
    });
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    svg { display: block; }
  </style></head><body>${svg}</body></html>`;
}

async function main() {
  const args = process.argv.slice(2);
  const previewAt = args.indexOf('--preview');
  const previewFile = previewAt >= 0 ? resolve(args[previewAt + 1] ?? 'icons-preview.png') : null;

  const browser = await chromium.launch({
    executablePath: executablePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const written = [];
    for (const { size, src } of TARGETS) {
      const svgText = readFileSync(join(icons, src), 'utf8');
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(pageFor(svgText, size));
      const out = join(icons, `icon-${size}.png`);
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      written.push(out);
      console.log(`icons/icon-${size}.png  ← icons/${src}`);
    }

    if (previewFile) {
      const img = (size, scale) => {
        const data = readFileSync(join(icons, `icon-${size}.png`)).toString('base64');
        return `<img src="data:image/png;base64,${data}" width="${size * scale}" height="${size * scale}">`;
      };
      const row = (bg) => `<div class="row" style="background:${bg}">
        ${TARGETS.map(({ size }) => img(size, 1)).join('')}
        ${TARGETS.map(({ size }) => img(size, Math.max(1, 128 / size))).join('')}
      </div>`;
      const html = `<!doctype html><html><head><style>
        body { margin: 0; }
        .row { display: flex; align-items: center; gap: 16px; padding: 16px; }
        img { image-rendering: pixelated; }
      </style></head><body>${row('#f1f3f4')}${row('#202124')}${row('#0e7490')}</body></html>`;
      const page = await browser.newPage({ viewport: { width: 900, height: 480 }, deviceScaleFactor: 1 });
      await page.setContent(html);
      await page.screenshot({ path: previewFile, fullPage: true });
      await page.close();
      console.log(`preview → ${previewFile}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
