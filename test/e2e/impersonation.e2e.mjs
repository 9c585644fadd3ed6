// Issue 14 end to end: a real outlet's page served at a listed look-alike domain gets the impersonation banner
// ("This site imitates Le Monde …") and the red badge in headless Chromium and Firefox ESR; the same page at the
// outlet's own address and through the Wayback Machine gets neither. The expectations are each case's case.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bounded, corpusCase, launchChromium, launchFirefox, LIMIT, poll, ROOT } from './helpers.mjs';

export const ISSUE_14 = [
  'imp-fr-lemonde-ltd-listed',
  'imp-en-washingtonpost-pm-listed',
  'imp-en-guardian-unlisted-filler',
  'rdb-lemonde-1',
  'imp-fr-lemonde-archived',
  'imp-en-thesun-my',
  'imp-en-kqed-npr-member-logo',
  'imp-en-guardian-msn-syndicated',
  'imp-de-mirror-shop-spiegel',
  'imp-de-presseschau-brands',
];

const CASES = ISSUE_14.map((name) => ({ ...corpusCase(name), expect: JSON.parse(readFileSync(join(ROOT, 'test', 'corpus', name, 'case.json'), 'utf8')).expect }));
const ROUTES = Object.fromEntries(CASES.map((c) => [c.route, c.file]));

function suite(launch) {
  const browser = launch === launchChromium ? 'Chromium' : 'Firefox';
  describe(`${browser}: look-alike sites get "this is not …", the real ones nothing`, { timeout: 4 * LIMIT.hook }, () => {
    let d;
    const run = bounded();
    const pages = {};
    const ids = {};

    before(async () => {
      d = await launch(ROUTES);
      for (const c of CASES) pages[c.name] = await d.open(c.url);
      for (const c of CASES) ids[c.name] = await d.tabIdOf(c.url, LIMIT.step, pages[c.name]);
    }, { timeout: 3 * LIMIT.hook });

    after(async () => {
      await d?.close();
    }, { timeout: LIMIT.hook });

    for (const c of CASES) {
      const imitates = c.expect.kind === 'impersonation';
      test(`${c.name}: ${imitates ? `imitates ${c.expect.impersonates}: banner and red badge` : 'no banner, no red badge'}`, { timeout: LIMIT.test }, run(c.name, async () => {
        const v = await poll(async () => (await d.verdict(ids[c.name])) ?? null, `the verdict of ${c.name}`);
        assert.equal(v.kind === 'impersonation', imitates, `${c.name}: kind ${v.kind}`);
        if (imitates) {
          assert.equal(v.impersonates?.domain, c.expect.impersonates);
          await poll(async () => (await d.badge(ids[c.name])) === '!', `badge "!" on ${c.name}`);
          const banner = await poll(async () => (await d.banner(pages[c.name])) ?? null, `the banner on ${c.name}`);
          assert.match(banner.text, new RegExp(`This site imitates .+ Its address is .+; .+ is at ${c.expect.impersonates.replace(/\./g, '\\.')}`), banner.text);
          // Listed look-alikes say by whom; an unlisted one is found by its own claims and says nothing of a list.
          if (c.expect.outlet) assert.match(banner.text, /Listed as a .+ domain \(Meta/, banner.text);
          else assert.doesNotMatch(banner.text, /Listed as/, banner.text);
          assert.ok(banner.links.some((l) => l.href === `https://${c.expect.impersonates}/`), 'the way to the real outlet');
        } else {
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

suite(launchChromium);
suite(launchFirefox);
