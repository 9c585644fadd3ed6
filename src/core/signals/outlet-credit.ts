/*
 * outlet-credit: the text credits or quotes a state outlet: photo and video credits ("Photo: Mikhail Sinitsyn/TASS",
 * "Foto: Sputnik/…", "(Xinhua/Li Xin)", "© Sputnik / Name", "新华社记者 李鑫 摄") and citations in many languages
 * ("according to RIA Novosti", "told RT", "reported by Xinhua", "laut RT", "Tass zufolge", "selon Sputnik",
 * "según Prensa Latina", "сообщает ТАСС", "据新华社报道", "タス通信によると"). A few descriptive words may stand
 * between the phrase and the name ("according to the state news agency TASS"). The page cites the outlet; it
 * does not make the article the outlet's. Names come from src/core/brands without the ambiguous ones (so "CCTV footage"
 * and "Sputnik V" never count). Lines that attribution-line takes as the article's origin are left to it; the
 * page's own outlet is skipped. One signal per outlet (evidence: the first matched phrase).
 *
 * | text                                                                         | fires |
 * |------------------------------------------------------------------------------|-------|
 * | de: "Foto: Mikhail Sinitsyn/TASS"                                            | yes   |
 * | en: "according to the state news agency RIA Novosti"                         | yes   |
 * | en: "he told RT in an interview"                                             | yes   |
 * | en: "as reported by Xinhua"                                                  | yes   |
 * | de: "laut RT DE" (outlet rt-de)                                              | yes   |
 * | de: "Tass zufolge"                                                           | yes   |
 * | fr: "selon Sputnik"                                                          | yes   |
 * | es: "según la agencia Prensa Latina"                                         | yes   |
 * | it: "Dalla Tass si apprendeva che …"                                         | yes   |
 * | ru: "сообщает ТАСС"                                                          | yes   |
 * | pl: "jak podała agencja RIA Nowosti"                                         | yes   |
 * | zh: "据新华社报道"                                                            | yes   |
 * | ja: "タス通信によると"                                                        | yes   |
 * | en: caption "(Xinhua/Li Xin)"                                                | yes   |
 * | en: "© Sputnik / Ramil Sitdikov" in the middle of the article                | yes   |
 * | tr: "Anadolu Ajansı'nın haberine göre"                                       | yes   |
 * | en: "BelTA learned from Alesya Solovey" in the middle (the lede is attribution-line's) | yes |
 * | en: "state broadcaster Press TV carried the ministry's statement"           | yes   |
 * | pl: "szczepionka Sputnik V", "według producentów Sputnika V"                 | no    |
 * | en: "CCTV footage shows …", "according to CCTV footage"                      | no    |
 * | en: "RT was banned in the EU in 2022" (a mention, not a citation)            | no    |
 * | en: "according to Reuters"                                                   | no    |
 * | en: "according to a study that criticised RT"                                | no    |
 * | ru: "Украинская правда сообщает"                                             | no    |
 * | en: "the launch of Sputnik in 1957"                                          | no    |
 * | de: "laut einer Umfrage der ARD" (no state outlet)                           | no    |
 * | en: "Photo: Reuters/Maxim Shemetov"                                          | no    |
 * | en: "RT-PCR tests, according to doctors"                                     | no    |
 * | de: "Quelle: RT DE" closing the article (attribution-line's)                 | no    |
 * | en: "told RT" on rt.com itself                                               | no    |
 * | it: caption "Raccolto del grano. © Sputnik / Vitaliy Ankov" (facts.captions)   | yes   |
 */
import { networkIdOf, networkOf, outletById } from '../registry/index';
import { attributionIn, type Place } from './attribution-line';
import { findBrands, type BrandHit } from '../brands/index';
import type { Finding, SignalContext } from './context';

function alt(words: string[]): string {
  return words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Phrases that put the outlet right after them: "according to <outlet>", "сообщает <outlet>". */
const BEFORE = alt([
  // en
  'according to', 'told', 'reported by', 'quoted by', 'cited by', 'in an interview with', 'speaking to', 'interview with', 'said to', 'reports from', 'as reported by', 'a report by', 'a report from',
  // de
  'laut', 'gegenüber', 'nach Angaben von', 'nach Angaben der', 'nach Angaben des', 'zitiert von', 'zitiert', 'berichtete', 'meldete', 'im Interview mit', 'im Gespräch mit',
  // fr
  'selon', "d'après", 'd’après', 'a rapporté', 'rapporte', 'cité par', 'citée par', 'a déclaré à', 'a indiqué à', 'a confié à', 'interrogé par', 'interrogée par', 'rapporté par', 'rapportée par',
  // es, pt
  'según', 'de acuerdo con', 'informó', 'citado por', 'citada por', 'dijo a', 'declaró a', 'en declaraciones a', 'en una entrevista con', 'segundo', 'de acordo com', 'disse à', 'disse ao', 'citado pela', 'em entrevista à', 'em entrevista ao',
  // it
  'secondo', 'riporta', 'riferisce', 'ha riferito', 'citato da', 'citata da', 'ha detto a', 'ha dichiarato a', 'dalla', "dall'", 'dall’', "in un'intervista a", 'intervistato da',
  // nl, nordic
  'volgens', 'aldus', 'zei tegen', 'enligt', 'ifølge', 'ifølgje', 'sa till', 'sa til', 'sier til', 'sagde til',
  // central/eastern Europe (Latin script)
  'według', 'podała', 'podaje', 'informuje', 'poinformowała', 'cytowany przez', 'cytowana przez', 'w rozmowie z', 'podle', 'uvedla', 'informovala', 'sdělil', 'sdělila', 'podľa', 'uviedla', 'v rozhovoru pro',
  'potrivit', 'conform', 'citat de', 'a declarat pentru', 'prema', 'prenosi', 'javlja', 'kako prenosi', 'pasak', 'vēsta', 'ziņo', 'teatas',
  // Cyrillic
  'сообщает', 'сообщил', 'сообщила', 'сообщило', 'сообщили', 'передает', 'передаёт', 'пишет', 'по данным', 'по сообщению', 'со ссылкой на', 'заявил', 'заявила', 'рассказал', 'рассказала', 'сказал', 'сказала', 'цитирует', 'в интервью', 'в беседе с',
  'стало известно', 'удалось узнать', 'повідомляє', 'повідомило', 'передає', 'за даними', 'пише', 'заявив', 'розповів', 'з посиланням на', 'съобщава', 'според', 'предава', 'јавља', 'преноси', 'према',
  // Greek, Turkish, Arabic, Persian, Hebrew
  'σύμφωνα με', 'μετέδωσε', 'ανέφερε', 'δήλωσε στο', 'δήλωσε στην', 'وفقا ل', 'وفقاً ل', 'وفقا لـ', 'نقلا عن', 'نقلاً عن', 'بحسب', 'حسب', 'ذكرت', 'أفادت', 'في تصريح ل', 'في مقابلة مع', 'به گزارش', 'به نقل از', 'לפי', 'על פי', 'דיווח', 'דיווחה', 'מסרה',
  // South and South-East Asia, Africa
  'menurut', 'dilansir', 'dikutip dari', 'seperti dilansir', 'theo', 'ayon sa', 'kwa mujibu wa',
]);

/** Phrases that follow the outlet: "<outlet> reported", "<outlet> zufolge", "<outlet>'nın haberine göre". */
const AFTER = alt([
  'reported', 'reports', 'said', 'says', 'quoted', 'cited', 'wrote', 'writes', 'learned from', 'learnt from', 'has learned', 'was told by', 'carried', 'aired', 'broadcast', 'published', 'berichtete', 'berichtet', 'meldete', 'meldet', 'zufolge', 'schreibt', 'schrieb',
  'a rapporté', 'rapporte', 'a indiqué', 'indique', 'informó', 'informa', 'reportó', 'ha riferito', 'riferisce', 'riporta', 'informou', 'noticiou', 'reportou',
  'meldt', 'meldde', 'podała', 'podaje', 'informuje', 'uvedla', 'uvádí', 'napsala', 'píše', 'szerint', 'közölte', 'jelentette', 'a relatat', 'javlja', 'prenosi', 'rapporterar', 'uppger', 'meldte', 'melder', 'kertoi',
  'сообщает', 'сообщил', 'сообщило', 'сообщила', 'сообщили', 'передает', 'передаёт', 'пишет', 'повідомляє', 'повідомило', 'передає', 'пише', 'съобщава', 'јавља', 'преноси',
  'göre', 'đưa tin', 'melaporkan', 'ذكرت', 'أفادت', 'گزارش داد', 'דיווח', 'דיווחה', 'μετέδωσε', 'ανέφερε',
]);

/** Words of a photo or video credit: "Photo: … TASS", "Foto: Sputnik/…", "Bild: IMAGO/ITAR-TASS". */
const CREDIT = alt([
  'photo', 'photos', 'photograph', 'foto', 'fotos', 'fotó', 'fotografía', 'fotografia', 'image', 'images', 'bild', 'bilder', 'bildquelle', 'picture', 'pictures', 'pic', 'video', 'vidéo', 'vídeo',
  'credit', 'credits', 'crédit', 'crédito', 'créditos', 'zdjęcie', 'fot.', 'kuva', 'billede', 'bilde', 'фото', 'видео', 'відео', 'снимка', 'φωτογραφία', 'صورة', 'تصوير', 'عکس', 'תמונה', 'צילום', '写真', '照片', '图片', '图', '圖', '사진', '영상',
]);

const FILLER_WORD = `[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*`;
const NOT_FILLER = /^(?:that|which|who|whom|whose|dass|welche[rsnm]?|que|qui|quien|che|że|któr\p{L}*|что|котор\p{L}*|який|яка|яке|які)$/iu;

const BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${BEFORE})((?:[\\s\\u00a0]+${FILLER_WORD}){0,4})[\\s\\u00a0]*[«"“„]?$`, 'iu');
const AFTER_RE = new RegExp(`^(?:['’]\\p{L}*)?[»"”]?((?:[\\s\\u00a0]+${FILLER_WORD}){0,3})[\\s\\u00a0,]+(${AFTER})(?![\\p{L}\\p{N}])`, 'iu');
const CREDIT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${CREDIT})[\\s\\u00a0]*[:：|]\\s*[^.!?:：。]{0,60}$`, 'iu');
const COPYRIGHT_RE = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?$/iu;
const CJK_BEFORE = /(?:据|據|援引|引述|据悉|接受)$/u;
const CJK_AFTER = /^(?:报道|報道|消息|记者|記者|发|發|称|稱|によると|によれば|が報じ|は報じ|の報道|に対し|에\s?따르면|는\s?보도|은\s?보도|가\s?보도|이\s?보도|통신에\s?따르면)/u;

/** A page is hostile input: this much text is read at most, and this much of one block. */
const TEXT_BUDGET = 200_000;
const MAX_BLOCK = 5_000;

function fillerOk(filler: string): boolean {
  return !filler
    .trim()
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .some((w) => NOT_FILLER.test(w));
}

/** The credit or citation phrase around one name in one paragraph, or null. */
export function creditPhrase(text: string, h: BrandHit): string | null {
  const before = text.slice(Math.max(0, h.index - 80), h.index);
  const after = text.slice(h.end, h.end + 60);
  const start = Math.max(0, h.index - 80);
  // Slash credits: "Mikhail Sinitsyn/TASS", "Sputnik/Ramil Sitdikov", "(Xinhua/Li Xin)", "IMAGO/ITAR-TASS".
  // Only when before ends with "/": before is at most 80 characters, on which the pattern takes up to 0.02 ms.
  const slashBefore = before.trimEnd().endsWith('/') ? /([\p{L}][\p{L}.'’ -]{0,40}?)\s*\/\s*$/u.exec(before) : null;
  if (slashBefore && /\p{Lu}/u.test(slashBefore[1]!)) return text.slice(h.index - slashBefore[0].length, h.end).trim();
  const slashAfter = /^\s*\/\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}/u.exec(after);
  if (slashAfter) {
    const lead = /(?:©|\(c\)|[(（])\s*$/iu.exec(before);
    return text.slice(h.index - (lead ? lead[0].length : 0), h.end + slashAfter[0].length).trim();
  }
  const credit = CREDIT_RE.exec(before);
  if (credit) return text.slice(start + credit.index, h.end).trim();
  const copy = COPYRIGHT_RE.exec(before);
  if (copy) return text.slice(start + copy.index, h.end).trim();
  const b = BEFORE_RE.exec(before);
  if (b && fillerOk(b[2] ?? '')) return text.slice(start + b.index, h.end).trim();
  const a = AFTER_RE.exec(after);
  if (a && fillerOk(a[1] ?? '')) return text.slice(h.index, h.end + a[0].length).trim();
  if (CJK_BEFORE.test(before)) return text.slice(h.index - CJK_BEFORE.exec(before)![0].length, h.end);
  const ca = CJK_AFTER.exec(after);
  if (ca) {
    // "新华社记者 李鑫 摄": a photographer's credit; "新华社记者" alone in running text is a byline-like credit too.
    const shot = /^记者[\s\p{Script=Han}]{0,12}摄/u.exec(after);
    return text.slice(h.index, h.end + (shot ? shot[0].length : ca[0].length));
  }
  return null;
}

export function detect(ctx: SignalContext): Finding[] {
  const { paragraphs, byline, text } = ctx.facts;
  const blocks = paragraphs.length ? paragraphs : text.split(/\n+/);
  const n = blocks.length;
  const out: Finding[] = [];
  const seen = new Set<string>();
  const lines: [string, Place | 'middle'][] = blocks.map((p, i) => [p, i === 0 ? 'lede' : i < 3 ? 'first' : i >= n - 4 ? 'last' : 'middle']);
  if (byline) lines.unshift([byline, 'byline']);
  // Captions sit outside the article's paragraphs; a credit there is a citation like any other.
  for (const c of ctx.facts.captions ?? []) if (!blocks.includes(c)) lines.push([c, 'middle']);
  let left = TEXT_BUDGET;
  for (const [raw, where] of lines) {
    if (left <= 0) break;
    left -= raw.length;
    const p = raw.slice(0, MAX_BLOCK).replace(/[\s\u00a0]+/g, ' ');
    // The article's origin line is attribution-line's, not a citation.
    const origin = where === 'middle' ? null : attributionIn(p, where);
    for (const h of findBrands(p)) {
      const o = outletById(h.outlet);
      if (!o || seen.has(o.id)) continue;
      const net = networkOf(o).id;
      if (ctx.siteOutlet && ctx.siteOutlet.network.id === net) continue;
      if (origin && networkIdOf(origin.hit.outlet) === net) continue;
      const phrase = creditPhrase(p, h);
      if (!phrase) continue;
      seen.add(o.id);
      out.push({ id: 'outlet-credit', outlet: o.id, evidence: { text: phrase } });
    }
  }
  return out;
}
