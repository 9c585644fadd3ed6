// Found in review (issue 13): a display name is user-controlled text; X and Bluesky read a quote's (and X a profile's) handle
// from the first leaf element whose text looks like "@handle", which is the display name when someone names
// themselves "@RT_com".
import { parseHTML } from 'linkedom';
import { resolveChips } from '../../../test/platforms/fixtures';
import { keysOf } from '../feed';
import { BLUESKY_ADAPTER } from './bluesky';
import { X_ADAPTER } from './x';

function doc(url: string, body: string): Document {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`);
  return document as unknown as Document;
}

test('X: an honest account named "@RT_com", quoted by someone, gets no chip on the quote', () => {
  const d = doc('https://x.com/home', `<article data-testid="tweet">
    <div data-testid="User-Name"><div><a href="/media_watcher"><span><span>Media Watcher</span></span></a></div></div>
    <div role="link" tabindex="0"><div data-testid="User-Name"><div><div dir="ltr"><span><span>@RT_com</span></span></div></div>
      <div><div dir="ltr"><span>@prankster_99</span></div></div></div>
      <div data-testid="tweetText"><span>lol</span></div></div>
  </article>`);
  // Right: the quote is @prankster_99's (unlisted): no chip. Wrong (before the fix): x:@rt_com → "State media · Russia".
  expect(resolveChips(X_ADAPTER, d).map((r) => r.key)).toEqual([]);
});

test('X: the profile of an honest account whose display name is "@RT_com" gets no chip in its header', () => {
  const d = doc('https://x.com/prankster_99', `<div data-testid="primaryColumn">
    <div data-testid="UserName"><div><div dir="ltr"><span><span>@RT_com</span></span></div></div>
      <div><div dir="ltr"><span>@prankster_99</span></div></div></div>
    <button data-testid="1234567-follow" type="button"><span>Follow</span></button></div>`);
  // Right: none (the address says prankster_99). Wrong (before the fix): the id is unlisted, so the "handle" x:@rt_com answers.
  expect(resolveChips(X_ADAPTER, d).map((r) => r.key)).toEqual([]);
});

test('Bluesky: a quoted honest account whose display name is "@rt.bsky.social" is asked about by its real handle', () => {
  const d = doc('https://bsky.app/', `<div role="link" data-testid="feedItem-by-jane.bsky.social">
    <a href="/profile/jane.bsky.social">Jane</a>
    <div role="link" tabindex="0"><div><div dir="auto">@rt.bsky.social</div><div dir="auto">@prankster.bsky.social</div></div><div dir="auto">lol</div></div>
  </div>`);
  const quote = BLUESKY_ADAPTER.read(d.querySelector('[data-testid]')!).map((s) => keysOf(s).accounts)[1];
  // Right: the quoted author prankster.bsky.social. Wrong (before the fix): bluesky:@rt.bsky.social (a chip once Bluesky accounts are listed).
  expect(quote).toEqual(['bluesky:@prankster.bsky.social']);
});
