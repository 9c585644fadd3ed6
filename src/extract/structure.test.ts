import { factsFromMarkup } from './from-markup';

const words = (n: number) => 'Western nations keep adding sanctions packages that have failed, the minister said. '.repeat(8).slice(0, n);
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const bodyChars = (body: string) => factsFromMarkup(page(body), 'https://x.example/a').structure.bodyChars;
const results = (snippet: (i: number) => string) =>
  [1, 2, 3, 4, 5].map((i) => `<div class="result"><h3><a href="https://h${i}.example/a">Result ${i}</a></h3>${snippet(i)}</div>`).join('');

describe('bodyChars: the table of structure.ts', () => {
  test.each([
    ['div > 5 × 230 characters between <br><br>, no <p>', `<div>${[1, 2, 3, 4, 5].map(() => words(230)).join('<br><br>')}</div>`, 1_150, Infinity],
    ['div > text <b>bold</b> text (one run)', `<div>${words(50)} <b>bold words here</b> ${words(50)}</div>`, 110, 130],
    ['div > 3 × 60 characters between <br>s', `<div>${words(60)}<br>${words(60)}<br>${words(60)}</div>`, 0, 0],
    ['a tag cloud: 30 links in one div', `<div>${Array.from({ length: 30 }, (_, i) => `<a href="/tag/t${i}">tag number ${i} here</a>`).join(' ')}</div>`, 0, 0],
    ['5 results with a 150-character snippet as text', results(() => words(150)), 150, 150],
    ['5 results with the snippet in a div', results(() => `<div class="snippet">${words(150)}</div>`), 150, 150],
    ['5 results with the snippet in a p', results(() => `<p>${words(150)}</p>`), 150, 150],
    ['div > 5 × div.para-block > p of 230 characters', `<div>${[1, 2, 3, 4, 5].map(() => `<div class="para-block"><p>${words(230)}</p></div>`).join('')}</div>`, 1_150, Infinity],
    ['ul > 5 × li > a + 150 characters of text', `<ul>${[1, 2, 3, 4, 5].map((i) => `<li><a href="https://h${i}.example/">Headline ${i}</a> ${words(150)}</li>`).join('')}</ul>`, 150, 150],
    ['5 teasers: div.teaser > h2 > a + div.text > p', [1, 2, 3, 4, 5].map((i) => `<div class="teaser"><h2><a href="/a${i}">T${i}</a></h2><div class="text"><p>${words(200)}</p></div></div>`).join(''), 200, 200],
  ] as const)('%s', (_name, body, min, max) => {
    const n = bodyChars(body);
    expect(n).toBeGreaterThanOrEqual(min);
    expect(n).toBeLessThanOrEqual(max);
  });

  test('a hostile page is still read: 20,000 divs of direct text, 5,000 nested spans (its time bound: test/stress.test.tsx)', () => {
    const body = `<div>${`<div>${words(90)}<span>x</span></div>`.repeat(20_000)}</div>${'<span>'.repeat(5_000)}text${'</span>'.repeat(5_000)}`;
    expect(bodyChars(body)).toBeGreaterThanOrEqual(90);
  });
});
