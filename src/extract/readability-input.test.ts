import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { READABILITY_OPTIONS, fitsReadability, readArticle } from './article';
import { MEDIA_ATTR_CHARS, META_PROPERTY_CHARS } from './readability-input';

/** What extraction does before Readability: the one bounds walk, disarming every element (article.ts). */
function disarm(d: Document): void {
  expect(fitsReadability(d, true)).toBe(true);
}

const long = (n: number, unit = 'a') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const doc = (body: string, head = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

/** [markup, selector of the element, attribute, whether disarm removes it] */
const CASES: [string, string, string, boolean][] = [
  ['<img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x">', 'img', 'srcset', true],
  ['<picture><source srcset="a.webp"></picture>', 'source', 'srcset', true],
  ['<video srcset="v.mp4"></video>', 'video', 'srcset', true],
  ['<figure srcset="x"></figure>', 'figure', 'srcset', true],
  ['<div srcset="x"></div>', 'div', 'srcset', false],
  [`<img data-src="${long(MEDIA_ATTR_CHARS + 1, 'a.jpg')}">`, 'img', 'data-src', true],
  [`<img data-src="${long(MEDIA_ATTR_CHARS, 'a.jpg')}">`, 'img', 'data-src', false],
  [`<figure data-x="${long(MEDIA_ATTR_CHARS + 1)}"></figure>`, 'figure', 'data-x', true],
  [`<picture class="${long(MEDIA_ATTR_CHARS + 1)}"></picture>`, 'picture', 'class', true],
  [`<img src="https://a.example/${long(5_000)}">`, 'img', 'src', false],
  [`<img alt="${long(5_000)}">`, 'img', 'alt', false],
  [`<video data-x="${long(5_000)}"></video>`, 'video', 'data-x', false],
  [`<div data-x="${long(5_000)}"></div>`, 'div', 'data-x', false],
  [`<a href="https://a.example/${long(5_000)}">x</a>`, 'a', 'href', false],
];

describe('disarming in the bounds walk (fitsReadability)', () => {
  test.each(CASES)('%#: %s → %s[%s] removed: %s', (markup, selector, attr, removed) => {
    const d = doc(markup);
    const before = d.querySelector(selector)!.getAttribute(attr);
    expect(before).not.toBeNull();
    disarm(d);
    expect(d.querySelector(selector)!.hasAttribute(attr)).toBe(!removed);
  });

  test('a meta property is removed only past the bound; its content never', () => {
    const d = doc('', `<meta property="og:title" content="${long(5_000)}"><meta property="${long(META_PROPERTY_CHARS + 1, ' ')}og:title" content="x">`);
    disarm(d);
    const metas = Array.from(d.querySelectorAll('meta'));
    expect(metas.map((m) => [m.getAttribute('property'), m.getAttribute('content')?.length])).toEqual([
      ['og:title', 5_000],
      [null, 1],
    ]);
  });

  test('reaches every element in the tree (under 60 nested figures too)', () => {
    const d = doc(`${'<figure>'.repeat(60)}<img srcset="x">${'</figure>'.repeat(60)}<p><img srcset="y"></p>`);
    expect(d.querySelectorAll('[srcset]').length).toBe(2);
    disarm(d);
    expect(d.querySelectorAll('[srcset]').length).toBe(0);
  });

  test('Readability finds the same article text with and without the removed values', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of a story long enough for Readability to take it as the article, with words.</p>`).join('');
    const images = `<figure class="lazy"><img class="lazy" data-src="https://cdn.example/${long(300)}.jpg" srcset="a.jpg 1x, b.jpg 2x"><figcaption>A caption</figcaption></figure>`;
    const page = `<article><h1>Headline</h1>${images}${paragraphs}${images}</article>`;
    // Readability alone, on the page as it is
    const plain = new Readability(doc(page), READABILITY_OPTIONS as never).parse()?.textContent?.trim();
    const disarmed = doc(page);
    expect(disarmed.querySelectorAll('[srcset]').length).toBe(2);
    const after = readArticle(disarmed); // the bounds walk disarms, then Readability
    expect(disarmed.querySelectorAll('[srcset]').length).toBe(0);
    expect(after.text.trim()).toBe(plain);
    expect(after.text).toContain('Paragraph 7 of a story');
    expect(after.text).toContain('A caption');
  });
});
