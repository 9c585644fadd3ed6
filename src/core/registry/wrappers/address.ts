// Small helpers shared by the wrapper recognisers.

/**
 * An address as wrappers embed it: "https://x/…", "https:/x/…" (a slash lost on the way), "//x/…", or "x/…"
 * without a scheme (taken as https). Null when nothing host-like is there.
 */
export function embeddedAddress(text: string): string | null {
  let rest = text.trim();
  if (/^https?%3A/i.test(rest)) {
    try {
      rest = decodeURIComponent(rest);
    } catch {
      return null;
    }
  }
  const scheme = /^(https?):\/*/i.exec(rest);
  if (scheme) rest = `${scheme[1]!.toLowerCase()}://${rest.slice(scheme[0].length)}`;
  else if (rest.startsWith('//')) rest = `https:${rest}`;
  else rest = `https://${rest}`;
  return /^https?:\/\/[^/?#\s]+\.[^/?#\s]+/i.test(rest) ? rest : null;
}

/** The query string without the parameters `drop` rejects, keeping the others exactly as written. */
export function filterQuery(search: string, drop: (name: string) => boolean): string {
  if (!search || search === '?') return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !drop(decodeName(pair.split('=')[0] ?? '')));
  return kept.length ? `?${kept.join('&')}` : '';
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** Google Translate's own parameters (_x_tr_sl, _x_tr_tl, _x_tr_hl, _x_tr_pto, _x_tr_sch, …). */
export function isTranslateParam(name: string): boolean {
  return name.startsWith('_x_tr_');
}
