/*
 * attribution-line: a dateline or a source line in the article's first or last paragraphs (or the byline) naming a
 * state outlet as the origin of the text. Built generically from src/core/brands (any outlet, also the ambiguous short
 * names such as "AA", since a dateline is the context that makes them names) and source-words.ts (the "Source:"
 * word in any language):
 *  - dateline in parentheses:  "MOSCOW (Sputnik) -", "BEIJING, Jan. 5 (Xinhua) --", "ANKARA (AA) -", "(TASS) –";
 *  - dateline between slashes: "MOSCOW, January 5. /TASS/.", "МОСКВА, 5 января. /ТАСС/.";
 *  - dateline after a dash:    "МОСКВА, 5 янв — РИА Новости.";
 *  - Chinese wire dateline:    "新华社北京1月5日电", "（人民日报记者 …）";
 *  - closing credit:           "… said. (Xinhua)";
 *  - source line:              "Quelle: RT DE", "Source: Xinhua", "Fuente: Sputnik", "Source : RT France",
 *                              "Источник: РИА Новости", "来源：新华社", "(Source: Global Times, Author: …)";
 *  - copyright line:           "(c) RT", "© Sputnik", "© 2024 RT DE";
 *  - the outlet's own voice in the lede (first paragraph only): "…, BelTA learned from Alesya Solovey",
 *                              "как стало известно ТАСС", "a appris Sputnik" (citing media write "told TASS").
 * A photo credit ("Photo: Mikhail Sinitsyn/TASS", "Foto: Sputnik/…", "© Sputnik / Name", "(Xinhua/Li Xin)") is
 * outlet-credit, not this; "Sputnik V" is the vaccine. A line whose outlet name is the text of a link to the outlet
 * ("Source: <a>RT</a>") is left to source-link (one trace, one signal). At most two lines per outlet network
 * (typically the dateline and the closing source line). Quoted text is mention, not the page's own line
 * (own-text.ts): a dateline in a <blockquote>, in quotation marks or after "Claim:" never fires.
 *
 * | case                                                                  | fires |
 * |-----------------------------------------------------------------------|-------|
 * | en: "MOSCOW (Sputnik) - Russia's foreign minister said …"             | yes   |
 * | en: "BEIJING, Jan. 5 (Xinhua) -- China on Friday …"                   | yes   |
 * | en: "MOSCOW, January 5. /TASS/. The Kremlin …"                        | yes   |
 * | ru: "МОСКВА, 5 янв — РИА Новости. Президент …"                        | yes   |
 * | de: last paragraph "Quelle: RT DE" (outlet rt-de)                     | yes   |
 * | es: last paragraph "Fuente: Sputnik"                                  | yes   |
 * | fr: "Source : RT France"                                              | yes   |
 * | ru: "Источник: РИА Новости"                                           | yes   |
 * | zh: "来源：新华社"                                                     | yes   |
 * | zh: "新华社北京1月5日电 …"                                              | yes   |
 * | en: "… the ministry said. (Xinhua)" as the last paragraph             | yes   |
 * | tr: "ANKARA (AA) - Türkiye …" (ambiguous name in a dateline)          | yes   |
 * | en: "© Sputnik" alone at the end                                      | yes   |
 * | en: "(Source: Global Times, Author: Niu Ruifei)"                      | yes   |
 * | en: lede "…, BelTA learned from Alesya Solovey, a researcher …"        | yes   |
 * | ru: lede "Как стало известно ТАСС, …"                                 | yes   |
 * | en: that lede while "Read more at <a>BelTA</a>" closes the article    | yes   |
 * | de: "Foto: Mikhail Sinitsyn/TASS" (photo credit)                      | no    |
 * | de: "Foto: Sputnik/Ramil Sitdikov"                                    | no    |
 * | en: "© Sputnik / Ramil Sitdikov"                                      | no    |
 * | en: "BEIJING (Xinhua/Li Xin)"-style caption "(Xinhua/Li Xin)"         | no    |
 * | pl: "Sputnik V (szczepionka) - Zeman …"                               | no    |
 * | en: "Source: Reuters"                                                 | no    |
 * | en: "He joined Alcoholics Anonymous (AA) – and stayed"                | no    |
 * | en: "According to TASS, the talks …" in the middle (that is outlet-credit) | no |
 * | de: "Bildquelle: Sputnik" (image source)                              | no    |
 * | en: "Source: RT" in the 10th of 20 paragraphs (not first/last)        | no    |
 * | it: lede "Dalla Tass si apprendeva che …" (a citation)                | no    |
 * | en: "…, BelTA learned from …" in the third paragraph (not the lede)   | no    |
 * | de: "MOSKAU (Sputnik) – …" in a <blockquote> of a press review        | no    |
 * | en: 'Its reports open “MOSCOW (Sputnik) -” and …' (quotation marks)   | no    |
 * | en: last paragraph "Claim: Source: RT says …" (a claim being checked) | no    |
 * | en: the whole article one <blockquote> opening "MOSCOW (Sputnik) -"   | yes (mostly quoted: a copy) |
 */
import { networkIdOf, outletById } from '../registry/index';
import { findBrands, type BrandHit } from '../brands/index';
import type { Finding, SignalContext } from './context';
import { SOURCE_LABEL_PREFIX } from '../text/source-words';
import { ownText } from '../text/own-text';

/** How many paragraphs at the start and at the end of the article are looked at. */
const FIRST = 3;
const LAST = 4;
/** Datelines sit in a paragraph's first characters. */
const DATELINE_SPAN = 120;
/** A dateline at the top and a source line at the bottom are two traces; more lines of the same outlet add nothing. */
const PER_NETWORK = 2;

const LABEL_RE = new RegExp(`^[\\s([{【（«"“]*${SOURCE_LABEL_PREFIX}\\s*`, 'iu');
const BRACKETED_LABEL_RE = new RegExp(`[\\[(【（]\\s*${SOURCE_LABEL_PREFIX}\\s*`, 'iu');
const COPYRIGHT_RE = /^[\s([]*(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/iu;
const LEARNED_AFTER = /^\s+(?:has\s+|have\s+)?(?:learned|learnt)\s+(?:from|that)\b|^\s+(?:узнал[оаи]?|удалось\s+узнать)(?![\p{L}])|^\s+(?:erfuhr|hat\s+erfahren)\b|^\s+ha\s+(?:appreso|sabido)\b/iu;
const LEARNED_BEFORE = /(?:стало\s+известно|удалось\s+узнать|a\s+appris|ha\s+appris|erfuhr|ha\s+sabido|supo)\s+$/iu;
// As /^\s*\)?\s*(?:[-–—]{1,2}|:)/u without the two adjacent \s* (quadratic on a run of white space).
export const DASH_AFTER = /^\s*(?:\)\s*)?(?:[-–—]{1,2}|:)/u;
// Punctuation or a sentence end (". " after a lower-case word) in a dateline's prefix. As /[!?;"“”«»]|\p{Ll}{4,}\.\s/u
// for test(): four letters are enough, and \p{Ll}{4,} retried at each letter of a long word is quadratic.
export const SENTENCE_MARK = /[!?;"“”«»]|\p{Ll}{4}\.\s/u;

interface Found {
  hit: BrandHit;
  text: string;
  kind: 'source' | 'copyright' | 'dateline' | 'byline' | 'lede' | 'closing';
}

/** A brand hit used as a name, not as a photo agency in a credit ("Sinitsyn/TASS", "Sputnik/…", "Xinhua/Li Xin"). */
function notCredit(s: string, h: BrandHit): boolean {
  return !/^\s*\/\s*[\p{L}\p{N}]/u.test(s.slice(h.end)) && !/[\p{L}\p{N}]\s*\/\s*$/u.test(s.slice(0, h.index));
}

function allHits(s: string): BrandHit[] {
  return findBrands(s, { ambiguous: true }).filter((h) => notCredit(s, h));
}

/** The words before a dateline's "(Brand)": a place in capitals, or a place and a date ("BEIJING, Jan. 5"). */
function datelinePrefix(prefix: string, ambiguous: boolean): boolean {
  const p = prefix.trim();
  if (p === '') return true;
  if (p.length > 60 || SENTENCE_MARK.test(p)) return false;
  // p is at most 60 characters here: these anchored patterns take under 0.01 ms on it.
  const placeCaps = /^[\p{Lu}][\p{Lu}\s.'’-]{1,30}$/u.test(p.replace(/,$/, ''));
  const placeDate = /^[\p{L}][\p{L}\s.'’-]{1,30},\s*[\p{L}\p{N}\s.]{1,25}$/u.test(p) && /\p{N}/u.test(p);
  if (ambiguous) return placeCaps || placeDate;
  return placeCaps || placeDate || /^[\p{Lu}][\p{L}\s.'’-]{1,30},?$/u.test(p);
}

export type Place = 'lede' | 'first' | 'last' | 'byline';

/** One paragraph (or byline): the attribution line in it, if any. 'lede' is the first paragraph. */
export function attributionIn(paragraph: string, where: Place): Found | null {
  const s = paragraph.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s) return null;
  const head = s.slice(0, DATELINE_SPAN);

  // Source line: "Quelle: RT DE", "来源：新华社", "(Source: Global Times, Author: …)", "[来源:新华社] [责编:…]",
  // also as a bracketed tag after a date: "February 11, 2023 [Source: Xinhua News Agency] [Editor: …]".
  const label = LABEL_RE.exec(s) ?? BRACKETED_LABEL_RE.exec(s);
  if (label) {
    const from = label.index + label[0].length;
    const value = s.slice(from);
    const h = allHits(value.slice(0, 80))[0];
    // The outlet is the value, or the first of a short list ("dpa, RT DE"); not a phrase that happens to mention it.
    if (h && h.index <= 40 && !/[.!?。]\s/u.test(value.slice(0, h.index))) {
      const text = s.slice(label.index, from + h.end).replace(/^[\s([{【（«"“]+/u, '');
      return { hit: h, text, kind: 'source' };
    }
  }
  // A source line closing the last paragraph: "… said. Source: Xinhua".
  if (where === 'last') {
    const tail = new RegExp(`[.!?。”"»)]\\s*(${SOURCE_LABEL_PREFIX}\\s*)(.{1,80})$`, 'iu').exec(s);
    if (tail) {
      const h = allHits(tail[2]!)[0];
      if (h && h.index <= 20) return { hit: h, text: `${tail[1]}${tail[2]!.slice(0, h.end)}`.trim(), kind: 'source' };
    }
  }

  // Copyright line: "© Sputnik", "(c) RT", "© 2024 RT DE" — the line is short and the brand is not a photo credit.
  const copy = COPYRIGHT_RE.exec(s);
  if (copy && s.length <= 80) {
    const rest = s.slice(copy[0].length);
    const h = allHits(rest)[0];
    if (h && h.index === 0) return { hit: h, text: s.slice(0, copy[0].length + h.end), kind: 'copyright' };
  }

  for (const h of allHits(head)) {
    const before = head.slice(0, h.index);
    const after = s.slice(h.end);
    // "(Sputnik) -", "BEIJING, Jan. 5 (Xinhua) --", "ANKARA (AA) -"
    if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) {
      const prefix = before.replace(/\(\s*$/u, '');
      if (datelinePrefix(prefix, h.ambiguous) && (DASH_AFTER.test(after) || prefix.trim() === '')) {
        const close = after.indexOf(')') + 1;
        const dash = /^\s*(?:[-–—]{1,2}|:)/u.exec(after.slice(close));
        return { hit: h, text: s.slice(prefix.length ? 0 : before.lastIndexOf('('), h.end + close + (dash ? dash[0].length : 0)).trim(), kind: 'dateline' };
      }
    }
    // "MOSCOW, January 5. /TASS/."
    if (/\/\s*$/u.test(s.slice(Math.max(0, h.index - 2), h.index)) && /^\s*\//u.test(after) && h.index <= 80) {
      return { hit: h, text: s.slice(0, h.end + after.indexOf('/') + 1).trim(), kind: 'dateline' };
    }
    // "МОСКВА, 5 янв — РИА Новости." — a place (and date) in capitals or with digits, a dash, the brand, a full stop.
    // before is at most DATELINE_SPAN (120) characters: under 0.2 ms for the worst input recheck finds.
    const dashed = /^([\p{Lu}][\p{L}\s.'’-]{1,30}(?:,\s*[\p{L}\p{N}\s.]{1,20})?)\s+[—–-]\s+$/u.exec(before);
    if (dashed && /^\s*[.,]/u.test(after) && (/\p{N}/u.test(dashed[1]!) || /^[\p{Lu}\s.'’-]+(?:,|$)/u.test(dashed[1]!))) {
      return { hit: h, text: s.slice(0, h.end + 1).trim(), kind: 'dateline' };
    }
    // Chinese wire dateline: "新华社北京1月5日电", "中新社北京1月5日电", "(人民日报记者 …)", "新华社记者 … 报道".
    if (/^[\s（(【\[]*$/u.test(before) && /^[\p{Script=Han}\p{N}\s月日]{0,14}[电電]/u.test(after)) {
      const m = /^[\p{Script=Han}\p{N}\s月日]{0,14}[电電]/u.exec(after)!;
      return { hit: h, text: s.slice(before.length, h.end + m[0].length), kind: 'dateline' };
    }
    if (/^[\s（(【\[]*$/u.test(before) && /^\s*记者/u.test(after) && where !== 'byline' && /^[（(]/u.test(s)) {
      return { hit: h, text: s.slice(0, h.end + after.indexOf('记者') + 2), kind: 'dateline' };
    }
    // The byline is the outlet: "By Xinhua", "Xinhua", "Sputnik".
    if (where === 'byline' && !h.ambiguous && /^(?:by|von|par|por|di|door|av|af|от|від|przez)?\s*$/iu.test(before) && after.trim() === '') {
      return { hit: h, text: s, kind: 'byline' };
    }
  }

  // The outlet's own exclusive voice in the lede: "…, BelTA learned from Alesya Solovey", "как стало известно ТАСС",
  // "a appris Sputnik". Citing media write "told TASS" or "TASS reported" instead.
  if (where === 'lede') {
    for (const h of findBrands(s)) {
      const after = LEARNED_AFTER.exec(s.slice(h.end, h.end + 40));
      if (after) return { hit: h, text: s.slice(h.index, h.end + after[0].length), kind: 'lede' };
      const before = LEARNED_BEFORE.exec(s.slice(Math.max(0, h.index - 40), h.index));
      if (before) return { hit: h, text: s.slice(h.index - before[0].length, h.end), kind: 'lede' };
    }
  }

  // Closing credit: "… the ministry said. (Xinhua)", "(TASS)" as the last paragraph.
  if (where === 'last') {
    const m = closingBracket(s);
    if (m) {
      const h = allHits(m.inner)[0];
      if (h && h.index === 0 && h.end === m.inner.length) return { hit: h, text: m.bracket, kind: 'closing' };
    }
  }
  return null;
}

/**
 * The bracket closing s ("… said. (Xinhua)", "(TASS).") and its trimmed content: what
 * /(?:^|[.!?。"”»])\s*([(（]\s*([^()（）]{1,40})\s*[)）])\s*\.?$/u finds (bracket = m[1], inner = m[2].trim()),
 * without the regex's cubic backtracking on white space. The bracket holds no other bracket and only white space
 * and one full stop follow it, so it opens at the last "(" or "（" of s.
 */
export function closingBracket(s: string): { bracket: string; inner: string } | null {
  const open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
  if (open < 0) return null;
  const before = s.slice(0, open).trimEnd();
  if (before !== '' && !'.!?。"”»'.includes(before[before.length - 1]!)) return null;
  const close = s.slice(open + 1).search(/[()（）]/u) + open + 1;
  if (close === open || (s[close] !== ')' && s[close] !== '）')) return null;
  const rest = s.slice(close + 1).trimStart();
  if (rest !== '' && rest !== '.') return null;
  const content = s.slice(open + 1, close);
  const inner = content.trim();
  // [^()（）]{1,40} between the two \s*: at least one character, at most 40 code points once white space is off.
  if (content === '' || [...inner].length > 40) return null;
  return { bracket: s.slice(open, close + 1), inner };
}

export function detect(ctx: SignalContext): Finding[] {
  const { byline } = ctx.facts;
  // Quoted text is mention (own-text.ts): a dateline quoted in a press review is not the page's own.
  const paragraphs = ctx.facts.paragraphs.length ? ownText(ctx).paragraphs : [];
  const places: [string, Place][] = [];
  if (byline) places.push([byline, 'byline']);
  const n = paragraphs.length;
  for (let i = 0; i < Math.min(FIRST, n); i++) places.push([paragraphs[i]!, i === 0 ? 'lede' : 'first']);
  for (let i = Math.max(FIRST, n - LAST); i < n; i++) places.push([paragraphs[i]!, 'last']);
  // A one-paragraph article: its only paragraph is both first and last.
  if (n > 0 && n <= FIRST) places.push([paragraphs[n - 1]!, 'last']);
  const out: Finding[] = [];
  const perNetwork = new Map<string, string[]>();
  for (const [text, where] of places) {
    const found = attributionIn(text, where);
    if (!found) continue;
    const net = networkIdOf(found.hit.outlet);
    const had = perNetwork.get(net) ?? [];
    if (had.length >= PER_NETWORK || had.includes(found.text)) continue;
    if (ctx.siteOutlet && ctx.siteOutlet.network.id === net) continue;
    if (!outletById(found.hit.outlet)) continue;
    // "Source: <a>RT</a>" is one trace: the linked name is source-link's, not a second signal here.
    if (linkedName(ctx, found, net)) continue;
    perNetwork.set(net, [...had, found.text]);
    out.push({ id: 'attribution-line', outlet: found.hit.outlet, evidence: { text: found.text } });
  }
  return out;
}

/** A source line whose outlet name is the text of a link to that outlet ("Source: <a>RT</a>"). */
function linkedName(ctx: SignalContext, found: Found, net: string): boolean {
  if (found.kind !== 'source') return false;
  return ctx.facts.links.some((l) => {
    const t = l.text.trim();
    return t.length > 0 && t.includes(found.hit.text) && found.text.includes(t) && ctx.outletOfUrl(l.href)?.network.id === net;
  });
}
