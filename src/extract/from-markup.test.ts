import { factsFromMarkup, hostOfHref, linksToOutlets } from './from-markup';

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
