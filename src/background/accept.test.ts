import { MARKUP_CAPS } from '../core/fact-limits';
import { acceptMessage, type Sender } from './accept';

const ID = 'our-extension-id';
const page = 'https://news.example/2024/a/';
const good: Sender = { id: ID, url: page, frameId: 0, tab: { id: 7, url: page } };
const digest = (over: object = {}) => ({ url: page, title: 'T', siteName: '', h1: '', canonical: null, ogUrl: null, lang: 'en', mtResidue: false, hosts: ['news.example'], edges: 'text', ...over });
const msg = (over: object = {}) => ({ type: 'digest', token: 'doc:1', digest: digest(over) });

test('our content script, top frame, its own page: accepted for its own tab', () => {
  const r = acceptMessage(msg(), good, ID);
  expect(r?.tabId).toBe(7);
  expect(r?.message).toEqual({ type: 'digest', token: 'doc:1', digest: digest() });
});

test.each([
  ['page markup', { type: 'page', token: 'doc:1', url: page, markup: '<p>x</p>' }],
  ['page markup with the page as served', { type: 'page', token: 'doc:1', url: page, markup: '<p>x</p>', served: { lang: 'de', residue: false } }],
  ['page markup, served without a lang', { type: 'page', token: 'doc:1', url: page, markup: '<p>x</p>', served: { lang: null, residue: true } }],
  ['a refresh', { type: 'refresh', url: page, hosts: ['www.rt.com'] }],
  ['marker hosts', { type: 'markers', url: page, hosts: [] }],
  ['a dismissal', { type: 'dismiss', url: page }],
  ['never on this site', { type: 'never-on-site', url: page }],
  ['chips for a platform page', { type: 'chips', url: page, platform: 'x', accounts: ['x:@rt_com'], hosts: ['rt.com'] }],
  ['the chip filter for a platform page', { type: 'chip-filter', url: page, platform: 'youtube' }],
])('accepted: %s', (_name, message) => {
  expect(acceptMessage(message, good, ID)?.message).toEqual(message);
});

test('bad host entries are left out, not the digest (one odd link must not turn the extension off)', () => {
  const r = acceptMessage(msg({ hosts: ['www.rt.com', 1, '', 'x'.repeat(301), 'news.example'] }), good, ID);
  expect(r?.message.type === 'digest' && r.message.digest.hosts).toEqual(['www.rt.com', 'news.example']);
});

test('digest text fields are cut to their bounds', () => {
  const r = acceptMessage(msg({ title: 'x'.repeat(50_000) }), good, ID);
  expect(r?.message.type === 'digest' && r.message.digest.title.length).toBe(1_000);
});

test.each([
  ['another extension', msg(), { ...good, id: 'someone-else' }],
  ['a sub-frame', msg(), { ...good, frameId: 3 }],
  ['no tab (an extension page or a worker)', msg(), { id: ID, url: page, frameId: 0 }],
  ['a negative tab id', msg(), { ...good, tab: { id: -1, url: page } }],
  ['a digest about another origin than the reporting page', msg({ url: 'https://www.rt.com/news/1/' }), good],
  ['markup about another origin', { type: 'page', token: 'doc:1', url: 'https://www.rt.com/news/1/', markup: '<p>x</p>' }, good],
  ['markup without a token', { type: 'page', url: page, markup: '<p>x</p>' }, good],
  ['a digest with an overlong token', { ...msg(), token: 'x'.repeat(65) }, good],
  ['a sender without any address', msg(), { id: ID, frameId: 0, tab: { id: 7 } }],
  ['a javascript: page address', msg({ url: 'javascript:alert(1)' }), { ...good, url: undefined, tab: { id: 7 } }],
  ['a digest that is a string', { type: 'digest', digest: 'hello' }, good],
  ['too many hosts', msg({ hosts: Array.from({ length: 4_000 }, (_, i) => `h${i}.example`) }), good],
  ['markup that is not a string', { type: 'page', token: 'doc:1', url: page, markup: { html: 1 } }, good],
  ['served that is not an object', { type: 'page', token: 'doc:1', url: page, markup: '<p>x</p>', served: 'de' }, good],
  ['served without residue', { type: 'page', token: 'doc:1', url: page, markup: '<p>x</p>', served: { lang: 'de' } }, good],
  ['served residue that is not a boolean', { type: 'page', token: 'doc:1', url: page, markup: '<p>x</p>', served: { lang: 'de', residue: 'yes' } }, good],
  ['served lang over 64 characters', { type: 'page', token: 'doc:1', url: page, markup: '<p>x</p>', served: { lang: 'x'.repeat(65), residue: false } }, good],
  ['markup over the cap', { type: 'page', token: 'doc:1', url: page, markup: 'x'.repeat(MARKUP_CAPS.chars + 1) }, good],
  ['the old facts message', { type: 'page-facts', facts: { url: page } }, good],
  ['another message type', { type: 'set-verdict', verdict: { warn: false } }, good],
  ['chips for an unknown platform', { type: 'chips', url: page, platform: 'myspace', accounts: [], hosts: [] }, good],
  ['chips without accounts', { type: 'chips', url: page, platform: 'x', hosts: [] }, good],
  ['the chip filter for an unknown platform', { type: 'chip-filter', url: page, platform: 'orkut' }, good],
  ['chips from a sub-frame that is no embed host', { type: 'chips', url: 'https://ads.example/f', platform: 'x', accounts: [], hosts: [] }, { ...good, url: 'https://ads.example/f', frameId: 5 }],
  ['a digest from an embed frame (only chips may come from there)', msg({ url: 'https://platform.twitter.com/embed/Tweet.html' }), { ...good, url: 'https://platform.twitter.com/embed/Tweet.html', frameId: 5 }],
  ['chips from an embed frame about another origin', { type: 'chips', url: page, platform: 'x', accounts: [], hosts: [] }, { ...good, url: 'https://platform.twitter.com/embed/Tweet.html', frameId: 5 }],
  ['an array', [msg()], good],
  ['null', null, good],
])('rejected: %s', (_name, message, sender) => {
  expect(acceptMessage(message, sender as Sender, ID)).toBeNull();
});

test('an embedded post\'s frame (platform.twitter.com) may ask for chips for its own page', () => {
  const embed = 'https://platform.twitter.com/embed/Tweet.html?id=1';
  const m = { type: 'chips', url: embed, platform: 'x', accounts: ['x:@rt_com'], hosts: [] };
  expect(acceptMessage(m, { ...good, url: embed, frameId: 5 }, ID)?.message).toEqual(m);
});

test('an embedded Telegram post\'s frame (t.me/NAME/ID?embed=1) may ask for chips for its own page, and nothing else', () => {
  const embed = 'https://t.me/periodicogranma/5001?embed=1';
  const m = { type: 'chips', url: embed, platform: 'telegram', accounts: ['telegram:@periodicogranma'], hosts: [] };
  expect(acceptMessage(m, { ...good, url: embed, frameId: 5 }, ID)?.message).toEqual(m);
  expect(acceptMessage(msg({ url: embed }), { ...good, url: embed, frameId: 5 }, ID)).toBeNull();
});

test('a pushState page keeps its origin: accepted when the frame url moved within the origin', () => {
  expect(acceptMessage(msg({ url: 'https://news.example/2024/b/' }), good, ID)?.tabId).toBe(7);
});
