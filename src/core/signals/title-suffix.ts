/*
 * title-suffix: the outlet's brand or section name as the suffix of the page title or headline, as the outlet
 * writes it ("… — RT World News", "… - Sputnik International") or machine-translated ("… – RT Russland und
 * ehemalige Sowjetunion", "… - RT世界新闻", "… - Мировые новости RT"). Segments are split on " – ", " — ", " - ",
 * " -- ", " | ", " :: ", " · ", "｜" (and on an unspaced dash before a known section name or after CJK text:
 * "…zurück-RT World News", "…广告-RT世界新闻"). The page's own site name (facts.siteName, a JSON-LD publisher, or
 * a segment that spells the site's host) is dropped from the end first, also after " : ", "：", " / ", " » "
 * ("… -RTワールドニュース : 海外ニュース速報まとめ"), so a brand segment followed by the republisher's name still
 * counts. Besides the title and the headline, a title line copied into the first paragraphs of the body (short,
 * no closing full stop: "McDonald's zieht … zurück - RT World News" heading a quoted article) is read the same way. The brand segment must not be the first segment (the headline itself) and
 * may be followed by at most one more segment. Evidence: the brand segment exactly as on the page.
 *
 * | title / headline                                                                                     | fires |
 * |------------------------------------------------------------------------------------------------------|-------|
 * | de: "Treffen … „nicht ausgeschlossen“ – Kreml – RT Russland und ehemalige Sowjetunion – Weltblick Nachrichten" | yes (rt) |
 * | en: "McDonald's withdraws 'tasteless' advert near crematorium — RT World News"                        | yes   |
 * | de: "McDonald's zieht „geschmacklose“ Werbung … zurück - RT Deutsch" (outlet rt-de)                   | yes   |
 * | cs: "McDonald's stahuje „nevkusnou“ reklamu poblíž krematoria – RT World News"                        | yes   |
 * | zh: "麦当劳撤回火葬场附近的“无味”广告-RT世界新闻"                                                          | yes   |
 * | ja: "マクドナルド、火葬場近くの「味気ない」広告を撤回 - RTワールドニュース"                                   | yes   |
 * | ru: "McDonald's снимает \"безвкусную\" рекламу возле крематория - Мировые новости RT"                 | yes   |
 * | he: "מקדונלד'ס מסירה את הפרסומת - חדשות RT העולמיות"                                                  | yes   |
 * | en: "Lithuania sent Bofors L70 anti-aircraft guns to Ukraine - RT in Russian"                         | yes   |
 * | en: "Royal self-indicting arrogance - Sputnik International | Portal24" (siteName Portal24)           | yes (sputnik) |
 * | fr: "Moscou répond à Paris | RT France"                                                             | yes (rt-france) |
 * | es: "China y Rusia firman acuerdo - Xinhua | Noticias Hoy" (siteName "Noticias Hoy")                 | yes (xinhua) |
 * | ja: "マクドナルド…を撤回します-RTワールドニュース : 海外ニュース速報まとめ" (siteName after " : ")          | yes   |
 * | de: first paragraph "McDonald's zieht … zurück - RT World News" under a blog's own title             | yes   |
 * | en: "RT (TV network) – Wikipedia"                                                                    | no    |
 * | en: "Why RT was banned – The Guardian"                                                               | no    |
 * | en: "Sputnik V vaccine: what we know | BBC News"                                                     | no    |
 * | pl: "Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy"                        | no    |
 * | en: "COVID-19 testing explained - RT-PCR"                                                            | no    |
 * | en: "Kremlin says talks possible – TASS reports – Politics – World – Daily Planet"                  | no (two segments after the brand segment) |
 * | en: "Headline – RT World News" on rt.com itself (the site decides)                                   | no    |
 * | de: "Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära | DW"                                 | no    |
 * | it: "I jet russi accendono i motori - ilGiornale.it"                                                 | no    |
 * | en: "Man caught breaking into a shop – CCTV" (ambiguous name: not enough in a title)                  | no    |
 * | fr: "Guerre en Ukraine : RT France interdite" (" : " is no segment separator)                         | no    |
 * | en: first paragraph "The Kremlin said so, according to a report by RT." (a sentence, not a title)    | no    |
 * | en: first paragraph "Peskov: … — RT Russia & Former Soviet Union" on a listing (a result's title)     | no    |
 */
import { networkIdOf, networkOf, outletById } from '../registry/index';
import { brandSegment, findBrands, knownSection, type BrandHit } from '../brands/index';
import type { Finding, SignalContext } from './context';

/** How many of the article's first paragraphs may be its title copied into the body. */
const TITLE_LINES = 3;
// As /\s+(?:--|[-–—|·]|::)\s+|\s*[｜]\s*/u, but a run of white space is tried from its start only (quadratic otherwise).
export const SEPARATOR = /(?<!\s)\s+(?:--|[-–—|·]|::)\s+|(?<!\s)\s+[｜]\s*|[｜]\s*/u;
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}」』）”"]$/u;

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Names the page's own site goes by: og:site_name, JSON-LD publishers, its host without "www." and the TLD. */
function ownNames(ctx: SignalContext): string[] {
  const names = [ctx.facts.siteName ?? '', ...ctx.facts.jsonLd.publishers].map(fold).filter((n) => n.length >= 2);
  const host = ctx.site.host.replace(/^www\d?\./, '');
  names.push(fold(host));
  const labels = host.split('.');
  if (labels.length >= 2) names.push(fold(labels.slice(0, -1).join('.')), fold(labels[labels.length - 2]!));
  return names.filter((n) => n.length >= 2);
}

function isOwnName(segment: string, own: string[]): boolean {
  const f = fold(segment);
  if (f.length < 2) return false;
  return own.some((n) => n === f || (f.length >= 5 && n.length >= 5 && (n.includes(f) || f.includes(n))));
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const SPACE = /\s/u;

/**
 * [m[1], m[2]] of /^(.+?)\s*[-–—]\s*([^-–—]+)$/u.exec(s), without its cubic backtracking on white space: the dash
 * is the last one in s, the head ends where the white space before it starts (one character at least).
 */
export function splitAtLastDash(s: string): [string, string] | null {
  const dash = Math.max(s.lastIndexOf('-'), s.lastIndexOf('–'), s.lastIndexOf('—'));
  if (dash < 1) return null;
  let end = dash;
  while (end > 1 && SPACE.test(s[end - 1]!)) end--;
  const head = s.slice(0, end);
  if (LINE_BREAK.test(head)) return null;
  let from = dash + 1;
  while (from < s.length && SPACE.test(s[from]!)) from++;
  // [^-–—]+ needs a character: when only white space follows the dash, \s* gives its last one back.
  if (from === s.length) from = from > dash + 1 ? s.length - 1 : -1;
  return from < 0 ? null : [head, s.slice(from)];
}

/** Splits a title into segments; an unspaced dash counts before a known section name or after CJK text. */
export function segments(title: string): string[] {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (last) {
    const m = splitAtLastDash(last);
    if (m && (knownSection(m[1]) || (CJK_END.test(m[0]) && brandSegment(m[1])))) parts.splice(parts.length - 1, 1, m[0].trim(), m[1].trim());
  }
  return parts;
}

/** Separators that only ever count before the site's own name: "… : Site", "…：Site", "… / Site", "… » Site". */
// As /\s+[:/»«]\s+|\s*[：]\s*/u, with a run of white space tried from its start only.
export const SITE_SEPARATOR = /(?<!\s)\s+[:/»«]\s+|(?<!\s)\s+[：]\s*|[：]\s*/u;

/** A site separator closing a title: as /\s*[:/»«：]\s*$/u, with a run of white space tried from its start only. */
export const SITE_SEPARATOR_END = /(?<!\s)\s*[:/»«：]\s*$/u;

/** Drops the site's own name from the end of a title, also after a separator used for nothing else (" : "). */
function withoutOwnName(title: string, own: string[]): string {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length > 1 && isOwnName(parts[parts.length - 1]!, own)) {
    const cut = title.length - parts[parts.length - 1]!.length;
    return title.slice(0, cut).replace(SITE_SEPARATOR_END, '').trim();
  }
  return title;
}

/** The brand segment at the end of a title (before the site's own name), or null. */
export function suffixOf(title: string, own: string[]): BrandHit | null {
  const segs = segments(withoutOwnName(title, own));
  while (segs.length > 1 && isOwnName(segs[segs.length - 1]!, own)) segs.pop();
  if (segs.length < 2) return null;
  // The last segment, or the one before it when one unrecognised segment follows (a site name we could not tell).
  for (const i of [segs.length - 1, segs.length - 2]) {
    if (i < 1) continue;
    const seg = segs[i]!;
    if (isOwnName(seg, own)) continue;
    const hit = brandSegment(seg);
    if (!hit) continue;
    // An ambiguous name ("CCTV", "AA", "Granma") is not enough in a title: "… – CCTV" may be a video category.
    if (hit.ambiguous) continue;
    // A following segment that itself names an outlet is not a site name: the title is a list, not a suffix.
    if (i === segs.length - 2 && findBrands(segs[i + 1]!).length) continue;
    return hit;
  }
  return null;
}

/** A title line copied into the top of the body: short, no full stop at its end ("Headline - RT World News"). */
function titleLines(paragraphs: string[]): string[] {
  return paragraphs.slice(0, TITLE_LINES).filter((p) => p.length <= 200 && !/[.。]\s*$/u.test(p));
}

/**
 * The page declares a site name of its own (og:site_name, a JSON-LD publisher) that is not the outlet network's:
 * the outlet's headline kept with its brand on another site's page is a copying mark (score.ts).
 */
function namesAnotherSite(ctx: SignalContext, network: string): boolean {
  const declared = [ctx.facts.siteName ?? '', ...ctx.facts.jsonLd.publishers].map((n) => n.trim()).filter(Boolean);
  return declared.length > 0 && declared.every((n) => !findBrands(n).some((b) => networkIdOf(b.outlet) === network));
}

export function detect(ctx: SignalContext): Finding[] {
  const own = ownNames(ctx);
  const out: Finding[] = [];
  const seen = new Set<string>();
  // On a listing the first lines of the body are its entries' titles (an RT result's "… — RT Russia & Former
  // Soviet Union"), not the page's own title copied into its body: only the page's title and headline count.
  const lines = ctx.pageKind === 'listing' ? [] : titleLines(ctx.facts.paragraphs);
  for (const title of [ctx.facts.title, ctx.facts.headline, ...lines]) {
    if (!title) continue;
    const hit = suffixOf(title.replace(/[\s\u00a0]+/g, ' ').trim(), own);
    if (!hit) continue;
    const outlet = outletById(hit.outlet);
    if (!outlet) continue;
    const net = networkOf(outlet).id;
    if (ctx.siteOutlet && ctx.siteOutlet.network.id === net) continue;
    if (seen.has(net)) continue;
    seen.add(net);
    out.push({ id: 'title-suffix', outlet: hit.outlet, ...(namesAnotherSite(ctx, net) ? { copy: true as const } : {}), evidence: { text: hit.text } });
  }
  return out;
}
