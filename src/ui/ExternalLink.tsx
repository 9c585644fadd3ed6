// A link out of the extension: only http(s) addresses become links, always in a new tab without a referrer or
// an opener. Anything else (javascript:, data:, garbage) is shown as plain text.
import type { ComponentChildren } from 'preact';

export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** host + path of an address, for showing it short ("www.rt.com/russia/5905…"). */
export function shortUrl(url: string, max = 60): string {
  const safe = httpUrl(url);
  if (!safe) return url.length > max ? `${url.slice(0, max - 1)}…` : url;
  const u = new URL(safe);
  const text = `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function hostOf(url: string): string {
  const safe = httpUrl(url);
  return safe ? new URL(safe).host : '';
}

interface Props {
  href: string | null | undefined;
  class?: string;
  title?: string;
  children: ComponentChildren;
}

export function ExternalLink({ href, class: cls, title, children }: Props) {
  const safe = httpUrl(href);
  if (!safe) return <span class={cls ? `${cls} not-a-link` : 'not-a-link'}>{children}</span>;
  return (
    <a class={cls} href={safe} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
