// The background's flow on real pages, with the browser APIs replaced by an in-memory Env: digest → gate → (shut:
// a verdict from the address) or (open: the page's markup → extraction → analysis → banner wording), refresh after
// settings changes, markers, and the banner's two buttons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseDigest } from '../src/core/gate/digest';
import type { Verdict } from '../src/core/types';
import { readDigest } from '../src/content/digest';
import { catalogueTranslator } from '../src/i18n/catalogue';
import { defaults, type Settings } from '../src/settings/schema';
import { handle, type Env } from '../src/background/pipeline';

const CORPUS = join(__dirname, 'corpus');
const caseOf = (name: string) => ({ url: JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')).url as string, html: readFileSync(join(CORPUS, name, 'page.html'), 'utf8') });
const SEED = caseOf('seed-rt-de-republish');

function fakeEnv(settings: Settings = defaults()) {
  const stored = new Map<number, Verdict>();
  const latest = new Map<number, string>();
  const badges: (Verdict | null)[] = [];
  const calls: string[] = [];
  const env: Env = {
    settings: async () => settings,
    translator: async () => catalogueTranslator('en', 'en'),
    detectLanguage: async (text) => (/\b(und|der|die)\b/.test(text) ? { lang: 'de', confidence: 0.99 } : { lang: 'en', confidence: 0.99 }),
    saveVerdict: async (tab, v) => void stored.set(tab, v),
    loadVerdict: async (tab) => stored.get(tab) ?? null,
    saveLatest: async (tab, token) => void latest.set(tab, token),
    loadLatest: async (tab) => latest.get(tab) ?? null,
    showBadge: async (_tab, v) => void badges.push(v),
    dismissPage: async (url) => void calls.push(`dismiss ${url}`),
    neverShowOn: async (host) => void calls.push(`never ${host}`),
  };
  return { env, stored, badges, calls, settings };
}

function digestOf(html: string, url: string) {
  const d = parseDigest(readDigest(parseHTML(html).document as unknown as Document, url));
  if (!d) throw new Error('digest outside its schema');
  return d;
}

test('the founding example: the gate opens, the markup gives the RT verdict and an English banner', async () => {
  const { env, stored, badges } = fakeEnv();
  const gate = (await handle(env, 4, { type: 'digest', token: 'd:1', digest: digestOf(SEED.html, SEED.url) })) as { open: boolean; markers: Record<string, string> };
  expect(gate.open).toBe(true);
  expect(gate.markers['www.rt.com']).toMatch(/^RT — state-controlled/);
  expect(stored.size).toBe(0); // nothing stored before the page itself is analysed
  const page = (await handle(env, 4, { type: 'page', token: 'd:1', url: SEED.url, markup: SEED.html })) as { banner: { lead: string; original: { url: string } } | null; ms: number };
  expect(stored.get(4)).toMatchObject({ kind: 'republished', warn: true, outlet: { id: 'rt' }, translation: { detected: true } });
  expect(badges).toHaveLength(1);
  expect(page.banner?.lead).toMatch(/^Republished from RT/);
  expect(page.banner?.original.url).toBe('https://www.rt.com/russia/590571-putin-choe-north-korea/');
  expect(page.ms).toBeGreaterThan(0);
});

test('an ordinary page: the gate shuts and the badge gets a verdict from the address alone', async () => {
  const { env, stored, badges } = fakeEnv();
  const html = '<html lang="en"><head><title>Council meets</title></head><body><article><p>The council met on Tuesday.</p></article></body></html>';
  const gate = await handle(env, 2, { type: 'digest', token: 'd:1', digest: digestOf(html, 'https://news.example/a') });
  expect(gate).toEqual({ open: false, markers: {} });
  expect(stored.get(2)).toMatchObject({ kind: 'none', warn: false, url: 'https://news.example/a' });
  expect(badges).toHaveLength(1);
});

test('a public broadcaster’s own page: decided by the address, no extraction', async () => {
  const { env, stored } = fakeEnv();
  const gate = await handle(env, 3, { type: 'digest', token: 'd:1', digest: digestOf('<title>News</title><p>Text</p>', 'https://www.bbc.com/news/1') });
  expect(gate).toMatchObject({ open: false });
  expect(stored.get(3)).toMatchObject({ kind: 'public-media', warn: false });
});

test('refresh: the stored verdict worded again under new settings; another page gets nothing', async () => {
  const { env, settings } = fakeEnv();
  await env.saveLatest(4, 'd:1');
  await handle(env, 4, { type: 'page', token: 'd:1', url: SEED.url, markup: SEED.html });
  const on = (await handle(env, 4, { type: 'refresh', url: `${SEED.url}#comments`, hosts: ['www.rt.com'] })) as { banner: unknown; markers: unknown };
  expect(on.banner).not.toBeNull();
  expect(on.markers).toEqual({ 'www.rt.com': expect.stringMatching(/^RT/) });
  settings.banner = false;
  settings.linkMarkers = false;
  expect(await handle(env, 4, { type: 'refresh', url: SEED.url, hosts: ['www.rt.com'] })).toEqual({ banner: null, markers: null });
  settings.banner = true;
  expect(await handle(env, 4, { type: 'refresh', url: 'https://weltblick-nachrichten.example/other', hosts: [] })).toEqual({ banner: null, markers: null });
});

test('the banner buttons: Dismiss remembers the address, "Don’t show on this site" the host', async () => {
  const { env, calls } = fakeEnv();
  await handle(env, 1, { type: 'dismiss', url: SEED.url });
  await handle(env, 1, { type: 'never-on-site', url: SEED.url });
  expect(calls).toEqual([`dismiss ${SEED.url}`, 'never weltblick-nachrichten.example']);
});

test('markers for links the page added later: only warned outlets', async () => {
  const { env } = fakeEnv();
  expect(await handle(env, 1, { type: 'markers', url: 'https://news.example/a', hosts: ['sputnikglobe.com', 'www.bbc.com', 'news.example'] })).toEqual({ 'sputnikglobe.com': expect.stringMatching(/Sputnik/) });
});

test('a slow analysis of the page before does not overwrite the verdict of the page the tab shows now', async () => {
  const { env, stored, badges } = fakeEnv();
  // Page A's gate opens (token A:1); the tab moves on to page B, whose gate shuts (token B:1) …
  await handle(env, 5, { type: 'digest', token: 'A:1', digest: digestOf(SEED.html, SEED.url) });
  const plain = '<title>Council</title><article><p>The council met.</p></article>';
  await handle(env, 5, { type: 'digest', token: 'B:1', digest: digestOf(plain, 'https://weltblick-nachrichten.example/other') });
  expect(stored.get(5)).toMatchObject({ kind: 'none' });
  // … then A's markup arrives: analysed, but neither saved, badged nor given a banner.
  const late = (await handle(env, 5, { type: 'page', token: 'A:1', url: SEED.url, markup: SEED.html })) as { banner: unknown };
  expect(late.banner).toBeNull();
  expect(stored.get(5)).toMatchObject({ kind: 'none', url: 'https://weltblick-nachrichten.example/other' });
  expect(badges).toHaveLength(1);
});

describe("whose translation: the reader's own browser translation is no finding", () => {
  // A German local news page as the reader's browser shows it once translated into English: Chrome's residue (the
  // class translated-ltr, <font> wrappers, <html lang> set to the target language).
  const URL = 'https://lokalzeitung.example/2024/stadtrat';
  const para = '<p><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">The city council met on Monday and discussed the new budget for the schools and the swimming pool.</font></font></p>';
  const TRANSLATED = `<html lang="en" class="translated-ltr"><head><title>City council</title></head><body><article><h1>City council</h1>${para.repeat(6)}</article></body></html>`;

  async function verdictOf(served?: { lang: string | null; residue: boolean }) {
    const { env, stored } = fakeEnv();
    const gate = await handle(env, 9, { type: 'digest', token: 'd:1', digest: digestOf(TRANSLATED, URL) });
    expect(gate.open).toBe(true); // residue opens the gate
    await handle(env, 9, { type: 'page', token: 'd:1', url: URL, markup: TRANSLATED, ...(served ? { served } : {}) });
    return stored.get(9)!;
  }

  test('residue that was not there as served: no translation finding, the page is noted as shown translated', async () => {
    const v = await verdictOf({ lang: 'de', residue: false });
    expect(v.translation.detected).toBe(false);
    expect(v.translation.markers.filter((m) => m.id === 'mt-dom-residue')).toEqual([]);
    expect(v.translation.shownTranslated).toEqual({ to: 'en' });
  });

  test('residue as served, but <html lang> changed since (de → en): the reader\'s translation too', async () => {
    const v = await verdictOf({ lang: 'de', residue: true });
    expect(v.translation.detected).toBe(false);
    expect(v.translation.shownTranslated).toEqual({ to: 'en' });
  });

  test('residue as served, in the language as served: the publisher\'s copy, machine-translated', async () => {
    const v = await verdictOf({ lang: 'en', residue: true });
    expect(v.translation.detected).toBe(true);
    expect(v.translation.shownTranslated).toBeUndefined();
  });

  test('without a record of the page as served (an old content script): as the scanner reads it', async () => {
    expect((await verdictOf()).translation.detected).toBe(true);
  });
});
