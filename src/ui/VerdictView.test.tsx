import type { Verdict } from '../core/types';
import { SAMPLES, type SampleName } from './samples';
import { mount, textOf } from './test-dom';
import { VerdictView } from './VerdictView';

const ALL = Object.entries(SAMPLES) as [SampleName, Verdict][];
const KIND_TEXT: Record<Verdict['kind'], string> = {
  'state-media': 'State media',
  republished: 'Republished state-media article',
  cites: 'Cites state media',
  'public-media': 'Public media',
  impersonation: 'Imitation of a real outlet',
  none: 'No state-media origin found',
};
const isHttp = (u: string) => /^https?:\/\//.test(u);

describe.each(ALL)('sample %s', (_name, v) => {
  const root = mount(<VerdictView verdict={v} onOpenOptions={() => {}} />);

  test('heading (.kind) and outlet name (.outlet-name), as the e2e tests read them', () => {
    expect(textOf(root.querySelector('.kind'))).toBe(KIND_TEXT[v.kind]);
    if (v.outlet) expect(textOf(root.querySelector('.outlet-name'))).toBe(v.outlet.name);
  });

  test('every signal and every translation marker is listed with its evidence text', () => {
    const items = [...root.querySelectorAll('li.signal')];
    expect(items.map((li) => li.getAttribute('data-signal'))).toEqual([...v.translation.markers, ...v.signals].map((s) => s.id));
    [...v.translation.markers, ...v.signals].forEach((s, i) => {
      const text = textOf(items[i]);
      if (s.id === 'mt-language-mismatch') expect(text).toMatch(/Page in \w+, the outlet’s edition in \w+/);
      else if (s.evidence.text) expect(text).toContain(s.evidence.text.replace(/\s+/g, ' ').trim());
    });
  });

  test('every http(s) original is a link to its address, in a new tab without opener or referrer', () => {
    const links = [...root.querySelectorAll('.originals a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(v.originals.filter((o) => isHttp(o.url)).map((o) => new URL(o.url).href));
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('no link anywhere goes to anything but http(s), and nothing from the page becomes markup', () => {
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(root.querySelectorAll('script, img, iframe, b, i, style').length).toBe(0);
  });
});

describe('hostile page data', () => {
  const v = SAMPLES.hostile;
  const root = mount(<VerdictView verdict={v} />);
  test('a <script> in the title is shown as text', () => {
    expect(root.textContent).toContain('<script>alert("title")</script> | RT');
    expect(textOf(root.querySelector('.outlet-name'))).toBe('RT <img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('script, img').length).toBe(0);
  });
  test('javascript: and data: addresses are not links', () => {
    expect(root.querySelectorAll('a[href^="javascript:"], a[href^="data:"]').length).toBe(0);
    expect(textOf(root.querySelector('.original-source-link'))).toContain('Original article');
    expect(root.querySelector('.original-source-link a')).toBeNull();
    expect(root.querySelector('.original-canonical a')?.getAttribute('href')).toBe('https://www.rt.com/russia/590571-putin-choe-north-korea/');
    expect(root.querySelector('[data-signal="source-link"] a')).toBeNull();
  });
  test('a signal id from a newer engine is shown by its id', () => {
    expect(textOf(root.querySelector('[data-signal="no-such-signal"] .signal-name'))).toBe('no-such-signal');
  });
});

describe('the founding example in German', () => {
  const root = mount(<VerdictView verdict={SAMPLES.republished} />, 'de');
  test('labels, country, dates and languages follow the interface language', () => {
    expect(textOf(root.querySelector('.kind'))).toBe('Übernommener Staatsmedien-Artikel');
    expect(textOf(root.querySelector('.country'))).toBe('Russland');
    expect(textOf(root.querySelector('.category'))).toBe('staatlich kontrollierte Medien');
    expect(textOf(root.querySelector('.sanctions'))).toContain('1. März 2022');
    expect(textOf(root.querySelector('.translation-summary'))).toContain('Maschinell übersetzt (Ausgangssprache: Englisch)');
    expect(textOf(root.querySelector('[data-signal="mt-language-mismatch"]'))).toContain('Seite auf Deutsch, Ausgabe des Mediums auf Englisch');
    expect(textOf(root.querySelector('.republished-on'))).toBe('Übernommen auf weltblick-nachrichten.example');
  });
  test('lang attributes: quotes in the page language, registry facts in English', () => {
    expect(root.querySelector('[data-signal="boilerplate"] q')?.getAttribute('lang')).toBe('de');
    expect(root.querySelector('.owner [lang]')?.getAttribute('lang')).toBe('en');
  });
});

describe('structure and events', () => {
  test('headings: one h1, then h2 sections', () => {
    const root = mount(<VerdictView verdict={SAMPLES.republished} />);
    expect(root.querySelectorAll('h1').length).toBe(1);
    expect([...root.querySelectorAll('h2')].map((h) => textOf(h))).toEqual(['RT', 'The original', 'Machine translation', 'Evidence']);
  });
  test('the settings button sends onOpenOptions', () => {
    const onOpenOptions = jest.fn();
    const root = mount(<VerdictView verdict={SAMPLES.stateMedia} onOpenOptions={onOpenOptions} />);
    (root.querySelector('button.settings') as HTMLButtonElement).click();
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });
  test('no verdict: the empty state, still with the settings button', () => {
    const root = mount(<VerdictView verdict={null} onOpenOptions={() => {}} />);
    expect(textOf(root.querySelector('.empty'))).toContain('No result for this tab yet');
    expect(root.querySelector('button.settings')).not.toBeNull();
    expect(root.querySelector('.kind')).toBeNull();
  });
  test('a listed account\'s page (x.com/RT_com) names the account', () => {
    const v = { ...SAMPLES.translateProxy, site: { host: 'x.com', account: { platform: 'x' as const, handle: 'RT_com', role: 'outlet' as const, address: 'x.com/RT_com' } } };
    const root = mount(<VerdictView verdict={v} />);
    expect(textOf(root.querySelector('.site'))).toBe(`Page: x.com · x.com/RT_com, a listed account of ${v.outlet!.name}`);
  });
  test('a page seen through Google Translate names the proxy', () => {
    const root = mount(<VerdictView verdict={SAMPLES.translateProxy} />);
    expect(textOf(root.querySelector('.site'))).toBe('Page: www.rt.com (via www-rt-com.translate.goog)');
  });
});

describe('a look-alike site', () => {
  const v = require('../../test/corpus/imp-fr-lemonde-ltd-listed/verdict.json') as Verdict;
  const root = mount(<VerdictView verdict={v} />);
  test('heading, whom it imitates and where the real one is, the list and every claim', () => {
    expect(textOf(root.querySelector('.kind'))).toBe('Imitation of a real outlet');
    expect(textOf(root.querySelector('.imitates'))).toBe('Le Monde · lemonde.fr');
    expect(root.querySelector('.imitates a')!.getAttribute('href')).toBe('https://lemonde.fr/');
    expect(textOf(root.querySelector('.listed'))).toMatch(/^Listed by: Meta/);
    expect(Array.from(root.querySelectorAll('.claim')).map(textOf)).toEqual(['application name: “Le Monde.fr”'.replace(/[“”]/g, '')]);
    // The operation behind it, with its sanctions.
    expect(textOf(root.querySelector('.outlet-name'))).toMatch(/Doppelganger/);
  });
});
