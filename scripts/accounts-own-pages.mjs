#!/usr/bin/env node
// Regenerates src/data/own-page-accounts.json: the platform accounts that state outlets' own pages publish about
// themselves (the O letter of scripts/accounts-build.mjs), from the saved pages of the shared corpus:
//
//   node scripts/accounts-own-pages.mjs /path/to/shared/corpus
//
// A page counts when its address is on a registry outlet's own domain (the registry's own look-up, so an
// edition's host such as de.rt.com gives the edition's outlet) and the outlet is state media (state-controlled,
// captured-public, or a covert/propaganda entry): public broadcasters and formally private captured outlets are
// left out. On such a page only the outlet's own chrome counts:
//   - JSON-LD `sameAs` of the site's own Organization / WebSite node (its `url` or `@id` on the same outlet);
//   - <link rel="me">;
//   - <a href> inside the header, footer, navigation or a follow/social block, never inside the article
//     (<article>, <blockquote>, articleBody, entry/story/post content), which may quote anybody's account;
// and every address must name an account by the platform's own path rules (src/core/registry/accounts/), which
// turns away share intents (twitter.com/intent, t.me/share, facebook.com/sharer.php), embeds and reserved paths.
// Everything turned away is listed in the file's `rejected` block with its reason.
// A maintenance tool, like accounts-build.mjs: not part of the build or the tests (nothing there reads ../shared).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'data', 'own-page-accounts.json');
const corpus = process.argv[2];
if (!corpus) {
  console.error('usage: node scripts/accounts-own-pages.mjs /path/to/shared/corpus');
  process.exit(2);
}

// The registry's own look-up and path rules, bundled for Node, so the script and the extension read addresses alike.
const registryModule = path.join(ROOT, '.tmp', 'accounts-own-pages-registry.mjs');
await esbuild.build({
  absWorkingDir: ROOT,
  stdin: {
    contents: "export { lookupUrl, parseAccountUrl } from './src/core/registry/index';",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: registryModule,
  logLevel: 'warning',
});
const { lookupUrl, parseAccountUrl } = await import(pathToFileURL(registryModule).href);

/** Categories whose own pages are read: the state outlets (not public broadcasters, not formally private media). */
const STATE_CATEGORIES = new Set(['state-controlled', 'captured-public', 'covert-network', 'propaganda-outlet']);
const PLATFORM_HOST = /^(?:www\.|m\.|mobile\.)?(?:t\.me|telegram\.me|youtube\.com|youtu\.be|tiktok\.com|vk\.com|ok\.ru|rutube\.ru|x\.com|twitter\.com|facebook\.com|fb\.com|instagram\.com|threads\.net|bsky\.app)$/i;
/** Share intents: they name the page being shared, never an account (most are reserved paths too). */
const SHARE = /\/(?:intent|share|sharer|share\.php|sharer\.php|sharing|dialog)(?:[/?.]|$)|[?&](?:u|url|text|st\.shareUrl)=/i;
/** JSON-LD node types that describe the site or its organisation. */
const SITE_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'Corporation', 'WebSite', 'TelevisionStation', 'RadioStation', 'TelevisionChannel', 'BroadcastService']);
/** Class or id words of an article body: links in there may be anybody's. */
const BODY = /(?:^|[-_\s])(?:article|entry|story|post|news|detay)[-_]*(?:body|content|text|icerik)|articleBody|(?:^|\s)(?:content|text)[-_]*body/i;
/** Where in the page chrome a link sits: the first of these that any container of it (below <body>) says. */
const PLACES = [
  ['footer', (e, words) => e.tagName === 'FOOTER' || e.getAttribute('role') === 'contentinfo' || /footer/i.test(words)],
  ['header', (e, words) => e.tagName === 'HEADER' || e.getAttribute('role') === 'banner' || /header/i.test(words)],
  ['menu', (e, words) => e.tagName === 'NAV' || e.getAttribute('role') === 'navigation' || /offcanvas|(?:^|[-_\s])(?:nav|menu)(?:$|[-_\s])/i.test(words)],
  ['follow', (e, words) => /social|sosyal|follow/i.test(words)],
];
/** Link texts that only name the platform (the follow buttons); any other text is kept as the link's label. */
const PLATFORM_WORDS = /^(?:facebook|fb|twitter|x|youtube|instagram|insta|telegram|tiktok|vk|vkontakte|ok|odnoklassniki|rutube|threads|bluesky|tg|yt|ig)$/i;

const rel = (e) => `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;

/** The element's visible words (no <style>/<script>, which inline SVG icons carry). */
function textOf(node) {
  if (node.nodeType === 3) return node.textContent;
  if (node.nodeType !== 1 || /^(?:STYLE|SCRIPT|SVG|NOSCRIPT)$/i.test(node.tagName)) return '';
  return [...node.childNodes].map(textOf).join(' ');
}

function ancestors(e) {
  const out = [];
  for (let p = e.parentElement; p; p = p.parentElement) out.push(p);
  return out;
}

/** Where an <a> sits: { place } in the chrome, or { reject } with the reason. */
function placeOf(a) {
  const up = ancestors(a);
  const body = up.find((e) => e.tagName === 'ARTICLE' || e.tagName === 'BLOCKQUOTE' || e.getAttribute('itemprop') === 'articleBody' || BODY.test(rel(e)));
  if (body) return { reject: `inside the article (${body.tagName.toLowerCase()}${body.getAttribute('class') ? `.${body.getAttribute('class').trim().split(/\s+/)[0]}` : ''})` };
  const chrome = up.filter((e) => e.tagName !== 'BODY' && e.tagName !== 'HTML');
  for (const [place, test] of PLACES) if (chrome.some((e) => test(e, rel(e)))) return { place };
  return { reject: 'not in the page chrome (header, footer, menu or follow block)' };
}

/** Every JSON-LD node of the page (top level, @graph and nested objects), with the outlet its own address names. */
function* ldNodes(value) {
  if (Array.isArray(value)) for (const v of value) yield* ldNodes(v);
  else if (value && typeof value === 'object') {
    yield value;
    for (const v of Object.values(value)) if (v && typeof v === 'object') yield* ldNodes(v);
  }
}

const outletOfAddress = (href, base) => {
  try {
    const where = lookupUrl(new URL(href, base).href);
    return where.site.account ? null : (where.match?.outlet.id ?? null);
  } catch {
    return null;
  }
};

const short = (u) => `${u.host}${u.pathname}`.replace(/\/$/, '');

const accounts = new Map();
const rejected = [];
const pages = [];
const keyOf = (platform, ref) => (ref.id !== undefined ? `${platform} id ${ref.id}` : `${platform} @ ${ref.handle.toLowerCase()}`);

function found(outlet, ref, page, where, label) {
  const k = `${outlet}\u0000${keyOf(ref.platform, ref)}`;
  const a = accounts.get(k) ?? { outlet, platform: ref.platform, ...(ref.handle !== undefined ? { handle: ref.handle } : { id: ref.id }), evidence: [] };
  accounts.set(k, a);
  let ev = a.evidence.find((e) => e.case === page.case);
  if (!ev) a.evidence.push((ev = { case: page.case, page: page.host, where: [] }));
  if (!ev.where.includes(where)) ev.where.push(where);
  if (label && !ev.label) ev.label = label;
}

function reject(page, u, reason) {
  const url = short(u);
  if (!rejected.some((r) => r.case === page.case && r.url === url && r.reason === reason)) rejected.push({ case: page.case, url, reason });
}

/** An address on a platform: the account it names, or null (rejected with the reason). */
function accountAt(page, href) {
  let u;
  try {
    u = new URL(href, page.url);
  } catch {
    return null;
  }
  if (!PLATFORM_HOST.test(u.hostname)) return null;
  if (SHARE.test(u.pathname + u.search)) {
    reject(page, u, 'share link');
    return null;
  }
  const ref = parseAccountUrl(u);
  if (!ref) reject(page, u, 'not an account address (platform path rules)');
  return ref;
}

const cases = fs.readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
for (const name of cases) {
  const dir = path.join(corpus, name);
  if (!fs.existsSync(path.join(dir, 'case.json')) || !fs.existsSync(path.join(dir, 'page.html'))) continue;
  const c = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8'));
  let where;
  try {
    where = lookupUrl(c.url);
  } catch {
    continue;
  }
  const outlet = where.match?.outlet;
  if (!outlet || where.site.account || where.site.wrapper) continue;
  const page = { case: name, url: c.url, host: new URL(c.url).hostname.replace(/^www\./, ''), outlet: outlet.id };
  if (!STATE_CATEGORIES.has(outlet.category)) {
    pages.push({ case: name, outlet: outlet.id, category: outlet.category, read: false });
    continue;
  }
  pages.push({ case: name, outlet: outlet.id, category: outlet.category, read: true });
  const { document } = parseHTML(fs.readFileSync(path.join(dir, 'page.html'), 'utf8'));

  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data;
    try {
      data = JSON.parse(script.textContent);
    } catch {
      continue;
    }
    for (const node of ldNodes(data)) {
      if (node.sameAs === undefined) continue;
      const types = [node['@type']].flat();
      const own = [node.url, node['@id']].some((u) => typeof u === 'string' && outletOfAddress(u, page.url) === outlet.id);
      for (const s of [node.sameAs].flat().filter((v) => typeof v === 'string')) {
        if (!types.some((t) => SITE_TYPES.has(t)) || !own) {
          let u;
          try {
            u = new URL(s);
          } catch {
            continue;
          }
          if (PLATFORM_HOST.test(u.hostname)) reject(page, u, `JSON-LD sameAs of a ${types.join('/')} node that is not the site's own organisation`);
          continue;
        }
        const ref = accountAt(page, s);
        if (ref) found(outlet.id, ref, page, 'sameAs');
      }
    }
  }
  for (const link of document.querySelectorAll('link[rel~="me"][href]')) {
    const ref = accountAt(page, link.getAttribute('href'));
    if (ref) found(outlet.id, ref, page, 'rel-me');
  }
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    let u;
    try {
      u = new URL(href, page.url);
    } catch {
      continue;
    }
    if (!PLATFORM_HOST.test(u.hostname)) continue;
    const at = placeOf(a);
    if (at.reject) {
      reject(page, u, at.reject);
      continue;
    }
    const ref = accountAt(page, href);
    if (!ref) continue;
    const text = textOf(a).replace(/\s+/g, ' ').trim();
    found(outlet.id, ref, page, at.place, text && !PLATFORM_WORDS.test(text) ? text : undefined);
  }
}

const sortKey = (a) => `${a.platform}\u0000${a.outlet}\u0000${(a.handle ?? a.id).toLowerCase()}`;
const list = [...accounts.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
const line = (v) => JSON.stringify(v);
fs.writeFileSync(
  OUT,
  `{
"about": "Accounts that state outlets' own pages publish (JSON-LD sameAs of the site's organisation, rel=me, header, footer, menu and follow links), read by scripts/accounts-own-pages.mjs from the saved pages of the shared corpus (test/corpus holds copies); the O source of scripts/accounts-build.mjs. where: sameAs, rel-me, header, footer, menu (navigation or off-canvas menu), follow (a follow/social block). label: the link's own text when it names more than the platform.",
"pages": [
${pages.map(line).join(',\n')}
],
"accounts": [
${list.map(line).join(',\n')}
],
"rejected": [
${rejected.map(line).join(',\n')}
]
}
`,
);
const byPlatform = {};
for (const a of list) byPlatform[a.platform] = (byPlatform[a.platform] ?? 0) + 1;
console.log(`own-page-accounts.json: ${list.length} accounts of ${new Set(list.map((a) => a.outlet)).size} outlets from ${pages.filter((p) => p.read).length} pages`, byPlatform, `(${rejected.length} links rejected; ${pages.filter((p) => !p.read).length} pages of non-state outlets not read)`);
