import { parseHTML } from 'linkedom';
import { creditUnits } from './credits';
import { factsFromMarkup } from './from-markup';

function units(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return [...creditUnits(document as unknown as Document)].map((el) => el.localName);
}

// The table of credits.ts: markup → the credit units found (their element names).
const ROWS: [string, string, string[]][] = [
  ['figure with img and figcaption', '<figure><img src="https://cdn-media.tass.ru/x.jpg"><figcaption>Foto: TASS</figcaption></figure>', ['figure']],
  ['figure with video and a Source link', '<figure><video src="https://cdnv.rt.com/x.mp4"></video><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>', ['figure']],
  ['figure with a linked img, figure with an iframe', '<figure><a href="/big"><img src="a.jpg"></a><figcaption>Photo: RT</figcaption></figure><figure><iframe src="/e"></iframe></figure>', ['figure', 'figure']],
  ['WordPress caption div', '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Photo: TASS</p></div>', ['div']],
  ['credit span right after an img', '<p>text</p><img src="a.jpg"><span class="credit">Photo: RT</span>', ['span']],
  ['caption p right after a picture', '<picture><img src="a.jpg"></picture><p class="caption">Foto: Sputnik</p>', ['p']],
  ['source line in caption classes at the end, no media', '<p>Body.</p><p class="caption credit">Source: <a href="https://www.rt.com/news/1-x/">RT</a></p>', []],
  ['figure without media', '<figure><figcaption>Quelle: <a href="https://de.rt.com/1-x/">RT DE</a></figcaption></figure>', []],
  ['figure with too much text', `<figure><img src="a.jpg"><figcaption>${'word '.repeat(150)}</figcaption></figure>`, []],
  ['a caption-class wrapper round the whole article', `<div class="has-captions"><img src="a.jpg">${'<p>Paragraph of the article text here.</p>'.repeat(30)}</div>`, []],
  ['caption p after a figure (not after media)', '<figure><img src="a.jpg"></figure><p class="caption">Source: RT</p>', ['figure']],
  // A credit credits its own media: a link to an outlet counts only under that outlet's network's media.
  ['figure with an RT photo and "Source: <a>RT</a>"', '<figure><img src="https://cdni.rt.com/files/x.jpg"><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>', ['figure']],
  ['figure with an RT video poster and "Fuente: <a>RT</a>" → actualidad.rt.com', '<figure><video poster="https://cdni.rt.com/p.jpg" src="/v.mp4"></video><figcaption>Fuente: <a href="https://actualidad.rt.com/actualidad/1-x">RT</a></figcaption></figure>', ['figure']],
  ['figure with a site-local logo and "Source: <a>RT</a>" → an RT article', '<figure><img src="/wp-content/uploads/rt-logo.png" width="60"><figcaption>Source: <a href="https://www.rt.com/russia/1-x/">RT</a></figcaption></figure>', []],
  ['figure with a TASS photo and "Source: <a>RT</a>" (another network)', '<figure><img src="https://cdn-media.tass.ru/x.jpg"><figcaption>Source: <a href="https://www.rt.com/russia/1-x/">RT</a></figcaption></figure>', []],
  ['credit span after a local img, "Foto: <a>TASS</a>" → tass.ru', '<img src="/a.jpg"><span class="credit">Foto: <a href="https://tass.ru/1">TASS</a></span>', []],
  ['credit span after a TASS img, "Foto: <a>TASS</a>" → tass.ru', '<img src="https://cdn-media.tass.ru/a.jpg"><span class="credit">Foto: <a href="https://tass.ru/1">TASS</a></span>', ['span']],
  // Tiny media (declared width and height both under 120 px) is a logo or icon and credits nothing.
  ['figure with a 60×20 RT-hosted logo and "Source: <a>RT</a>" → an RT article', '<figure><img src="https://cdni.rt.com/files/rt-logo.png" width="60" height="20"><figcaption>Source: <a href="https://www.rt.com/russia/1-x/">RT</a></figcaption></figure>', []],
  ['figure with a 60px×20px RT-hosted logo', '<figure><img src="https://cdni.rt.com/files/rt-logo.png" width="60px" height="20px"><figcaption>Source: <a href="https://www.rt.com/russia/1-x/">RT</a></figcaption></figure>', []],
  ['figure with a 980×551 RT photo and "Source: <a>RT</a>"', '<figure><img src="https://cdni.rt.com/files/x.jpg" width="980" height="551"><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>', ['figure']],
  ['figure with an RT-hosted image declaring one side only (60 wide)', '<figure><img src="https://cdni.rt.com/files/x.jpg" width="60"><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>', ['figure']],
  ['figure with an RT-hosted image at 100% width, 20 high', '<figure><img src="https://cdni.rt.com/files/x.jpg" width="100%" height="20"><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>', ['figure']],
  ['figure with a tiny RT logo beside a full-size RT video', '<figure><img src="https://cdni.rt.com/logo.png" width="60" height="20"><video src="https://cdnv.rt.com/x.mp4"></video><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>', ['figure']],
  ['figure with a local photo, a photographer\'s link (no outlet)', '<figure><img src="/a.jpg"><figcaption>Photo: <a href="https://janedoe.example/">Jane Doe</a></figcaption></figure>', ['figure']],
];

describe('credit units: the table of credits.ts', () => {
  test.each(ROWS)('%s', (_case, html, expected) => {
    expect(units(html)).toEqual(expected);
  });
});

const ARTICLE = (credit: string) => `<!doctype html><html lang="en"><head><title>Drills</title></head><body><article><h1>Drills</h1>
  <div class="body">${'<p>Russia released footage of drills near the border on Tuesday, the defence ministry said in a statement.</p>'.repeat(3)}
  ${credit}
  ${'<p>Western officials said the exercise was intended as a warning to the countries that supply Ukraine.</p>'.repeat(3)}</div></article></body></html>`;

describe('extraction: a media credit is no article paragraph, and its links are marked', () => {
  test('a Source link in a video figure: inCredit, not among the paragraphs, still a caption', () => {
    const f = factsFromMarkup(ARTICLE('<figure><video src="https://cdnv.rt.com/x.mp4"></video><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>'), 'https://news.example/a');
    expect(f.links.find((l) => l.href.includes('rt.com'))).toMatchObject({ inCredit: true });
    expect(f.paragraphs).not.toContain('Source: RT');
    expect(f.captions).toContain('Source: RT');
    expect(f.media).toContain('https://cdnv.rt.com/x.mp4');
  });

  test('the same line under a site-local logo image: no credit, so a source line, not marked', () => {
    const f = factsFromMarkup(ARTICLE('<figure class="source-box"><img src="/wp-content/uploads/rt-logo.png" alt="" width="60" height="20"><figcaption>Source: <a href="https://www.rt.com/news/1-x/">RT</a></figcaption></figure>'), 'https://news.example/a');
    expect(f.links.find((l) => l.href.includes('rt.com'))?.inCredit).toBeUndefined();
    expect(f.paragraphs).toContain('Source: RT');
  });

  test('the same line as a paragraph of its own: a source line, not marked', () => {
    const f = factsFromMarkup(ARTICLE('<p class="caption credit">Source: <a href="https://www.rt.com/news/1-x/">RT</a></p>'), 'https://news.example/a');
    expect(f.links.find((l) => l.href.includes('rt.com'))?.inCredit).toBeUndefined();
    expect(f.paragraphs).toContain('Source: RT');
  });
});
