// The addresses in a Verdict, checked before anything shows them or makes them links (defence in depth: the engine
// only ever builds http(s) addresses, and the UI renders page data as text, but a verdict also travels through
// storage and messages, and its evidence quotes a hostile page).
import type { Evidence, OutletSummary, Reference, Sanction, Signal, SiteInfo, Verdict } from './types';

/** Longer addresses are not shown or followed (the longest the engine builds from an 8,192-character page address). */
export const MAX_SAFE_URL_CHARS = 16_384;

// C0 controls, space, DEL, C1 controls, and the bidirectional formatting characters that can make an address read
// as another one ("https://evil.example/\u202Emoc.tr"). The URL parser would strip or encode some of them; an
// address that carries them was not written by the engine, so it is refused rather than repaired.
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether an address may be shown and followed: a string that parses as an absolute http: or https: URL with a
 * host and without credentials. "https://www.rt.com@evil.example/" reads as rt.com and goes to evil.example, and no
 * news page needs a user name or password in a link, so any address with credentials is refused.
 */
export function isSafeUrl(u: unknown): u is string {
  if (typeof u !== 'string' || u.length === 0 || u.length > MAX_SAFE_URL_CHARS || UNSAFE_CHARS.test(u)) return false;
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
}

function evidence(e: Evidence): Evidence {
  const out: Evidence = {};
  if (e.text !== undefined) out.text = e.text;
  if (e.selector !== undefined) out.selector = e.selector;
  if (isSafeUrl(e.url)) out.url = e.url;
  return out;
}

function signal(s: Signal): Signal {
  return { ...s, evidence: evidence(s.evidence ?? {}) };
}

function site(s: SiteInfo): SiteInfo {
  const out: SiteInfo = { host: s.host };
  if (s.wrapper && isSafeUrl(s.wrapper.url)) out.wrapper = { ...s.wrapper };
  if (s.repostHint) out.repostHint = isSafeUrl(s.repostHint.url) ? { ...s.repostHint } : { source: s.repostHint.source };
  // The account's address is text without a scheme ("x.com/RT_com"), shown as text, never a link.
  if (s.account) out.account = { ...s.account };
  return out;
}

function sanction(s: Sanction): Sanction {
  const { url, ...rest } = s;
  return isSafeUrl(url) ? { ...rest, url } : rest;
}

function outlet(o: OutletSummary): OutletSummary {
  return {
    ...o,
    aliases: [...o.aliases],
    domains: [...o.domains],
    typology: { ...o.typology, source: isSafeUrl(o.typology.source) ? o.typology.source : null },
    sanctions: o.sanctions.map(sanction),
    references: o.references.filter((r: Reference) => isSafeUrl(r.url)).map((r) => ({ ...r })),
  };
}

/**
 * A copy of the verdict in which every address is safe to show and follow (isSafeUrl): originals and outlet
 * references with another address are left out; evidence, sanction and repost-hint addresses are removed (the rest
 * of the item stays); an unsafe wrapper is removed; an unsafe typology source becomes null; an unsafe page address
 * becomes ''. Texts are kept as they are: they are data, and the UI renders them as text. The input is not changed.
 */
export function sanitizeVerdict(v: Verdict): Verdict {
  return {
    ...v,
    url: isSafeUrl(v.url) ? v.url : '',
    outlet: v.outlet ? outlet(v.outlet) : null,
    site: site(v.site),
    translation: { ...v.translation, markers: v.translation.markers.map(signal) },
    originals: v.originals.filter((o) => isSafeUrl(o.url)).map((o) => ({ ...o })),
    signals: v.signals.map(signal),
    ...(v.impersonates ? { impersonates: impersonation(v.impersonates) } : {}),
  };
}

/** The real outlet's address is a bare domain (shown, and made a link only as https://<domain>/); the list's source a safe address or none. */
function impersonation(i: NonNullable<Verdict['impersonates']>): NonNullable<Verdict['impersonates']> {
  const domain = /^[a-z0-9.-]{1,253}$/i.test(i.domain) ? i.domain : '';
  const out = { ...i, domain, domains: i.domains.filter((d) => /^[a-z0-9.-]{1,253}$/i.test(d)), claims: i.claims.map((c) => ({ ...c })) };
  if (i.listed) out.listed = { ...i.listed, source: { name: i.listed.source.name, url: isSafeUrl(i.listed.source.url) ? i.listed.source.url : '' } };
  return out;
}
