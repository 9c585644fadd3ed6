import { parseHTML } from 'linkedom';
import { articleParts } from './article-parts';

const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, figcaption, td';
const MEDIA = 'img[src], video[src], audio[src], source[src], iframe[src]';

/** What the walk replaces: one query per kind, and one more per block for the blocks inside it. */
function byQueries(root: ParentNode) {
  return {
    blocks: Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS)),
    media: Array.from(root.querySelectorAll(MEDIA)),
    anchors: Array.from(root.querySelectorAll('a[href]')),
  };
}

const PAGE = `<!doctype html><html><head><title>t</title></head><body>
  <div id="article">
    <p>one <a href="/a">link</a> <img src="x.jpg"><img alt="no src"></p>
    <ul><li>item <ul><li>inner <p>deep</p></li><li>leaf</li></ul></li><li>plain</li></ul>
    <blockquote><p>quoted</p></blockquote><blockquote>bare quote</blockquote>
    <table><tr><td>cell <h3>head in cell</h3></td><td>cell 2</td></tr></table>
    <template><p>template text</p><a href="/t">t</a><img src="t.jpg"></template>
    <figure><img src="f.jpg"><figcaption>caption <a>no href</a></figcaption></figure>
    <video src="v.mp4"><source src="v.webm"></video><audio></audio><iframe src="/embed"></iframe>
    <h2>title</h2><h1>not a block</h1><pre>code</pre>
  </div>
  <p>outside</p><a href="/out">out</a>
</body></html>`;

describe('articleParts', () => {
  const { document } = parseHTML(PAGE);
  const article = document.getElementById('article')!;

  it('finds what the queries find under an element, in page order', () => {
    const parts = articleParts(article as unknown as Element);
    const q = byQueries(article as unknown as Element);
    expect(parts.blocks).toEqual(q.blocks);
    expect(parts.media).toEqual(q.media);
    expect(parts.anchors).toEqual(q.anchors);
    expect(parts.blocks.map((b) => b.textContent?.trim())).toEqual(['one link', 'deep', 'leaf', 'plain', 'quoted', 'bare quote', 'head in cell', 'cell 2', 'caption no href', 'title', 'code']);
  });

  it('finds what the queries find in a whole document', () => {
    const parts = articleParts(document as unknown as Document);
    const q = byQueries(document as unknown as Document);
    expect(parts.blocks).toEqual(q.blocks);
    expect(parts.media).toEqual(q.media);
    expect(parts.anchors).toEqual(q.anchors);
  });

  it('takes elements built by script (upper-case names) like parsed ones', () => {
    const div = document.createElement('DIV');
    const p = document.createElement('P');
    p.textContent = 'made';
    div.appendChild(p);
    expect(articleParts(div as unknown as Element).blocks).toEqual([p]);
  });

  it('gives nothing for an empty element', () => {
    expect(articleParts(document.createElement('div') as unknown as Element)).toEqual({ blocks: [], media: [], anchors: [], quoted: [], inlineQuotes: [] });
  });
});

describe('articleParts: quotations', () => {
  const { document } = parseHTML(`<!doctype html><html><body><div id="a">
    <p>own <q>inline quote</q> text</p>
    <blockquote><p>quoted one</p><p>quoted two</p></blockquote>
    <blockquote>bare quote</blockquote>
    <blockquote class="twitter-tweet"><p>a tweet</p></blockquote>
    <p>own again</p>
  </div></body></html>`);
  const parts = articleParts(document.getElementById('a')!);
  test.each([
    ['own <q>…</q> text', 0, false],
    ['<blockquote><p>quoted one', 1, true],
    ['<blockquote><p>quoted two', 2, true],
    ['<blockquote>bare quote', 3, true],
    ['an embedded post is not marked (embeds are their own matter)', 4, false],
    ['own again', 5, false],
  ] as [string, number, boolean][])('%s', (_, i, quoted) => {
    expect(parts.quoted[i]).toBe(quoted);
  });
  test('inline <q> inside an own paragraph', () => {
    expect(parts.inlineQuotes.map((q) => q.textContent)).toEqual(['inline quote']);
  });
});
