// Every text/background pair the stylesheet uses meets WCAG AA (4.5:1) in the light and the dark scheme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const css = readFileSync(join(__dirname, '..', '..', 'static', 'ui.css'), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = vars(/:root\s*\{([^}]*)\}/.exec(css)![1]!);
const dark = { ...light, ...vars(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['error', 'bg'],
  ['fg', 'panel'],
  ['muted', 'panel'],
  ['link', 'panel'],
  ['warn-fg', 'warn-bg'],
  ['inform-fg', 'inform-bg'],
  ['public-fg', 'public-bg'],
  ['neutral-fg', 'neutral-bg'],
];

test.each([
  ['light', light],
  ['dark', dark],
])('%s scheme: every text pair reaches 4.5:1', (_scheme, palette) => {
  const low = PAIRS.map(([f, b]) => [`${f} on ${b}`, Math.round(contrast(palette[f]!, palette[b]!) * 100) / 100] as const).filter(([, r]) => r < 4.5);
  expect(low).toEqual([]);
});

test('the contrast formula matches known values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});
