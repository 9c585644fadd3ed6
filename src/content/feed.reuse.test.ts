// feed.ts keeps no chip that no longer belongs to what its element shows (found in review, issue 13).
import { parseHTML } from 'linkedom';
import { backgroundAnswer } from '../../test/platforms/fixtures';
import type { ChipsReply } from '../wording/chips';
import { CHIP_SELECTOR } from './chip';
import { startFeed } from './feed';
import { YOUTUBE_ADAPTER } from './platforms/youtube';

const RT = 'UCpwvZwUam-URkxB7g4USKpg'; // RT's listed channel id
const HONEST = 'UCaaaaaaaaaaaaaaaaaaaaaa';
const HONEST2 = 'UCbbbbbbbbbbbbbbbbbbbbbb';
const settle = () => new Promise((r) => setTimeout(r, 80));

function page(body: string): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="https://www.youtube.com/"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}
const tile = (id: string, uc: string) => `<ytd-compact-video-renderer id="${id}"><ytd-channel-name><a href="/channel/${uc}">Channel ${uc.slice(2, 5)}</a></ytd-channel-name></ytd-compact-video-renderer>`;
const chipsIn = (doc: Document, id: string) => doc.getElementById(id)!.querySelectorAll(CHIP_SELECTOR).length;

test('a tile recycled while its first answer is on the way does not get the old channel\'s chip', async () => {
  const doc = page(`<div id="list">${tile('t1', HONEST)}</div>`);
  const answer = backgroundAnswer('youtube');
  const held: { accounts: string[]; hosts: string[]; release: () => void }[] = [];
  const feed = startFeed(doc, YOUTUBE_ADAPTER, (accounts, hosts) => {
    // The honest channel is answered at once; RT's answer is held back (a slow worker, a busy background).
    if (!accounts.includes(`youtube:#${RT}`)) return answer(accounts, hosts);
    return new Promise<ChipsReply | null>((resolve) => held.push({ accounts, hosts, release: () => void answer(accounts, hosts).then(resolve) }));
  }, () => undefined);
  await settle();
  doc.getElementById('list')!.insertAdjacentHTML('beforeend', tile('t2', RT));
  await settle();
  expect(held).toHaveLength(1);
  // YouTube reuses t2 for a video of the honest channel (already answered: no chip) before RT's answer arrives.
  doc.querySelector('#t2 a')!.setAttribute('href', `/channel/${HONEST}`);
  await settle();
  expect(chipsIn(doc, 't2')).toBe(0);
  held[0]!.release();
  await settle();
  // Right: the tile shows the honest channel, so no chip. Wrong (before the fix): RT's chip after the honest channel's name.
  expect(chipsIn(doc, 't2')).toBe(0);
  feed.stop();
});

test('a link the platform re-renders (replaced by a new element) leaves no old chip behind', async () => {
  const doc = page(`<div id="list">${tile('t1', RT)}${tile('t2', RT)}</div>`);
  const feed = startFeed(doc, YOUTUBE_ADAPTER, backgroundAnswer('youtube'), () => undefined);
  await settle();
  expect(chipsIn(doc, 't1')).toBe(1);
  expect(chipsIn(doc, 't2')).toBe(1);
  // t1 reused for another channel, its byline rendered anew (the old <a> replaced, as Polymer / React do).
  const a1 = doc.querySelector('#t1 a')!;
  const n1 = doc.createElement('a');
  n1.setAttribute('href', `/channel/${HONEST2}`);
  n1.textContent = 'Honest channel';
  a1.replaceWith(n1);
  // t2 re-rendered with the same channel.
  const a2 = doc.querySelector('#t2 a')!;
  a2.replaceWith(a2.cloneNode(true));
  await settle();
  // Right: no chip on the honest channel; one chip on RT. Wrong (before the fix): the orphaned RT chip stays in t1, t2 has two.
  expect({ t1: chipsIn(doc, 't1'), t2: chipsIn(doc, 't2') }).toEqual({ t1: 0, t2: 1 });
  feed.stop();
});

test('a profile header rendered after the feed started (X renders on the client, after document_idle) still gets its chip', async () => {
  const { loadFixture } = await import('../../test/platforms/fixtures');
  const { X_ADAPTER } = await import('./platforms/x');
  const { doc } = loadFixture('x-profile'); // x.com/RT_com
  const header = doc.querySelector('[data-testid="UserName"]')!;
  const column = header.parentElement!;
  const next = header.nextSibling;
  header.remove(); // the app shell: the profile is not rendered yet when the content script starts
  const feed = startFeed(doc, X_ADAPTER, backgroundAnswer('x'), () => undefined);
  await settle();
  column.insertBefore(header, next); // X renders the profile's header once its data has come
  await settle();
  // Right: the header's chip (x:#64643056, RT). Wrong (before the fix): page spots are read only at start and after a navigation.
  expect(header.querySelectorAll(CHIP_SELECTOR)).toHaveLength(1);
  feed.stop();
});
