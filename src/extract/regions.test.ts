import { parseHTML } from 'linkedom';
import { factsFromMarkup } from './from-markup';
import { isRegion, removeRegions } from './regions';

function first(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

describe('isRegion: the table of regions.ts', () => {
  test.each([
    '<div id="comments"></div>',
    '<div class="comments-area"></div>',
    '<ol class="comment-list"></ol>',
    '<ol class="commentlist"></ol>',
    '<li class="comment even thread-even depth-1"></li>',
    '<article id="div-comment-5" class="comment-body"></article>',
    '<div class="comment-content"></div>',
    '<div itemprop="comment"></div>',
    '<div class="comments-wrapper section-inner"></div>',
    '<div id="respond" class="comment-respond"></div>',
    '<div id="disqus_thread"></div>',
    '<div id="dsq-app4521"></div>',
    '<div id="coral_thread"></div>',
    '<div class="coral coral-stream"></div>',
    '<div class="fb-comments" data-href="x"></div>',
    '<section class="user-comments"></section>',
    '<div id="article-comments"></div>',
    '<aside></aside>',
    '<div role="complementary"></div>',
    '<div class="sidebar"></div>',
    '<div id="sidebar"></div>',
    '<div id="secondary" class="widget-area"></div>',
    '<div class="related"></div>',
    '<section class="related-articles"></section>',
    '<div class="most-read"></div>',
    '<div class="mostread"></div>',
    '<div class="popular-posts"></div>',
    '<div class="recommended"></div>',
    '<div class="OUTBRAIN" data-widget-id="AR_1"></div>',
    '<div class="trc_related_container"></div>',
    '<blockquote class="twitter-tweet"><p>tweet</p></blockquote>',
    '<blockquote class="instagram-media"></blockquote>',
    '<div class="fb-post"></div>',
    '<iframe src="https://www.youtube.com/embed/x"></iframe>',
    '<blockquote class="telegram-post" data-telegram-post="rt_news/1"></blockquote>',
    '<blockquote class="reddit-embed-bq"></blockquote>',
  ])('region: %s', (html) => {
    const el = first(html);
    expect(isRegion(el, el.localName)).toBe(true);
  });

  test.each([
    '<div class="no-comments"></div>',
    '<div class="comments-open"></div>',
    '<span class="comments-link"><a href="#comments">3 Comments</a></span>',
    '<a class="comment-count" href="#comments">3</a>',
    '<a href="#comments" id="comments-link">comments: 3</a>',
    '<div id="content-with-comments"></div>',
    '<div class="content-and-comments"></div>',
    '<div class="has-sidebar"></div>',
    '<div class="container right-sidebar"></div>',
    '<main class="sidebar"></main>',
    '<div class="article-body"></div>',
    '<article class="post type-post hentry"></article>',
    '<div class="entry-content"></div>',
    '<footer class="entry-footer"></footer>',
    '<div class="unrelated-note"></div>',
    '<p>Comments are closed.</p>',
  ])('not a region: %s', (html) => {
    const el = first(html);
    expect(isRegion(el, el.localName)).toBe(false);
  });

  test('body and html are never regions, whatever their classes say', () => {
    const { document } = parseHTML('<!doctype html><html class="sidebar"><body class="comments-open comment sidebar related"><p>x</p></body></html>');
    expect(isRegion(document.documentElement as unknown as Element, 'html')).toBe(false);
    expect(isRegion(document.body as unknown as Element, 'body')).toBe(false);
  });
});

describe('removeRegions', () => {
  test('takes out the outermost regions, keeps a region that holds the article (its h1)', () => {
    const { document } = parseHTML(`<!doctype html><html><body>
      <div class="related-wrapper"><h1>Headline</h1><p>Article</p></div>
      <div id="comments"><ol class="comment-list"><li class="comment"><p>Pasted</p></li></ol></div>
      <aside><p>Side</p></aside><p>Footer</p></body></html>`);
    expect(removeRegions(document as unknown as Document)).toBe(2);
    expect(document.body.textContent!.replace(/\s+/g, ' ').trim()).toBe('HeadlineArticle Footer');
  });
});

const PARA = '<p>Western sanctions on Russian fertiliser have backfired on European farmers, officials in Moscow said on Tuesday, adding that exports grew.</p>';
const doc = (body: string) => parseHTML(`<!doctype html><html><head></head><body>${body}<footer><p>&copy; 2025 Site. All rights reserved.</p></footer></body></html>`).document as unknown as Document;
const text = (d: Document) => (d.body.textContent ?? '').replace(/\s+/g, ' ');

describe('removeRegions: a region that is the article body (the promotion table of regions.ts)', () => {
  test.each([
    ['main > h1 + div.comment-content, no prose of its own', `<main><h1>Headline</h1><div class="comment-content">${PARA.repeat(7)}</div></main>`],
    ['h1 + byline + blockquote.telegram-post', `<div><h1>Headline</h1><div class="byline">By A. Writer</div><blockquote class="telegram-post">${PARA.repeat(6)}</blockquote></div>`],
    ['header > h1, then div#comments', `<header><h1>Headline</h1></header><div id="comments">${PARA.repeat(6)}</div>`],
  ])('promoted: %s', (_name, body) => {
    const d = doc(body);
    expect(removeRegions(d)).toBe(0);
    expect(text(d)).toContain('fertiliser');
  });

  test.each([
    ['a brief of its own (p of 138 characters)', `<article><h1>Headline</h1><p>The parish council on Monday approved a new bus shelter for the Mill Lane stop, damaged by a lorry in January. It will cost £4,800.</p></article><div id="comments">${PARA.repeat(6)}</div>`],
    ['a brief of short paragraphs: the comments follow the article, not the h1', `<article><h1>Headline</h1><p>The parish council approved a new bus shelter on Mill Lane.</p><p>It opens in May.</p></article><div id="comments">${PARA.repeat(6)}</div>`],
    ['two long regions', `<h1>Headline</h1><div class="comment-content">${PARA.repeat(5)}</div><aside>${PARA.repeat(5)}</aside>`],
    ['a video page: the player stands between the h1 and the comments', `<h1>Headline</h1><div class="player"><video src="v.mp4"></video></div><div id="comments">${PARA.repeat(6)}</div>`],
    ['no h1', `<div class="comment-content">${PARA.repeat(7)}</div>`],
  ])('not promoted: %s', (_name, body) => {
    const d = doc(body);
    expect(removeRegions(d)).toBeGreaterThan(0);
    expect(text(d)).not.toContain('fertiliser');
  });

  test('a hostile page of 20,000 regions: every one removed (its time bound: test/stress.test.tsx)', () => {
    const d = doc(`<h1>Headline</h1>${`<div class="comment-content">${PARA}</div>`.repeat(20_000)}`);
    expect(removeRegions(d)).toBe(20_000);
  });
});

const BRIEF = `<!doctype html><html lang="en"><head><title>Bus shelter approved</title></head><body>
  <article class="post"><h1>Bus shelter approved</h1>
    <div class="entry-content"><p>The parish council approved a new bus shelter on Mill Lane.</p><p>It opens in May.</p></div>
    <span class="comments-link"><a href="#comments">1 Comment</a></span>
  </article>
  <div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body">
    <div class="comment-content">${'<p>Western sanctions on Russian fertiliser have backfired on European farmers, officials in Moscow said on Tuesday, adding that exports grew.</p>'.repeat(6)}
    <p>Source: <a href="https://www.rt.com/business/593711-sanctions/">RT</a></p>
    <figure><img src="https://cdni.rt.com/files/x.jpg"><figcaption>Photo: RT</figcaption></figure></div>
  </article></li></ol></div>
  <aside class="sidebar"><div class="most-read"><a href="https://www.rt.com/news/1-x/">Read more</a></div></aside>
</body></html>`;

describe('extraction leaves regions out of the facts', () => {
  const facts = factsFromMarkup(BRIEF, 'https://village.example/bus-shelter');

  test('Readability does not take the comment for the article; the body text holds no comment either', () => {
    expect(facts.text).not.toContain('fertiliser');
    expect(facts.paragraphs.join(' ')).not.toContain('fertiliser');
  });

  test('no link, caption or media from a comment or a sidebar', () => {
    expect(facts.links.map((l) => l.href)).not.toEqual(expect.arrayContaining([expect.stringContaining('rt.com')]));
    expect(facts.captions).toEqual([]);
    expect(facts.media).toEqual([]);
  });

  test("the article's own '1 Comment' link stays", () => {
    expect(facts.links.map((l) => l.text)).toContain('1 Comment');
  });
});
