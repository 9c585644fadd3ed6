// Issue 12 end to end: the pages the engine learned to leave alone (search results, comments, credits, quotations,
// the reader's own translation) open in headless Chromium and Firefox ESR at their real addresses with no banner and
// no red badge, and the adversarial pages built to slip past those rules still get both. The expectations are each
// case's own case.json, so the browsers are held to what the scanner is held to.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bounded, corpusCase, launchChromium, launchFirefox, LIMIT, poll, ROOT } from './helpers.mjs';

/** The corpus cases of issue 12: honest pages (expect.warn false) and the adversary's copies (expect.warn true). */
export const ISSUE_12 = [
  'own-en-ddg-search-rt-result',
  'own-de-google-search-rt-de-result',
  'own-en-bing-search-sputnik-result',
  'own-es-startpage-search-rt-result',
  'own-en-fake-results-wrapped-rt-copy',
  'own-en-euvsdisinfo-case-sputnik',
  'own-en-factcheck-claimreview-sputnik-dateline',
  'own-de-presseschau-sputnik-blockquote',
  'own-en-mediacrit-rt-footer',
  'own-ru-critique-rt-boilerplate',
  'own-en-blog-blockquote-rt-copy',
  'own-en-quoted-paragraphs-rt-copy',
  'own-en-wp-comment-pastes-rt',
  'own-en-disqus-thread-rt',
  'own-de-comment-pastes-rt-de',
  'own-en-sidebar-most-read-rt',
  'own-de-photo-credit-tass',
  'own-en-video-credit-rt',
  'own-es-photo-video-credit-rt',
  'own-en-republisher-source-in-caption-class',
  'own-de-republisher-source-figure-no-media',
  'own-en-wp-republisher-with-comments',
  'own-en-reader-chrome-translated-ru',
  'own-sw-wordpress-en-us-lang',
  'own-en-aggregator-lenta-suffix',
  'own-en-aggregator-lenta-source-link',
  'own-de-wp-tag-page-rt-de-teaser',
  'own-en-aggregator-front-rt-sputnik-headlines',
  'own-es-wiki-stub-references-rt-sputnik',
  'own-de-wp-collectionpage-republisher-rt-de',
  'own-de-spoofed-reader-translation-rt',
  'own-en-comment-wrapper-keeps-title-suffix-rt',
  'own-en-telegram-embed-wrapped-rt-copy',
  'own-en-zero-width-brand-rt-copy',
  'own-en-br-paragraphs-rt-copy',
  'own-en-split-paragraphs-listing-rt-copy',
  'own-en-comment-wrapped-rt-copy',
  'own-en-hidden-claimreview-rt-copy',
  'own-en-source-figure-with-image-rt-copy',
  'own-en-source-figure-hotlinked-rt-copy',
  'own-en-blockquote-padded-rt-copy',
  'own-en-homoglyph-brand-rt-copy',
];

const CASES = ISSUE_12.map((name) => ({ ...corpusCase(name), expect: JSON.parse(readFileSync(join(ROOT, 'test', 'corpus', name, 'case.json'), 'utf8')).expect }));
const ROUTES = Object.fromEntries(CASES.map((c) => [c.route, c.file]));

function honestSuite(launch) {
  const browser = launch === launchChromium ? 'Chromium' : 'Firefox';
  describe(`${browser}: issue 12, honest pages get no warning, disguised copies still do`, { timeout: 6 * LIMIT.hook }, () => {
    let d;
    const run = bounded();
    const pages = {};
    const ids = {};

    before(async () => {
      d = await launch(ROUTES);
      for (const c of CASES) pages[c.name] = await d.open(c.url);
      for (const c of CASES) ids[c.name] = await d.tabIdOf(c.url, LIMIT.step, pages[c.name]);
    }, { timeout: 4 * LIMIT.hook });

    after(async () => {
      await d?.close();
    }, { timeout: LIMIT.hook });

    for (const c of CASES) {
      const warns = c.expect.warn === true;
      test(`${c.name}: ${warns ? 'banner and red badge' : 'no banner, no red badge'}`, { timeout: LIMIT.test }, run(c.name, async () => {
        const v = await poll(async () => (await d.verdict(ids[c.name])) ?? null, `the verdict of ${c.name}`);
        assert.equal(v.warn, warns, `${c.name}: verdict ${v.kind} ${v.outlet?.id ?? ''}`);
        if (c.expect.kind) assert.equal(v.kind, c.expect.kind, `${c.name}: kind`);
        if (c.expect.kindIn) assert.ok(c.expect.kindIn.includes(v.kind), `${c.name}: kind ${v.kind} not in ${c.expect.kindIn}`);
        if (typeof c.expect.translated === 'boolean') assert.equal(v.translation.detected, c.expect.translated, `${c.name}: machine-translated`);
        if (warns) {
          await poll(async () => (await d.badge(ids[c.name])) === '!', `badge "!" on ${c.name}`);
          await poll(async () => (await d.banner(pages[c.name])) ?? null, `the banner on ${c.name}`);
        } else {
          // The verdict is stored before the banner would be drawn: give the content script its moment, then look.
          await new Promise((r) => setTimeout(r, 500));
          assert.notEqual(await d.badge(ids[c.name]), '!', `${c.name}: red badge`);
          assert.equal(await d.banner(pages[c.name]), null, `${c.name}: a banner`);
        }
      }));
    }

    test('not one request from the extension', { timeout: LIMIT.test }, () => {
      assert.deepEqual(d.extensionRequests, []);
    });
  });
}

honestSuite(launchChromium);
honestSuite(launchFirefox);
