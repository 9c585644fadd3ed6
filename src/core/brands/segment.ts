// Title segments that name an outlet: the brand alone or with a short section name, and the outlets' own
// section names (the rules and cases are in find.ts's table).
import { exactBrand, findBrands, norm, trimFullStops, type BrandHit } from './find';
import { SECTION_NAMES } from './table';

const SENTENCE_PUNCT = /[.!?;:,"“”«»„()\[\]。！？；：，、]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function words(s: string): string[] {
  return s.split(/[\s\u00a0]+/).filter(Boolean);
}

function shortTail(s: string, maxWords: number): boolean {
  if (!s) return true;
  if (SENTENCE_PUNCT.test(s.replace(/&|\.com$/g, ''))) return false;
  if (CJK_CHAR.test(s) && !/\s/.test(s)) return s.length <= 12;
  return words(s).length <= maxWords;
}

/**
 * A title segment that names an outlet: the brand alone ("RT", "Xinhua", "CCTV"), or the brand plus a short
 * section name in any language ("RT World News", "RT Russland und ehemalige Sowjetunion", "RT世界新闻",
 * "Sputnik International", "Мировые новости RT", "חדשות RT העולמיות"). Returns the hit with text = the segment.
 */
export function brandSegment(segment: string): BrandHit | null {
  // (?<![.。]): a run of full stops is tried from its first only, not from each (quadratic).
  const seg = trimFullStops(segment.trim()).trim();
  if (!seg || seg.length > 80) return null;
  const exact = exactBrand(seg);
  if (exact) return { ...exact, text: seg, index: 0, end: seg.length };
  const hits = findBrands(seg);
  if (hits.length !== 1) return null;
  const h = hits[0]!;
  const before = seg.slice(0, h.index).trim();
  const after = seg.slice(h.end).trim();
  const ok =
    (before === '' && shortTail(after, 6)) ||
    (after === '' && shortTail(before, 4)) ||
    (before !== '' && after !== '' && shortTail(before, 2) && shortTail(after, 2) && words(`${before} ${after}`).length <= 2);
  return ok ? { ...h, text: seg, index: 0, end: seg.length } : null;
}

/** Whether the segment is one of the outlets' own section names written in English ("RT World News"). */
export function knownSection(segment: string): { outlet: string; name: string } | null {
  const s = norm(segment.trim()).toLowerCase();
  return SECTION_NAMES.find((x) => x.name.toLowerCase() === s) ?? null;
}
