// The feed benchmark's page: a synthetic x.com/home timeline in the shape of test/platforms/x-home.html
// (cellInnerDiv > article[data-testid="tweet"], User-Name blocks, tweetText with t.co links, link cards with an
// aria-label or a "From …" line, socialContext reposts, quotes whose handle is text, an action bar as X has it).
// Deterministic: one seeded generator, exact counts per kind (a tenth of the posts by state outlets or with their
// cards), shuffled with the same seed. Every element that should get a chip carries data-expect-chip. The posts sit
// in <template data-batch> elements; the page's own script appends one batch into the feed every INTERVAL_MS once
// the benchmark calls __timeline.start(), as X's own script adds posts while the reader scrolls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TIMELINE = { posts: 1_000, batch: 20, intervalMs: 100, seed: 13 };

/** mulberry32: small, fast, good enough to vary markup. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const STATE_ACCOUNTS = [['RT_com', 'RT'], ['SputnikInt', 'Sputnik'], ['CGTNOfficial', 'CGTN'], ['PressTV', 'Press TV'], ['XHNews', 'China Xinhua News'], ['tass_agency', 'TASS'], ['globaltimesnews', 'Global Times'], ['RTarabic', 'RT Arabic']];
const STATE_HOSTS = ['rt.com', 'sputnikglobe.com'];
/** Public media and ordinary sites: no chip. */
const OTHER_HOSTS = ['bbc.co.uk', 'dw.com', 'reuters.com', 'apnews.com', 'nytimes.com', 'theguardian.com', 'lemonde.fr', 'spiegel.de', 'elpais.com', 'nature.com'];
const LOOK_ALIKES = ['RT_com_fan', 'SputnikFans', 'notPressTV', 'CGTN_watch'];
const FIRST = ['mara', 'jonas', 'li', 'amir', 'sofia', 'tomek', 'ines', 'kofi', 'yuki', 'elena', 'omar', 'ruth', 'pavel', 'nina', 'dev', 'aiko'];
const LAST = ['lind', 'okafor', 'chen', 'haddad', 'rossi', 'nowak', 'silva', 'mensah', 'sato', 'petrova', 'farouk', 'cohen', 'ivanov', 'berg', 'patel', 'kim'];
const WORDS = 'talks resume after the summit ministers said on monday that sanctions would widen while markets fell and analysts warned of a long winter for energy prices across the region'.split(' ');

// Exact counts per kind: 100 state posts (the chips' owners), 900 others.
const KINDS = [
  ['state-author', 35], ['state-author-card', 5], ['state-repost', 15], ['state-quote', 15], ['state-card', 15], ['state-card-from', 5], ['state-text-link', 10],
  ['plain', 430], ['card', 140], ['text-link', 90], ['repost', 90], ['quote', 90], ['public-media', 30], ['look-alike', 30],
];

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

export function timelinePage(root) {
  const r = rng(TIMELINE.seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const listed = new Set(JSON.parse(readFileSync(join(root, 'src/data/accounts.json'), 'utf8')).filter((a) => a.platform === 'x').map((a) => a.handle.toLowerCase()));
  for (const [h] of STATE_ACCOUNTS) if (!listed.has(h.toLowerCase())) throw new Error(`timeline: ${h} is not in src/data/accounts.json`);
  const people = [];
  while (people.length < 300) {
    const h = `${pick(FIRST)}_${pick(LAST)}${Math.floor(r() * 100)}`;
    if (!listed.has(h.toLowerCase()) && !people.includes(h)) people.push(h);
  }
  const person = () => {
    const h = pick(people);
    return [h, h.replace(/_/g, ' ').replace(/\d+$/, '')];
  };
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const id = (n) => `17900000${String(n).padStart(11, '0')}`;
  const tco = () => `https://t.co/${Math.floor(r() * 2 ** 40).toString(36)}`;
  const mark = (key) => (key ? ` data-expect-chip="${esc(key)}"` : '');
  const accountKey = (h) => `x:@${h.toLowerCase()}`;

  const author = ([h, name], n, key) => `<div data-testid="User-Name" class="css-175oi2r r-1wbh5a2"><div class="css-175oi2r r-1awozwy"><a href="/${h}" role="link" class="css-175oi2r r-1wbh5a2"${mark(key)}><div dir="ltr"><span><span>${esc(name)}</span></span></div></a></div><div class="css-175oi2r"><a href="/${h}" role="link" tabindex="-1"><div dir="ltr"><span>@${h}</span></div></a><div dir="ltr"><span>·</span></div><a href="/${h}/status/${id(n)}" role="link"><time datetime="2026-11-30T10:00:00.000Z">Nov 30</time></a></div></div>`;
  const text = (extra = '') => {
    const who = pick(people);
    const mention = r() < 0.2 ? ` <a href="/${who}" role="link">@${who}</a>` : '';
    const tag = r() < 0.2 ? ` <a href="/hashtag/${pick(WORDS)}?src=hashtag_click" role="link">#${pick(WORDS)}</a>` : '';
    return `<div data-testid="tweetText" lang="en" dir="auto"><span>${words(8 + Math.floor(r() * 20))}</span>${mention}${tag}${extra}</div>`;
  };
  const textLink = (host, key) => `<span> </span><a dir="ltr" href="${tco()}" rel="noopener noreferrer nofollow" target="_blank" role="link"${mark(key)}><span aria-hidden="true">https://</span>${host}/news/${Math.floor(r() * 1e6)}-${pick(WORDS)}<span aria-hidden="true">…</span></a>`;
  const card = (host, key) => `<div data-testid="card.wrapper" class="css-175oi2r"${mark(key)}><div data-testid="card.layoutLarge.media"><a href="${tco()}" rel="noopener noreferrer nofollow" target="_blank" role="link" aria-label="${host} ${words(6)}"><div><img alt="" src="data:,"></div></a></div><div data-testid="card.layoutLarge.detail"><span>From ${host}</span></div></div>`;
  // A small card: no aria-label, the domain on its own line (the chip follows that line).
  const cardFrom = (host, key) => `<div data-testid="card.wrapper" class="css-175oi2r"><a href="${tco()}" rel="noopener noreferrer nofollow" target="_blank" role="link"><div data-testid="card.layoutSmall.detail"><div dir="auto"><span${mark(key)}>From ${host}</span></div><div dir="auto"><span>${words(6)}</span></div></div></a></div>`;
  const quote = ([h, name], key) => `<div aria-labelledby="id__quote" class="css-175oi2r"><div tabindex="0" role="link" class="css-175oi2r r-1kqtdi0"><div data-testid="User-Name"><div${mark(key)}><div dir="ltr"><span><span>${esc(name)}</span></span></div></div><div><div dir="ltr"><span>@${h}</span></div><div dir="ltr"><span>·</span></div><time datetime="2026-11-29T08:00:00.000Z">Nov 29</time></div></div><div data-testid="tweetText" lang="en"><span>${words(12)}</span></div></div></div>`;
  const social = ([h, name]) => `<div class="css-175oi2r"><span data-testid="socialContext"><a href="/${h}" role="link"><span>${esc(name)} reposted</span></a></span></div>`;
  const button = (testid, n) => `<button data-testid="${testid}" type="button" role="button" class="css-175oi2r"><div dir="ltr"><div><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M1.75 3h20.5v18H1.75z"></path></g></svg></div><span><span>${n}</span></span></div></button>`;
  const actions = () => `<div role="group" aria-label="replies, reposts, likes" class="css-175oi2r r-18u37iz">${['reply', 'retweet', 'like', 'bookmark'].map((t) => button(t, Math.floor(r() * 900))).join('')}</div>`;
  const post = (n, { by, above = '', extra = '', after = '' }) =>
    `<div data-testid="cellInnerDiv" class="css-175oi2r"><div class="css-175oi2r r-1igl3o0"><article data-testid="tweet" tabindex="0" role="article" class="css-175oi2r r-18u37iz">${above}<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4"><div data-testid="Tweet-User-Avatar"><a href="/${by[0]}" role="link" tabindex="-1"><div><img alt="" src="data:,"></div></a></div></div><div class="css-175oi2r r-1iusvr4 r-16y2uox">${by.html}${text(extra)}${after}${actions()}</div></div></article></div></div>`;

  const build = (kind, n) => {
    const state = pick(STATE_ACCOUNTS);
    const stateHost = pick(STATE_HOSTS);
    const me = person();
    const as = (acct, key) => Object.assign([...acct], { html: author(acct, n, key) });
    switch (kind) {
      case 'state-author': return [1, post(n, { by: as(state, accountKey(state[0])) })];
      case 'state-author-card': return [2, post(n, { by: as(state, accountKey(state[0])), after: card(stateHost, stateHost) })];
      case 'state-repost': return [1, post(n, { by: as(state, accountKey(state[0])), above: social(me) })];
      case 'state-quote': return [1, post(n, { by: as(me), after: quote(state, accountKey(state[0])) })];
      case 'state-card': return [1, post(n, { by: as(me), after: card(stateHost, stateHost) })];
      case 'state-card-from': return [1, post(n, { by: as(me), after: cardFrom(stateHost, stateHost) })];
      case 'state-text-link': return [1, post(n, { by: as(me), extra: textLink(stateHost, stateHost) })];
      case 'plain': return [0, post(n, { by: as(me) })];
      case 'card': return [0, post(n, { by: as(me), after: r() < 0.7 ? card(pick(OTHER_HOSTS)) : cardFrom(pick(OTHER_HOSTS)) })];
      case 'text-link': return [0, post(n, { by: as(me), extra: textLink(pick(OTHER_HOSTS)) })];
      case 'repost': return [0, post(n, { by: as(person()), above: social(me) })];
      case 'quote': return [0, post(n, { by: as(me), after: quote(person()) })];
      case 'public-media': return [0, post(n, { by: as(r() < 0.5 ? ['BBCWorld', 'BBC News (World)'] : ['dwnews', 'DW News']), after: card(pick(OTHER_HOSTS.slice(0, 2))) })];
      case 'look-alike': return [0, post(n, { by: as([pick(LOOK_ALIKES), 'fan page']), extra: r() < 0.5 ? textLink(pick(OTHER_HOSTS)) : '' })];
      default: throw new Error(kind);
    }
  };

  const kinds = KINDS.flatMap(([k, count]) => Array(count).fill(k));
  if (kinds.length !== TIMELINE.posts) throw new Error(`timeline: ${kinds.length} posts in KINDS`);
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  let expected = 0;
  const cells = kinds.map((k, n) => {
    const [chips, html] = build(k, n);
    expected += chips;
    return html;
  });
  const templates = [];
  for (let i = 0; i < cells.length; i += TIMELINE.batch) templates.push(`<template data-batch="${i / TIMELINE.batch}">${cells.slice(i, i + TIMELINE.batch).join('')}</template>`);
  const html = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Home / X</title></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn"><section aria-labelledby="accessible-list-1" role="region"><h1 id="accessible-list-1">Your Home Timeline</h1>
<div aria-label="Timeline: Your Home Timeline" data-feed></div></section></div></main></div>
${templates.join('\n')}
<script>${pageScript(TIMELINE.intervalMs)}</script></body></html>`;
  const state = KINDS.filter(([k]) => k.startsWith('state-')).reduce((s, [, c]) => s + c, 0);
  return { html, posts: cells.length, batches: templates.length, state, expected };
}

/** The page's own script (its main world): one batch per INTERVAL_MS, each appended as DOM nodes of this document. */
function pageScript(intervalMs) {
  return `(() => {
  const batches = [...document.querySelectorAll('template[data-batch]')];
  const feed = document.querySelector('[data-feed]');
  const log = [];
  const t = { log, done: false, start: () => setTimeout(() => next(0), 0) };
  window.__timeline = t;
  function next(i) {
    if (i === batches.length) { t.done = true; return; }
    const at = performance.now();
    feed.append(document.importNode(batches[i].content, true));
    log.push({ at, appendMs: performance.now() - at });
    setTimeout(() => next(i + 1), ${intervalMs});
  }
})();`;
}
