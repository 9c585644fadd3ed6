// Link redirectors → the address they lead to: the links of search results and shared cards on platforms go
// through the platform's own click counter. Only the listed redirectors on their exact hosts and paths are read,
// and only an absolute http(s) destination counts; anything else is the link itself.
//
// | link                                                          | leads to                               |
// |---------------------------------------------------------------|----------------------------------------|
// | https://www.google.com/url?q=https://rt.com/news/1            | https://rt.com/news/1                  |
// | https://www.google.co.uk/url?sa=t&url=https%3A%2F%2Frt.com%2F | https://rt.com/ (google.<tld>, co.uk, com.br …) |
// | https://www.bing.com/ck/a?!&&p=…&u=a1aHR0cHM6Ly9ydC5jb20v     | https://rt.com/ ("a1", then base64url of the address) |
// | https://www.bing.com/ck/a?u=a1!!! (not base64url, not UTF-8)  | itself                                 |
// | https://duckduckgo.com/l/?uddg=https%3A%2F%2Frt.com%2F&rut=…  | https://rt.com/                        |
// | https://yandex.ru/clck/jsredir?…&url=https%3A%2F%2Frt.com%2F  | https://rt.com/                        |
// | https://yandex.ru/clck/jsredir?…&cst=…&data=… (no url=)       | itself: the destination is sealed in data= |
// | Startpage results                                              | not wrapped (direct hrefs); its /av/proxy anonymous view is sealed: itself |
// | https://l.facebook.com/l.php?u=https%3A%2F%2Frt.com%2F        | https://rt.com/ (lm.facebook.com too)  |
// | https://l.instagram.com/?u=https%3A%2F%2Frt.com%2F&e=…        | https://rt.com/                        |
// | https://vk.com/away.php?to=https%3A%2F%2Frt.com%2F            | https://rt.com/ (m.vk.com too)         |
// | https://www.tiktok.com/link/v2?target=https%3A%2F%2Frt.com%2F | https://rt.com/ (a profile's bio link) |
// | https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Frt.com%2F | https://rt.com/ |
// | https://www.youtube.com/redirect?event=video_description (no q) | itself                  |
// | https://t.co/abc123                                           | itself: t.co says nothing in its href (X's adapter reads the shown address) |
// | a redirector inside a redirector                              | followed, at most MAX_DEPTH steps      |
// | https://www.google.com/search?q=https://rt.com                | itself (a search, not a link)          |
// | https://evil.example/url?q=… , https://bing.com.evil.example/ck/a?… | itself (not a listed host)       |
// | …/url?q=javascript:alert(1), a target over MAX_HREF characters | itself (only http(s), bounded)        |

interface Redirector {
  /** Which lower-case hosts run this redirector (exact names; Google and Yandex by their country domains). */
  host: (host: string) => boolean;
  path: (path: string) => boolean;
  /** The destination from the address (null or undefined: none). */
  target: (u: URL) => string | null | undefined;
}

/** google.com, google.de, google.cat, google.co.uk, google.com.br, with or without www. */
export const GOOGLE_HOST = /^(?:www\.)?google\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/;
/** yandex.ru, yandex.com, yandex.com.tr, yandex.co.il …, and ya.ru. */
export const YANDEX_HOST = /^(?:www\.)?(?:yandex\.(?:[a-z]{2,3}|com?\.[a-z]{2})|ya\.ru)$/;
const BING_HOSTS = new Set(['www.bing.com', 'bing.com', 'cn.bing.com', 'www2.bing.com', 'www4.bing.com']);
const DDG_HOSTS = new Set(['duckduckgo.com', 'html.duckduckgo.com', 'lite.duckduckgo.com', 'start.duckduckgo.com']);

export const REDIRECTORS: readonly Redirector[] = [
  { host: (h) => GOOGLE_HOST.test(h), path: (p) => p === '/url', target: (u) => u.searchParams.get('q') ?? u.searchParams.get('url') },
  { host: (h) => BING_HOSTS.has(h), path: (p) => p === '/ck/a', target: (u) => bingTarget(u.searchParams.get('u')) },
  { host: (h) => DDG_HOSTS.has(h), path: (p) => p === '/l/', target: (u) => u.searchParams.get('uddg') },
  { host: (h) => YANDEX_HOST.test(h), path: (p) => p === '/clck/jsredir', target: (u) => u.searchParams.get('url') },
  { host: (h) => h === 'l.facebook.com' || h === 'lm.facebook.com', path: (p) => p === '/l.php', target: (u) => u.searchParams.get('u') },
  { host: (h) => h === 'l.instagram.com', path: (p) => p === '/', target: (u) => u.searchParams.get('u') },
  { host: (h) => h === 'vk.com' || h === 'm.vk.com', path: (p) => p === '/away.php', target: (u) => u.searchParams.get('to') },
  { host: (h) => h === 'www.tiktok.com' || h === 'tiktok.com', path: (p) => p === '/link/v2', target: (u) => u.searchParams.get('target') },
  // Links in video descriptions and comments: youtube.com/redirect?…&q=<destination>.
  { host: (h) => h === 'www.youtube.com' || h === 'youtube.com' || h === 'm.youtube.com', path: (p) => p === '/redirect', target: (u) => u.searchParams.get('q') },
];

/** Redirectors followed for one link: enough for a result that goes through two counters, never a loop. */
export const MAX_DEPTH = 3;
/** Longer addresses are not read (no page's real result link is this long; a planted one is not parsed). */
export const MAX_HREF = 4_096;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Bing's u= parameter: "a1" then the address in base64url (no padding). The core has no atob (web-globals.d.ts
 * declares only URL, and atob reads neither "-" nor "_" nor UTF-8), so the few lines are here.
 */
export function bingTarget(u: string | null): string | null {
  if (!u || !u.startsWith('a1')) return null;
  let end = u.length;
  while (end > 2 && u[end - 1] === '=') end--; // padding (a loop: /=+$/ is quadratic on long runs)
  const s = u.slice(2, end).replace(/\+/g, '-').replace(/\//g, '_');
  if (!BASE64URL.test(s) || s.length % 4 === 1) return null;
  let bits = 0;
  let n = 0;
  let escaped = '';
  for (const c of s) {
    bits = (bits << 6) | base64Value(c);
    n += 6;
    if (n >= 8) {
      n -= 8;
      escaped += `%${((bits >> n) & 0xff).toString(16).padStart(2, '0')}`;
    }
  }
  try {
    // decodeURIComponent reads the bytes as UTF-8 and throws on a malformed sequence.
    return decodeURIComponent(escaped);
  } catch {
    return null;
  }
}

function base64Value(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return code - 65; // A-Z
  if (code >= 97 && code <= 122) return code - 71; // a-z
  if (code >= 48 && code <= 57) return code + 4; // 0-9
  return c === '-' ? 62 : 63; // "-", "_" (BASE64URL lets nothing else through)
}

function absolute(raw: string | null | undefined): URL | null {
  if (!raw || raw.length > MAX_HREF) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The address a redirector link leads to (through at most MAX_DEPTH of them); else the link itself. Never throws. */
export function unwrapLink(href: string): string {
  const first = absolute(href);
  if (!first) return href;
  let u: URL = first;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const at: URL = u;
    const host = at.hostname.toLowerCase().replace(/\.$/, ''); // www.google.com. is www.google.com
    const r = REDIRECTORS.find((x) => x.host(host) && x.path(at.pathname));
    const next: URL | null = r ? absolute(r.target(at)) : null;
    if (!next) break;
    u = next;
  }
  return u.href;
}
