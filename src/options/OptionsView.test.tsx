import { defaults, type Settings } from '../settings/schema';
import { mount, textOf } from '../ui/test-dom';
import { OptionsView } from './OptionsView';

// linkedom has no `checked` property, so Preact writes the attribute; a browser would set the property.
const isChecked = (root: Element, selector: string) => root.querySelector(selector)!.hasAttribute('checked');
const tick = () => new Promise((r) => setTimeout(r, 0));

function fire(el: Element, type: string): void {
  const Ev = (el.ownerDocument.defaultView as unknown as { Event: typeof Event } | null)?.Event ?? Event;
  el.dispatchEvent(new Ev(type, { bubbles: true, cancelable: true }));
}

function setup(settings: Settings = defaults(), lang: 'en' | 'de' = 'en') {
  const changes: Settings[] = [];
  const root = mount(<OptionsView settings={settings} onChange={(s) => changes.push(s)} />, lang);
  return { root, changes, last: () => changes[changes.length - 1]! };
}

describe('options page', () => {
  test('shows every setting with its current value', () => {
    const { root } = setup({ ...defaults(), linkMarkers: false, language: 'de', neverOnSites: ['example.org'], dismissed: ['https://a.example/1'] });
    expect(isChecked(root, '#banner')).toBe(true);
    for (const g of ['state', 'captured', 'covert']) expect(isChecked(root, `#group-${g}`)).toBe(true);
    expect(isChecked(root, '#link-markers')).toBe(false);
    expect(isChecked(root, '#language-de')).toBe(true);
    expect(isChecked(root, '#language-auto')).toBe(false);
    expect(textOf(root.querySelector('.sites'))).toContain('example.org');
    expect(textOf(root.querySelector('.dismissed-count'))).toContain('Pages with a dismissed banner: 1');
  });

  test('one switch per platform and the people switch (off by default) report their changes', () => {
    const { root, last } = setup();
    for (const p of ['x', 'youtube', 'telegram', 'search']) expect(isChecked(root, `#platform-${p}`)).toBe(true);
    expect(isChecked(root, '#people')).toBe(false);
    const x = root.querySelector('#platform-x') as HTMLInputElement;
    x.checked = false;
    fire(x, 'change');
    expect(last().platforms.x).toBe(false);
    expect(last().platforms.youtube).toBe(true);
    const people = root.querySelector('#people') as HTMLInputElement;
    people.checked = true;
    fire(people, 'change');
    expect(last().people).toBe(true);
    expect(textOf(root.querySelector('#platforms-heading'))).toBe('Social platforms and search pages');
  });

  test('switching the banner off reports the change and disables the group switches', () => {
    const { root, last } = setup();
    const banner = root.querySelector('#banner') as HTMLInputElement;
    banner.checked = false;
    fire(banner, 'change');
    expect(last().banner).toBe(false);
    const off = setup({ ...defaults(), banner: false });
    expect((off.root.querySelector('#group-state') as HTMLInputElement).disabled).toBe(true);
  });

  test('one category group off', () => {
    const { root, last } = setup();
    const covert = root.querySelector('#group-covert') as HTMLInputElement;
    covert.checked = false;
    fire(covert, 'change');
    expect(last().bannerCategories).toEqual({ state: true, captured: true, covert: false });
  });

  test('adding a site normalises it; a bad one shows a message and changes nothing', async () => {
    const { root, changes, last } = setup();
    const input = root.querySelector('#site-input') as HTMLInputElement;
    input.value = 'https://www.Example.org/page';
    fire(input, 'input');
    await tick();
    fire(root.querySelector('form.add-site')!, 'submit');
    expect(last().neverOnSites).toEqual(['example.org']);
    await tick();
    input.value = 'not a host!';
    fire(input, 'input');
    await tick();
    fire(root.querySelector('form.add-site')!, 'submit');
    await tick();
    expect(changes).toHaveLength(1);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('“not a host!” is not a site address. Enter a host name such as example.org.');
  });

  test('removing a site and forgetting dismissed pages', () => {
    const { root, changes } = setup({ ...defaults(), neverOnSites: ['a.example', 'b.example'], dismissed: ['https://a.example/1'] });
    (root.querySelector('button.remove') as HTMLButtonElement).click();
    expect(changes[0]!.neverOnSites).toEqual(['b.example']);
    (root.querySelector('button.forget-dismissed') as HTMLButtonElement).click();
    expect(changes[1]!.dismissed).toEqual([]);
  });

  test('link markers and the interface language', () => {
    const { root, changes } = setup();
    const markers = root.querySelector('#link-markers') as HTMLInputElement;
    markers.checked = false;
    fire(markers, 'change');
    expect(changes[0]!.linkMarkers).toBe(false);
    fire(root.querySelector('#language-de')!, 'change');
    expect(changes[1]!.language).toBe('de');
  });

  test('credits name the registry sources and their licences, with links', () => {
    const { root } = setup();
    const credits = textOf(root.querySelector('.credits'));
    expect(credits).toContain('State Media Monitor');
    expect(credits).toContain('Information Laundromat');
    expect(credits).toMatch(/MIT licence/);
    const hrefs = [...root.querySelectorAll('.credits a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['https://github.com/ASD-at-GMF/state-media-profiles', 'https://github.com/ASD-at-GMF/disinfo-laundromat']));
  });

  test('in German', () => {
    const { root } = setup(defaults(), 'de');
    expect(textOf(root.querySelector('h1'))).toBe('Provenance Lens – Einstellungen');
    expect(textOf(root.querySelector('label[for="group-covert"]'))).toBe('Verdeckte Netzwerke und sanktionierte Propagandamedien');
  });
});
