import type { Category, Verdict } from '../core/types';
import {
  bannerAllowed,
  DEFAULTS,
  defaults,
  LIMITS,
  migrate,
  normalizeHost,
  normalizePageUrl,
  parseSettings,
  SCHEMA_VERSION,
  toStored,
  withDismissed,
  withNeverOnSite,
  withoutNeverOnSite,
} from './schema';

function verdict(category: Category, warn = true, url = 'https://news.example/a?id=1'): Verdict {
  return {
    url,
    language: 'de',
    kind: 'republished',
    warn,
    confidence: 0.9,
    outlet: {
      id: 'x',
      name: 'X',
      aliases: [],
      country: 'RU',
      owner: '',
      funding: '',
      category,
      typology: { code: null, source: null },
      sanctions: [],
      references: [],
      domains: [],
      policy: warn ? 'warn' : 'inform',
    },
    site: { host: 'news.example' },
    translation: { detected: false, confidence: 0, markers: [] },
    originals: [],
    signals: [],
  };
}

describe('parseSettings', () => {
  test('nothing stored → the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULTS);
    expect(DEFAULTS).toEqual({
      banner: true,
      bannerCategories: { state: true, captured: true, covert: true },
      neverOnSites: [],
      dismissed: [],
      linkMarkers: true,
      platforms: { x: true, youtube: true, telegram: true, facebook: true, instagram: true, tiktok: true, bluesky: true, vk: true, search: true },
      people: false,
      language: 'auto',
    });
  });

  test.each([null, 42, 'settings', [], [1, 2], true])('corrupt storage %p → the defaults', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULTS);
  });

  test('each bad field falls back on its own; good fields are kept', () => {
    const s = parseSettings({
      version: 1,
      banner: 'yes',
      linkMarkers: false,
      people: 'yes',
      platforms: { x: false, youtube: 'no', search: false, myspace: false, __proto__: { vk: false } },
      language: 'fr',
      bannerCategories: { state: false, captured: 'no', covert: null, public: false, extra: true },
      neverOnSites: ['https://www.Example.ORG:8080/path', 'example.org', 42, 'bad host!', { host: 'x' }, 'news.example.com.'],
      dismissed: ['https://a.example/p#frag', 'javascript:alert(1)', 'https://a.example/p', 7],
    });
    expect(s).toEqual({
      banner: true,
      linkMarkers: false,
      platforms: { x: false, youtube: true, telegram: true, facebook: true, instagram: true, tiktok: true, bluesky: true, vk: true, search: false },
      people: false,
      language: 'auto',
      bannerCategories: { state: false, captured: true, covert: true },
      neverOnSites: ['example.org', 'news.example.com'],
      dismissed: ['https://a.example/p'],
    });
  });

  test('people and per-platform switches are kept when they are booleans', () => {
    const s = parseSettings({ people: true, platforms: { telegram: false } });
    expect(s.people).toBe(true);
    expect(s.platforms.telegram).toBe(false);
    expect(s.platforms.x).toBe(true);
    // The defaults are not shared with the result: changing one does not change the other.
    s.platforms.x = false;
    expect(DEFAULTS.platforms.x).toBe(true);
  });

  test('hostile values: prototype keys, huge lists and long strings are dropped or capped', () => {
    const raw = JSON.parse('{"__proto__": {"banner": false}, "bannerCategories": {"__proto__": {"state": false}}}');
    expect(parseSettings(raw)).toEqual(DEFAULTS);
    const many = Array.from({ length: 5_000 }, (_, i) => `site${i}.example`);
    expect(parseSettings({ neverOnSites: many }).neverOnSites).toHaveLength(LIMITS.sites);
    const pages = Array.from({ length: 1_000 }, (_, i) => `https://p.example/${i}`);
    const kept = parseSettings({ dismissed: pages }).dismissed;
    expect(kept).toHaveLength(LIMITS.dismissed);
    expect(kept.at(-1)).toBe('https://p.example/999'); // the newest are kept
    expect(parseSettings({ dismissed: [`https://p.example/${'x'.repeat(5_000)}`] }).dismissed).toEqual([]);
    expect(parseSettings({ neverOnSites: [`${'a'.repeat(300)}.example`] }).neverOnSites).toEqual([]);
  });

  test('a setting of every valid language is kept', () => {
    for (const language of ['auto', 'en', 'de']) expect(parseSettings({ language }).language).toBe(language);
  });
});

describe('schema version and migrations', () => {
  test('stored objects carry the current version and round-trip', () => {
    const s = { ...defaults(), banner: false, language: 'de' as const, neverOnSites: ['example.org'] };
    const stored = toStored(s);
    expect(stored.version).toBe(SCHEMA_VERSION);
    expect(parseSettings(stored)).toEqual(s);
  });

  test('migrations run in order from the stored version up to the target', () => {
    const table = {
      1: (o: Record<string, unknown>) => ({ ...o, showBanner: undefined, banner: o.showBanner, version: 2 }),
      2: (o: Record<string, unknown>) => ({ ...o, language: o.language === 'deutsch' ? 'de' : o.language, version: 3 }),
    };
    expect(migrate({ version: 1, showBanner: false, language: 'deutsch' }, table, 3)).toMatchObject({ banner: false, language: 'de', version: 3 });
    expect(migrate({ version: 2, banner: true, language: 'deutsch' }, table, 3)).toMatchObject({ banner: true, language: 'de' });
    // No version: counts as version 1.
    expect(migrate({ showBanner: false }, table, 3)).toMatchObject({ banner: false });
  });

  test('a newer stored version (after a downgrade) keeps the fields this version understands', () => {
    expect(parseSettings({ version: SCHEMA_VERSION + 5, banner: false, futureField: 1 })).toEqual({ ...defaults(), banner: false });
  });
});

describe('normalisation', () => {
  test.each([
    ['example.org', 'example.org'],
    ['  WWW.Example.org  ', 'example.org'],
    ['https://www.example.org/some/path?q=1', 'example.org'],
    ['example.org.', 'example.org'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['news.example.org:8080', 'news.example.org'],
  ])('host %p → %p', (input, out) => {
    expect(normalizeHost(input)).toBe(out);
  });

  test.each(['', '   ', 'not a host!', 'javascript:alert(1)', 'ftp://example.org', 'a..b', null, 3])('host %p is rejected', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });

  test('page addresses lose their fragment; other schemes are rejected', () => {
    expect(normalizePageUrl('https://a.example/p?x=1#top')).toBe('https://a.example/p?x=1');
    expect(normalizePageUrl('data:text/html,hi')).toBeNull();
    expect(normalizePageUrl('not a url')).toBeNull();
  });
});

describe('updates', () => {
  test('adding a site normalises and deduplicates; removing takes it out', () => {
    let s = withNeverOnSite(defaults(), 'https://www.example.org/x');
    s = withNeverOnSite(s, 'EXAMPLE.org');
    expect(s.neverOnSites).toEqual(['example.org']);
    expect(withNeverOnSite(s, 'not a host!')).toBe(s);
    expect(withoutNeverOnSite(s, 'www.example.org').neverOnSites).toEqual([]);
  });

  test('dismissing moves the page to the newest end once', () => {
    let s = withDismissed(defaults(), 'https://a.example/1');
    s = withDismissed(s, 'https://a.example/2#x');
    s = withDismissed(s, 'https://a.example/1');
    expect(s.dismissed).toEqual(['https://a.example/2', 'https://a.example/1']);
  });
});

describe('bannerAllowed', () => {
  const host = 'news.example';
  test('a warning verdict shows with the defaults', () => {
    expect(bannerAllowed(defaults(), verdict('state-controlled'), host)).toBe(true);
    expect(bannerAllowed(defaults(), verdict('covert-network'), host)).toBe(true);
    expect(bannerAllowed(defaults(), verdict('captured-private'), host)).toBe(true);
  });

  test('never without a warning or an outlet', () => {
    expect(bannerAllowed(defaults(), verdict('captured-public', false), host)).toBe(false);
    expect(bannerAllowed(defaults(), verdict('independent-public'), host)).toBe(false);
    expect(bannerAllowed(defaults(), { ...verdict('state-controlled'), outlet: null }, host)).toBe(false);
    expect(bannerAllowed(defaults(), null, host)).toBe(false);
  });

  test('the banner switch and the switch of the outlet category group', () => {
    expect(bannerAllowed({ ...defaults(), banner: false }, verdict('state-controlled'), host)).toBe(false);
    const noState = { ...defaults(), bannerCategories: { state: false, captured: true, covert: true } };
    expect(bannerAllowed(noState, verdict('state-controlled'), host)).toBe(false);
    expect(bannerAllowed(noState, verdict('propaganda-outlet'), host)).toBe(true);
  });

  test('sites where it never shows include their subdomains, and not look-alikes', () => {
    const s = withNeverOnSite(defaults(), 'example');
    expect(bannerAllowed(s, verdict('state-controlled'), 'news.example')).toBe(false);
    expect(bannerAllowed(s, verdict('state-controlled'), 'www.news.example')).toBe(false);
    expect(bannerAllowed(s, verdict('state-controlled'), 'badexample')).toBe(true);
  });

  test('a dismissed page (any #fragment) stays dismissed; other pages are not', () => {
    const s = withDismissed(defaults(), 'https://news.example/a?id=1#comments');
    expect(bannerAllowed(s, verdict('state-controlled'), host)).toBe(false);
    expect(bannerAllowed(s, verdict('state-controlled', true, 'https://news.example/b'), host)).toBe(true);
  });
});
