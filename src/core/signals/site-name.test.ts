import { context } from '../test-kit';
import { detect } from './site-name';

const fires: [string, Parameters<typeof context>[0], string][] = [
  ['og:site_name RT', { siteName: 'RT' }, 'rt'],
  ['og:site_name RT International', { siteName: 'RT International' }, 'rt'],
  ['og:site_name Sputnik International', { siteName: 'Sputnik International' }, 'sputnik'],
  ['JSON-LD author Xinhua', { jsonLd: { publishers: [], authors: ['Xinhua'], urls: [] } }, 'xinhua'],
  ['JSON-LD publisher RT DE', { jsonLd: { publishers: ['RT DE'], authors: [], urls: [] } }, 'rt-de'],
  ['og:site_name is an outlet host', { siteName: 'sputnikglobe.com' }, 'sputnik'],
  ['og:site_name TASS', { siteName: 'TASS' }, 'tass'],
  ['og:site_name Global Times', { siteName: 'Global Times' }, 'global-times'],
];

const silent: [string, Parameters<typeof context>[0]][] = [
  ['ordinary site name', { siteName: 'Weltblick Nachrichten' }],
  ['RT Gallery', { siteName: 'RT Gallery' }],
  ['Breitbart', { siteName: 'Breitbart' }],
  ['ART Berlin', { siteName: 'ART Berlin' }],
  ['photographer credit as author', { jsonLd: { publishers: [], authors: ['Mikhail Sinitsyn/TASS'], urls: [] } }],
  ['on rt.com itself', { url: 'https://www.rt.com/news/1-x/', siteName: 'RT International' }],
  ['a non-outlet host as name', { siteName: 'example.org' }],
  ['Sputnik V as a name', { siteName: 'Sputnik V' }],
];

test.each(fires)('fires: %s', (_name, f, outlet) => {
  const found = detect(context(f));
  expect(found.map((s) => s.outlet)).toEqual([outlet]);
  expect(found[0]!.evidence.text).toMatch(/og:site_name|JSON-LD/);
});

test.each(silent)('silent: %s', (_name, f) => {
  expect(detect(context(f))).toEqual([]);
});

test('og:site_name and publisher naming the same outlet give one signal', () => {
  expect(detect(context({ siteName: 'RT', jsonLd: { publishers: ['RT'], authors: [], urls: [] } }))).toHaveLength(1);
});
