// Link redirectors → the address they lead to: the links of search results and shared cards on platforms go
// through the platform's own click counter. Only the listed redirectors on their exact hosts and paths are read,
// and only an absolute http(s) destination counts; anything else is the link itself.
//
// | link                                                   | leads to                       |
// |--------------------------------------------------------|--------------------------------|
// | https://www.google.com/url?q=https://rt.com/news/1     | https://rt.com/news/1          |
// | https://l.facebook.com/l.php?u=https%3A%2F%2Frt.com%2F | https://rt.com/                |
// | https://duckduckgo.com/l/?uddg=https%3A%2F%2Frt.com%2F | https://rt.com/                |
// | https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Frt.com%2F | https://rt.com/ |
// | https://www.youtube.com/redirect?event=video_description (no q) | itself                  |
// | https://www.google.com/search?q=https://rt.com         | itself (a search, not a link)  |
// | https://evil.example/url?q=https://rt.com              | itself (not a listed host)     |

interface Redirector {
  /** Exact host, or a suffix starting with "." for a family of hosts (".google." stands for google.<any tld>). */
  host: (host: string) => boolean;
  path: (path: string) => boolean;
  /** The destination from the address (undefined: none). */
  target: (u: URL) => string | null | undefined;
}

const GOOGLE_HOST = /^(?:www\.)?google\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/;

export const REDIRECTORS: readonly Redirector[] = [
  { host: (h) => GOOGLE_HOST.test(h), path: (p) => p === '/url', target: (u) => u.searchParams.get('q') ?? u.searchParams.get('url') },
  { host: (h) => h === 'l.facebook.com' || h === 'lm.facebook.com', path: (p) => p === '/l.php', target: (u) => u.searchParams.get('u') },
  { host: (h) => h === 'l.instagram.com', path: (p) => p === '/', target: (u) => u.searchParams.get('u') },
  { host: (h) => h === 'duckduckgo.com' || h === 'html.duckduckgo.com', path: (p) => p === '/l/', target: (u) => u.searchParams.get('uddg') },
  { host: (h) => h === 'vk.com' || h === 'm.vk.com', path: (p) => p === '/away.php', target: (u) => u.searchParams.get('to') },
  { host: (h) => h === 'www.tiktok.com' || h === 'tiktok.com', path: (p) => p === '/link/v2', target: (u) => u.searchParams.get('target') },
  // Links in video descriptions and comments: youtube.com/redirect?…&q=<destination>.
  { host: (h) => h === 'www.youtube.com' || h === 'youtube.com' || h === 'm.youtube.com', path: (p) => p === '/redirect', target: (u) => u.searchParams.get('q') },
];

const MAX_DEPTH = 3;

function absolute(raw: string | null | undefined): URL | null {
  if (!raw || raw.length > 4_096) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The address a redirector link leads to (through at most three of them); else the link itself. Never throws. */
export function unwrapLink(href: string): string {
  const first = absolute(href);
  if (!first) return href;
  let u: URL = first;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const at: URL = u;
    const host = at.hostname.toLowerCase();
    const r = REDIRECTORS.find((x) => x.host(host) && x.path(at.pathname));
    const next: URL | null = r ? absolute(r.target(at)) : null;
    if (!next) break;
    u = next;
  }
  return u.href;
}
