/*
 * mt-broken-quotes: quotation marks opened and never closed (or closed and never opened). Machine translation
 * re-punctuates sentence by sentence: it opens a quotation around a fragment it could not place, reopens where
 * the source reopened, or swaps the page's quotation marks for straight ones half-way. Human editors and CMS
 * "smart quote" filters almost always leave pairs.
 *
 * The marks of every convention are read, whatever the page's language: „…“ „…” (de, cs, pl, ro, hu, bg …),
 * «…» and »…« (fr, ru, uk, es, it … and de, da, sl, hr), “…” (en, zh, nl …), ”…” (sv, fi), 「…」『…』 (ja, zh),
 * ‚…‘ (de inner), ‹…› and straight "…". ‘ ’ and ' are left alone: they are apostrophes as often as quotes.
 * A quotation may run over several paragraphs: it stays open while each paragraph reopens it (the convention of
 * English, German, French and Russian typography: the opening mark at the start of each paragraph of the
 * quotation, the closing one only at its end), and for up to CARRY paragraphs without (blockquotes split into
 * paragraphs); one still open after that, or at the end of the article, is broken.
 *
 *   | page | paragraph(s)                                                                    | fires | why                          |
 *   | de   | Moskau und Pjöngjang „sollten … sein [the world] „Beobachtet … genau“, sagte …   | yes   | „ opened twice, closed once  |
 *   | de   | … eine Werbung für den McCrispy“ -Burger der Fast-Food-Kette …                   | yes   | closed, never opened         |
 *   | de   | … beeinflusst würde, "wie lange es her ist, dass Sie dem Schild gefolgt sind.      | yes   | straight quote never closed  |
 *   | cs   | „Nevěděli jsme o dopravní značce … požádali o odstranění naší reklamy, „uvedla …  | yes   | „ twice, no closing mark     |
 *   | ru   | «Мы не знали о дорожном знаке … рекламу", - сказал представитель бренда.        | yes   | « closed with " (two styles) |
 *   | zh   | “我们不知道这个公共汽车站附近的路标……我们已经要求删除我们的广告，“快餐品牌说。      | yes   | “ opened twice               |
 *   | ja   | 「私たちはこのバス停の近くの道路標識に気づいていませんでした。…"とファーストフードブランドは言いました。| yes | 「 never closed |
 *   | en   | The minister said “the talks will go on. Nobody expects a deal this year.       | yes   | “ never closed, next paragraph neither reopens nor closes |
 * Does not fire on:
 *   | en   | “First paragraph of a long quote. / “Second paragraph, and the end.”             | no    | multi-paragraph convention   |
 *   | de   | „Nordkorea ist unser … Partner“, sagte Peskow … „in allen Bereichen entwickelt“.  | no    | balanced                     |
 *   | fr   | « Nous ne céderons pas », a-t-il déclaré.                                        | no    | balanced guillemets          |
 *   | de   | »Wir schaffen das«, sagte die Kanzlerin.                                          | no    | reversed guillemets          |
 *   | sv   | ”Vi har inga planer på det”, säger ministern till tidningen.                     | no    | Swedish ”…”                  |
 *   | he   | דובר צה"ל אמר כי הכוחות פעלו באזור במשך הלילה.                                     | no    | gershayim inside a word      |
 *   | en   | The screen measures 6.1" and the tablet 11", the company said on Monday.        | no    | inch marks after digits      |
 *   | de   | „Er hat gesagt, dass er kommt“, sagte sie. / Dann gingen alle nach Hause.        | no    | closing quote in the same paragraph |
 *   | en   | He said: “We will not give up. / We never have.” (quote continues, closed in the next paragraph) | no | closed in the next paragraph |
 *   | en   | Teaser: “Putin says talks are …                                                   | no    | a truncated teaser (ends in …) |
 */
import { type Finding, type SignalContext } from './context';
import { ownText } from '../text/own-text';
import { QUOTE_MARKS, quoteStep } from '../text/quotes';

export const ID = 'mt-broken-quotes';
const MAX_SIGNALS = 3;
const EXCERPT = 160;
/** A quotation may stay open over this many following paragraphs (blockquotes spanning paragraphs). */
const CARRY = 2;
/** Paragraphs this long may have been cut by extraction: a quotation open at their end proves nothing. */
const CLIPPED = 4_900;

// Its own instance of the marks' pattern: a global pattern keeps its position between uses.
const QUOTE_MARK = new RegExp(QUOTE_MARKS.source, 'g');

type Mark = '„' | '“' | '”' | '«' | '»' | '‹' | '›' | '「' | '『' | '"' | '‚';

interface Open {
  mark: Mark;
  para: number;
  pos: number;
  /** The last paragraph that opened or reopened it. */
  seen: number;
}

interface Broken {
  para: number;
  pos: number;
}

/** Every character the scan below acts on. */
const OPENERS_AT_START = /^\s*(["„“”«»‹›「『‚])/u;

/** Paragraphs that look like code or a truncated teaser: quotation marks there prove nothing. */
function skipParagraph(p: string): boolean {
  return (p.match(/[{};=<>]/gu)?.length ?? 0) >= 4 || /=>|\bfunction\s*\(/u.test(p);
}

/**
 * Scans the paragraphs in order with one stack of open quotations; returns the marks left open (or closing
 * nothing) that no later paragraph explains.
 */
export function brokenQuotes(paragraphs: string[]): Broken[] {
  const broken: Broken[] = [];
  let stack: Open[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (skipParagraph(p)) {
      stack = [];
      continue;
    }
    let from = 0;
    const carriedTop = stack[stack.length - 1];
    if (carriedTop) {
      const m = OPENERS_AT_START.exec(p);
      if (m && m[1] === carriedTop.mark) {
        if (carriedTop.seen === pi - 1) {
          // Reopened at the start of the next paragraph with the same mark: the multi-paragraph convention.
          from = m[0].length;
          for (const o of stack) o.seen = pi;
        } else {
          // A new quotation with the same mark while an older one is still open: the older one is broken.
          broken.push({ para: carriedTop.para, pos: carriedTop.pos });
          stack.pop();
        }
      }
    }
    let i = from;
    // One closure per paragraph, not per character.
    const push = (mark: Mark) => stack.push({ mark, para: pi, pos: i, seen: pi });
    // Straight to the next quotation mark: every other character does nothing.
    QUOTE_MARK.lastIndex = from;
    for (let found = QUOTE_MARK.exec(p); found; found = QUOTE_MARK.exec(p)) {
      i = found.index;
      const ch = found[0];
      const top = stack[stack.length - 1];
      const step = quoteStep(ch, top?.mark, p[i - 1], p[i + 1]);
      if (step === 'open') push(ch as Mark);
      else if (step === 'close') stack.pop();
      else if (step === 'stray-close') broken.push({ para: pi, pos: i });
    }
    // An "opening" mark with nothing but punctuation after it closes nothing: it is broken here and now.
    stack = stack.filter((o) => {
      if (o.para !== pi || /[\p{L}\p{N}]/u.test(p.slice(o.pos + 1))) return true;
      broken.push({ para: o.para, pos: o.pos });
      return false;
    });
    // Quotations carried over CARRY paragraphs without being reopened or closed are broken where they began.
    const stale = stack.filter((o) => pi - o.seen >= CARRY);
    if (stale.length) {
      for (const o of stale) broken.push({ para: o.para, pos: o.pos });
      stack = stack.filter((o) => !stale.includes(o));
    }
    // A paragraph cut by extraction, or a teaser ending in an ellipsis: what it left open is not evidence.
    if (p.length >= CLIPPED || /(?:…|\.\.\.)\s*$/u.test(p)) stack = stack.filter((o) => o.para !== pi);
  }
  for (const o of stack) broken.push({ para: o.para, pos: o.pos });
  return broken;
}

/** ≤ EXCERPT characters of the paragraph around position `pos`, cut at word boundaries, exactly as in the text. */
export function excerptAround(p: string, pos: number): string {
  if (p.length <= EXCERPT) return p;
  let start = Math.max(0, pos - 50);
  if (start > 0) {
    const space = p.indexOf(' ', start);
    if (space >= 0 && space < pos) start = space + 1;
  }
  let end = Math.min(p.length, start + EXCERPT);
  if (end < p.length) {
    const space = p.lastIndexOf(' ', end);
    if (space > pos) end = space;
  }
  return p.slice(start, end);
}

export function detect(ctx: SignalContext): Finding[] {
  // Quoted paragraphs (blockquotes, claims) are mention (own-text.ts); quotation marks are what this signal reads,
  // so the other paragraphs keep theirs.
  const paragraphs = ownText(ctx).unquotedParagraphs.map((q) => q.trim()).filter(Boolean);
  const out: Finding[] = [];
  const seenParagraphs = new Set<number>();
  for (const b of brokenQuotes(paragraphs)) {
    if (seenParagraphs.has(b.para)) continue;
    const p = paragraphs[b.para]!;
    // Headings, captions and menu items are too short to tell a broken quotation from a cut one.
    if (p.split(/\s+/u).length < 6 && [...p].filter((c) => /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(c)).length < 15) continue;
    seenParagraphs.add(b.para);
    out.push({ id: ID, evidence: { text: excerptAround(p, b.pos) } });
    if (out.length >= MAX_SIGNALS) break;
  }
  return out;
}
