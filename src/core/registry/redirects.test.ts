import { bingTarget, MAX_DEPTH, MAX_HREF, unwrapLink } from './redirects';

/** Bing's u= value for an address: "a1" and its base64url, unpadded. */
const a1 = (url: string) => `a1${Buffer.from(url, 'utf8').toString('base64url')}`;
const enc = encodeURIComponent;

describe('unwrapLink: honest redirector links', () => {
  test.each([
    ['Google /url?q=', 'https://www.google.com/url?q=https://rt.com/news/1&sa=U&ved=2ah', 'https://rt.com/news/1'],
    ['Google on its fully qualified name (a trailing dot)', 'https://www.google.com./url?q=https://rt.com/news/1', 'https://rt.com/news/1'],
    ['Google /url?q= relative-made-absolute (basic HTML)', `https://www.google.de/url?q=${enc('https://de.rt.com/a/')}&sa=U`, 'https://de.rt.com/a/'],
    ['Google /url?url= (ping-style)', `https://www.google.co.uk/url?sa=t&source=web&url=${enc('https://rt.com/')}`, 'https://rt.com/'],
    ['Google com.br', `https://www.google.com.br/url?q=${enc('https://sputniknewsbr.com.br/x')}`, 'https://sputniknewsbr.com.br/x'],
    ['Google without www', `https://google.fr/url?q=${enc('https://francais.rt.com/')}`, 'https://francais.rt.com/'],
    ['Bing /ck/a', `https://www.bing.com/ck/a?!&&p=3f1c0a&ptn=3&ver=2&hsh=4&fclid=1a2b&u=${a1('https://www.rt.com/news/1/')}&ntb=1`, 'https://www.rt.com/news/1/'],
    ['Bing /ck/a with a non-ASCII path', `https://www.bing.com/ck/a?u=${a1('https://russian.rt.com/новости')}`, 'https://russian.rt.com/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8'],
    ['Bing cn.bing.com', `https://cn.bing.com/ck/a?u=${a1('https://sputnikglobe.com/')}`, 'https://sputnikglobe.com/'],
    ['DuckDuckGo /l/', `https://duckduckgo.com/l/?uddg=${enc('https://rt.com/')}&rut=8f3d`, 'https://rt.com/'],
    ['DuckDuckGo HTML /l/', `https://html.duckduckgo.com/l/?uddg=${enc('https://de.rt.com/x')}`, 'https://de.rt.com/x'],
    ['Yandex jsredir with url=', `https://yandex.ru/clck/jsredir?from=yandex.ru%3Bsearch&text=&url=${enc('https://rt.com/')}`, 'https://rt.com/'],
    ['Yandex on yandex.com.tr', `https://yandex.com.tr/clck/jsredir?url=${enc('https://tr.sputniknews.com/')}`, 'https://tr.sputniknews.com/'],
    ['Facebook l.php', `https://l.facebook.com/l.php?u=${enc('https://rt.com/')}&h=AT0`, 'https://rt.com/'],
    ['Facebook lm.facebook.com', `https://lm.facebook.com/l.php?u=${enc('https://rt.com/')}`, 'https://rt.com/'],
    ['Instagram l.instagram.com', `https://l.instagram.com/?u=${enc('https://rt.com/')}&e=AT1`, 'https://rt.com/'],
    ['VK away.php', `https://vk.com/away.php?to=${enc('https://rt.com/')}&cc_key=`, 'https://rt.com/'],
    ['VK m.vk.com', `https://m.vk.com/away.php?to=${enc('https://rt.com/')}`, 'https://rt.com/'],
    ['TikTok link/v2', `https://www.tiktok.com/link/v2?aid=1988&lang=en&scene=bio_url&target=${enc('https://rt.com/')}`, 'https://rt.com/'],
  ])('%s', (_, link, to) => {
    expect(unwrapLink(link)).toBe(to);
  });
});

describe('unwrapLink: links that are not redirects, or not to be followed', () => {
  const huge = `https://rt.com/${'a'.repeat(MAX_HREF)}`;
  test.each([
    ['a plain link', 'https://www.bbc.com/news'],
    ['t.co: the href hides the destination', 'https://t.co/abc123'],
    ['a search page with an address in its query', 'https://www.google.com/search?q=https://rt.com'],
    ['Bing search with an address in its query', `https://www.bing.com/search?q=${enc('https://rt.com')}`],
    ['DuckDuckGo search with an address in its query', 'https://duckduckgo.com/?q=https%3A%2F%2Frt.com'],
    ['Google /url on a look-alike host', 'https://evil.example/url?q=https://rt.com'],
    ['Google look-alike google.com.evil.example', `https://google.com.evil.example/url?q=${enc('https://rt.com/')}`],
    ['Bing look-alike bing.com.evil.example', `https://bing.com.evil.example/ck/a?u=${a1('https://rt.com/')}`],
    ['DuckDuckGo look-alike', `https://duckduckgo.com.evil.example/l/?uddg=${enc('https://rt.com/')}`],
    ['a redirector path on another path', `https://www.google.com/url/x?q=${enc('https://rt.com/')}`],
    ['a javascript: target', 'https://www.google.com/url?q=javascript:alert(1)'],
    ['a data: target', `https://l.facebook.com/l.php?u=${enc('data:text/html,<script>alert(1)</script>')}`],
    ['a relative target', 'https://www.google.com/url?q=/search?q=rt'],
    ['Yandex jsredir with the destination sealed', 'https://yandex.ru/clck/jsredir?from=yandex.ru%3Bsearch&etext=2202.abc&cst=AiuY0DBW&data=UlNrNmk5&b64e=2&sign=8f1e&keyno=0'],
    ['Startpage anonymous view (sealed)', 'https://eu.startpage.com/av/proxy?ep=a1b2c3&ek=d4e5&ekdata=0f1e'],
    ['Bing u= without the a1 prefix', `https://www.bing.com/ck/a?u=${Buffer.from('https://rt.com/').toString('base64url')}`],
    ['Bing u= not base64url', 'https://www.bing.com/ck/a?u=a1!!!'],
    ['Bing u= of an impossible length', 'https://www.bing.com/ck/a?u=a1aHR0c'],
    ['Bing u= not UTF-8', `https://www.bing.com/ck/a?u=a1${Buffer.from([0x68, 0x74, 0xff, 0xfe]).toString('base64url')}`],
    ['Bing u= of a javascript: address', `https://www.bing.com/ck/a?u=${a1('javascript:alert(1)')}`],
    ['a link over MAX_HREF characters', huge],
    ['a redirector whose target is over MAX_HREF characters', `https://www.google.com/url?q=${enc(huge)}`],
    ['not an address at all', 'not a url'],
    ['an empty href', ''],
  ])('%s: itself', (_, link) => {
    expect(unwrapLink(link)).toBe(link === '' || link === 'not a url' ? link : new URL(link).href);
  });
});

describe('unwrapLink: chains', () => {
  test('a redirector inside a redirector is followed', () => {
    const ddg = `https://duckduckgo.com/l/?uddg=${enc('https://rt.com/news/1')}`;
    const bing = `https://www.bing.com/ck/a?u=${a1(ddg)}`;
    expect(unwrapLink(`https://www.google.com/url?q=${enc(bing)}`)).toBe('https://rt.com/news/1');
  });

  test(`at most ${MAX_DEPTH} steps: a deeper chain stops at the redirector reached`, () => {
    let link = 'https://rt.com/';
    const steps: string[] = [link];
    for (let i = 0; i < MAX_DEPTH + 1; i++) {
      link = `https://l.facebook.com/l.php?u=${enc(link)}`;
      steps.unshift(link);
    }
    // MAX_DEPTH + 1 wrappers: MAX_DEPTH are taken off, the innermost one stays.
    expect(unwrapLink(link)).toBe(steps[MAX_DEPTH]);
    expect(new URL(unwrapLink(link)).hostname).toBe('l.facebook.com');
  });

  test('a redirector pointing at itself does not loop', () => {
    const self = 'https://www.google.com/url?q=https://www.google.com/url';
    expect(unwrapLink(self)).toBe('https://www.google.com/url');
  });
});

describe('bingTarget', () => {
  test.each([
    [a1('https://rt.com/'), 'https://rt.com/'],
    [`${a1('https://rt.com/a')}==`, 'https://rt.com/a'],
    // the standard alphabet's + and / read as - and _
    [`a1${Buffer.from('https://rt.com/?>>>').toString('base64')}`, 'https://rt.com/?>>>'],
    ['a1', ''],
    [null, null],
    ['', null],
    ['b1aHR0cHM6Ly9ydC5jb20v', null],
    ['a1aHR0cHM6Ly9ydC5jb20v!', null],
  ])('%s → %s', (u, to) => {
    expect(bingTarget(u)).toBe(to);
  });
});
