import { catalogueTranslator } from '../i18n/catalogue';
import { markersAllowedOn, markerTitles } from './markers';

const { t } = catalogueTranslator('en', 'en');
const PAGE = 'https://news.example/2024/a';

describe('markerTitles', () => {
  test.each([
    ['an RT host', 'www.rt.com', /^RT — /],
    ['a mirror subdomain', 'cdni.rt.com', /^RT — /],
    ['an edition', 'de.rt.com', /^RT DE/],
    ['a covert network site', 'pravda-de.com', / — /],
    ['a path-scoped entry', 'odysee.com/@rtfrance:a', /^RT France/],
  ])('%s gets one', (_what, host, title) => {
    expect(markerTitles([host], PAGE, true, t)?.[host]).toMatch(title);
  });

  test.each([
    ['public media', 'www.bbc.com'],
    ['an informational outlet', 'www.agerpres.ro'],
    ['an ordinary site', 'news.example'],
    ['a host that only ends like one', 'notrt.com'],
    ['another channel on a shared host', 'odysee.com/@someone:1'],
    ['a host with a quote', 'rt.com"x'],
  ])('%s gets none', (_what, host) => {
    expect(markerTitles([host], PAGE, true, t)).toEqual({});
  });

  test('the tooltip names the category in the interface language', () => {
    const de = catalogueTranslator('de', 'de').t;
    expect(markerTitles(['www.rt.com'], PAGE, true, de)?.['www.rt.com']).toMatch(/^RT – staatlich kontrollierte/);
  });

  test('off when the reader turned markers off, and on a warned outlet’s own site', () => {
    expect(markerTitles(['www.rt.com'], PAGE, false, t)).toBeNull();
    expect(markerTitles(['sputnikglobe.com'], 'https://www.rt.com/news/1/', true, t)).toBeNull();
    expect(markersAllowedOn('https://www.bbc.com/news/1')).toBe(true);
    expect(markersAllowedOn('file:///tmp/x.html')).toBe(false);
  });
});
