import { parseHTML } from 'linkedom';
import { MARKUP_LIMITS, serialise } from './markup';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

test('an ordinary page: its own markup, with a doctype', () => {
  const out = serialise(doc('<!doctype html><html lang="de"><head><title>T</title></head><body><p>Text <a href="https://www.rt.com/">RT</a></p></body></html>'));
  expect(out.startsWith('<!doctype html><html lang="de">')).toBe(true);
  expect(out).toContain('<a href="https://www.rt.com/">RT</a>');
});

describe('stand-ins', () => {
  const saved = { ...MARKUP_LIMITS };
  afterEach(() => Object.assign(MARKUP_LIMITS, saved));

  test('too many elements: the title and the text, escaped, instead of the markup', () => {
    MARKUP_LIMITS.elements = 5;
    const out = serialise(doc('<html lang="en"><head><title>A &lt;b&gt; title</title></head><body>' + '<div><p>x &amp; &lt;script&gt;</p></div>'.repeat(5) + '</body></html>'));
    expect(out).toMatch(/^<!doctype html><html lang="en"><head><title>A &lt;b&gt; title<\/title><\/head><body><p>/);
    expect(out).toContain('x &amp; &lt;script&gt;');
    expect(out).not.toContain('<div>');
  });

  test('markup longer than the cap: the stand-in', () => {
    MARKUP_LIMITS.chars = 200;
    const out = serialise(doc(`<html><head><title>T</title></head><body><p>${'word '.repeat(100)}</p></body></html>`));
    // The stand-in writes its own <html lang>; the page's markup had none.
    expect(out.startsWith('<!doctype html><html lang=""><head><title>T</title></head><body><p>word word')).toBe(true);
  });

  test('a hostile lang attribute cannot break out of its quotes', () => {
    MARKUP_LIMITS.elements = 1;
    expect(serialise(doc('<html lang=\'x" onload="alert(1)\'><body><p>a</p><p>b</p></body></html>'))).toContain('lang="x&quot; onload=&quot;alert(1)"');
  });
});
