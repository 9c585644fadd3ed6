import { factsFromMarkup, hostOfHref, linksToOutlets } from './from-markup';
import { splitAddress } from '../core/address';

describe('hostOfHref: the same host as new URL(href).hostname for the addresses extraction writes', () => {
  test.each([
    'https://www.rt.com/russia/1/',
    'http://user:pw@CDNI.RT.COM:8080/x.jpg?q#f',
    'https://[2001:db8::1]:443/a',
    'https://xn--80ak6aa92e.com/',
    'https://news.example',
  ])('%s', (href) => {
    expect(hostOfHref(href)).toBe(new URL(href).hostname.toLowerCase());
  });

  test('not an http(s) address: null', () => {
    expect(hostOfHref('mailto:a@rt.com')).toBeNull();
    expect(hostOfHref('javascript:alert(1)')).toBeNull();
  });
});

test('linksToOutlets: registered hosts only; unparsable addresses keep their selector', () => {
  const wants = linksToOutlets();
  expect(wants('https://www.rt.com/russia/1/')).toBe(true);
  expect(wants('https://cdni.rt.com/x.jpg')).toBe(true);
  expect(wants('https://news.example/a')).toBe(false);
  expect(wants('not an address')).toBe(true);
});

test('factsFromMarkup bounds the markup before parsing it (unless told it is bounded)', () => {
  const deep = `<html><body>${'<div>'.repeat(2_000)}<p>Text</p></body></html>`;
  const facts = factsFromMarkup(deep, 'https://news.example/a');
  expect(facts.url).toBe('https://news.example/a');
  expect(facts.text).toContain('Text');
});

describe('splitAddress (url.ts): host and path of an absolute address, no URL parse', () => {
  test.each([
    ['https://www.rt.com/russia/1/?q#f', { host: 'www.rt.com', path: '/russia/1/' }],
    ['https://user:pw@CDNI.RT.COM:8443/x.jpg', { host: 'CDNI.RT.COM', path: '/x.jpg' }],
    ['https://[2001:db8::1]/a', { host: '[2001:db8::1]', path: '/a' }],
    ['https://a.example?x=1', { host: 'a.example', path: '/' }],
    ['https://odysee.com/@rtfrance:a/video', { host: 'odysee.com', path: '/@rtfrance:a/video' }],
  ])('%s', (url, parts) => {
    expect(splitAddress(url)).toEqual(parts);
  });

  test.each(['x.jpg', '/a/b', 'data:image/png;base64,AAAA', 'blob:https://a.example/1', 'mailto:a@rt.com'])('%s: null', (url) => {
    expect(splitAddress(url)).toBeNull();
  });
});

describe('factsFromMarkup: what the page quotes', () => {
  const body = (inner: string, head = '') => `<html><head><title>T</title>${head}</head><body><article><h1>T</h1>${inner}</article></body></html>`;
  const own = '<p>This paragraph is the page’s own text, long enough for Readability to keep the article as it is written here.</p>'.repeat(4);
  test('blockquote paragraphs are marked, inline <q> texts kept', () => {
    const f = factsFromMarkup(body(`${own}<blockquote><p>MOSCOW (Sputnik) - Quoted opening of the report, long enough to be kept as a paragraph.</p></blockquote><p>It ends <q>Follow RT on</q> as a rule, the study found in a long sentence.</p>${own}`), 'https://news.example/a');
    const i = f.paragraphs.findIndex((p) => p.startsWith('MOSCOW'));
    expect(f.quoted?.paragraphs).toContain(i);
    expect(f.quoted?.inline).toEqual(['Follow RT on']);
  });
  test('ClaimReview JSON-LD: its claim', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"The EU bans heating above 19°C","itemReviewed":{"@type":"Claim","author":{"@type":"Organization","name":"Sputnik"}}}</script>';
    const f = factsFromMarkup(body(own, ld), 'https://news.example/a');
    expect(f.jsonLd.claimReviews).toEqual(['The EU bans heating above 19°C']);
    expect(f.jsonLd.authors).not.toContain('Sputnik');
    expect(f.jsonLd.claimRatings).toBeUndefined();
  });
  test('ClaimReview JSON-LD: its rating in words (alternateName, else name), never a bare number', () => {
    const ld = (rating: string) => `<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"The EU bans heating","reviewRating":${rating}}</script>`;
    expect(factsFromMarkup(body(own, ld('{"@type":"Rating","ratingValue":1,"alternateName":"False"}')), 'https://news.example/a').jsonLd.claimRatings).toEqual(['False']);
    expect(factsFromMarkup(body(own, ld('{"@type":"Rating","name":"Mostly true"}')), 'https://news.example/a').jsonLd.claimRatings).toEqual(['Mostly true']);
    expect(factsFromMarkup(body(own, ld('{"@type":"Rating","ratingValue":1}')), 'https://news.example/a').jsonLd.claimRatings).toBeUndefined();
  });
});
