import { acceptReport, type Sender } from './accept';
import { facts } from '../core/signals/test-kit';

const ID = 'our-extension-id';
const page = 'https://news.example/2024/a/';
const good: Sender = { id: ID, url: page, frameId: 0, tab: { id: 7, url: page } };
const msg = (over: object = {}) => ({ type: 'page-facts', facts: { ...facts({ url: page }), ...over } });

test('our content script, top frame, its own page: accepted for its own tab', () => {
  const r = acceptReport(msg(), good, ID);
  expect(r?.tabId).toBe(7);
  expect(r?.facts.url).toBe(page);
});

test.each([
  ['another extension', msg(), { ...good, id: 'someone-else' }],
  ['a sub-frame', msg(), { ...good, frameId: 3 }],
  ['no tab (an extension page or a worker)', msg(), { id: ID, url: page, frameId: 0 }],
  ['a negative tab id', msg(), { ...good, tab: { id: -1, url: page } }],
  ['facts about another origin than the reporting page', msg({ url: 'https://www.rt.com/news/1/' }), good],
  ['a javascript: page address', msg({ url: 'javascript:alert(1)' }), good],
  ['not page facts at all', { type: 'page-facts', facts: 'hello' }, good],
  ['facts with the wrong shape', { type: 'page-facts', facts: { url: page, links: 'x' } }, good],
  ['another message type', { type: 'set-verdict', verdict: { warn: false } }, good],
  ['null', null, good],
])('rejected: %s', (_name, message, sender) => {
  expect(acceptReport(message, sender as Sender, ID)).toBeNull();
});

test('a pushState page keeps its origin: accepted when the frame url moved within the origin', () => {
  expect(acceptReport(msg({ url: 'https://news.example/2024/b/' }), good, ID)?.tabId).toBe(7);
});
