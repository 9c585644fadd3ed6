import { OutletCard } from './OutletCard';
import { SAMPLES } from './samples';
import { mount, textOf } from './test-dom';

describe('OutletCard', () => {
  test('RT: every field, the classification source and date, sanctions and references', () => {
    const o = SAMPLES.republished.outlet!;
    const root = mount(<OutletCard outlet={o} republishedOn="weltblick-nachrichten.example" />);
    expect(textOf(root.querySelector('.outlet-name'))).toBe('RT');
    expect(textOf(root.querySelector('.republished-on'))).toBe('Republished on weltblick-nachrichten.example');
    expect(textOf(root.querySelector('.country'))).toBe('Russia');
    expect(textOf(root.querySelector('.owner'))).toBe(o.owner);
    expect(textOf(root.querySelector('.funding'))).toBe(o.funding);
    expect(textOf(root.querySelector('.category'))).toBe('state-controlled media');
    expect(textOf(root.querySelector('.category-help'))).toMatch(/^Funded by the state/);
    expect(root.querySelector('.typology a')?.getAttribute('href')).toBe('https://statemediamonitor.com/2023/10/rt/');
    expect(textOf(root.querySelector('.as-of'))).toBe('as of: MJRC State Media Monitor outlet page, Oct 2023');
    // the registry's RT entry: three EU acts, one UK, two US (the summary names each jurisdiction once)
    expect(textOf(root.querySelector('.sanctions summary'))).toBe('Sanctions and bans (6): EU, UK, US');
    const sanctions = [...root.querySelectorAll('.sanction')];
    expect(sanctions.map((li) => textOf(li.querySelector('.jurisdiction')))).toEqual(['EU', 'EU', 'EU', 'UK', 'US', 'US']);
    expect(sanctions.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(o.sanctions.map((s) => s.date));
    expect(textOf(sanctions[0]!.querySelector('time'))).toBe('March 1, 2022');
    expect(textOf(sanctions[0]!.querySelector('.act'))).toBe(o.sanctions[0]!.act);
    expect([...root.querySelectorAll('.references a')].map((a) => a.getAttribute('href'))).toEqual(o.references.map((r) => r.url));
  });

  test('an edition names its network', () => {
    const root = mount(<OutletCard outlet={SAMPLES.edition.outlet!} />);
    expect(textOf(root.querySelector('.network'))).toBe('Part of RT');
  });

  test('empty registry fields read "not recorded"; no sanctions, no sanctions list', () => {
    const root = mount(<OutletCard outlet={SAMPLES.informational.outlet!} />);
    expect(textOf(root.querySelector('.owner'))).toBe('not recorded');
    expect(textOf(root.querySelector('.funding'))).toBe('not recorded');
    expect(textOf(root.querySelector('.country'))).toBe('Tanzania');
    expect(root.querySelector('.sanctions')).toBeNull();
  });

  test('German: country, dates, labels; the note that registry facts are English', () => {
    const root = mount(<OutletCard outlet={SAMPLES.cites.outlet!} />, 'de');
    expect(textOf(root.querySelector('.country'))).toBe('Russland');
    expect(textOf(root.querySelector('.category'))).toBe('staatlich kontrollierte Medien');
    expect(textOf(root.querySelector('dt'))).toBe('Einstufung');
    expect(textOf(root.querySelector('.note'))).toMatch(/englisch/);
  });

  test('hostile registry text stays text and bad addresses are not links', () => {
    const root = mount(<OutletCard outlet={SAMPLES.hostile.outlet!} />);
    expect(textOf(root.querySelector('.owner'))).toBe('<b>bold</b> owner');
    expect(textOf(root.querySelector('.act'))).toBe('<script>alert("act")</script>');
    expect(textOf(root.querySelector('.sanction time'))).toBe('not a date');
    expect(root.querySelectorAll('a').length).toBe(0);
    expect(root.querySelectorAll('script, b, i').length).toBe(0);
  });
});
