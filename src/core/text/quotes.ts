/*
 * Quoted spans: the stretches of a paragraph between a pair of quotation marks, in any convention: “…” (en, zh …),
 * „…“ „…” (de, cs, pl …), «…» and »…« (fr, ru … and de), ‹…›, "…", 「…」『…』 (ja, zh), ‚…‘ (de inner). Pairs are
 * read by the same table as mt-broken-quotes (quoteStep: one stack, the same closers), so a span here is a quotation that signal
 * calls balanced. Only balanced pairs make spans; a mark left open quotes nothing. One pass over the string.
 *
 * | paragraph                                             | spans                      |
 * |-------------------------------------------------------|----------------------------|
 * | RT ends with “Follow RT on” and a row of icons.       | “Follow RT on”             |
 * | Er schrieb „MOSKAU (Sputnik) –“ darüber.              | „MOSKAU (Sputnik) –“       |
 * | Статьи RT кончаются словами «Подписывайтесь на RT».   | «Подписывайтесь на RT»     |
 * | Sie nannten es »Quelle: RT« und gingen.               | »Quelle: RT«               |
 * | 記事は「RTをフォロー」で終わる。                        | 「RTをフォロー」            |
 * | He said "Source: RT" twice.                           | "Source: RT"               |
 * | „außen ‚innen‘ außen“                                 | the outer span only        |
 * | The screen is 6.1" wide.                              | none (inch mark)           |
 * | “never closed                                         | none                       |
 */

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Every quotation mark either reader looks at. */
export const QUOTE_MARKS = /["„“”«»‹›「」『』‚‘’]/g;

function isHebrewLetter(ch: string | undefined): boolean {
  return !!ch && /\p{Script=Hebrew}/u.test(ch);
}

/** What a mark does: opens a quotation, closes the innermost one, is a closer with nothing of its kind open, or nothing. */
export type QuoteStep = 'open' | 'close' | 'stray-close' | 'none';

/**
 * The one table of which mark closes which, for both readers (quotedSpans here, mt-broken-quotes): `top` is the
 * innermost open mark, `prev` and `next` the characters around this one.
 */
export function quoteStep(ch: string, top: string | undefined, prev: string | undefined, next: string | undefined): QuoteStep {
  switch (ch) {
    case '„':
    case '「':
    case '『':
    case '‚':
      return 'open';
    case '“':
      // Closes „ (de, cs …); otherwise it opens (en, zh …). “ inside “ is wrong in every convention.
      return top === '„' ? 'close' : 'open';
    case '”':
      return top === '„' || top === '“' || top === '”' ? 'close' : 'open';
    case '«':
      return top === '»' ? 'close' : 'open';
    case '»':
      return top === '«' ? 'close' : 'open';
    case '‹':
      return top === '›' ? 'close' : 'open';
    case '›':
      return top === '‹' ? 'close' : 'open';
    case '」':
      return top === '「' ? 'close' : 'stray-close';
    case '』':
      return top === '『' ? 'close' : 'stray-close';
    case '‘':
    case '’':
      return top === '‚' ? 'close' : 'none';
    case '"': {
      // A straight quote closes any double quotation (sloppy „…" as well as "…").
      const closes = top === '"' || top === '„' || top === '“' || top === '”';
      if (!closes && prev && /\p{N}/u.test(prev)) return 'none'; // 6.1" (inches), 11" (seconds), unless it closes "… 2022/350"
      if (isHebrewLetter(prev) && isHebrewLetter(next)) return 'none'; // צה"ל: gershayim
      return closes ? 'close' : 'open';
    }
    default:
      return 'none';
  }
}

/** The outermost balanced quotations of `s`, in order. */
export function quotedSpans(s: string): Span[] {
  const spans: Span[] = [];
  const stack: { mark: string; pos: number }[] = [];
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(s); m; m = QUOTE_MARKS.exec(s)) {
    const i = m.index;
    const step = quoteStep(m[0], stack[stack.length - 1]?.mark, s[i - 1], s[i + 1]);
    if (step === 'open') stack.push({ mark: m[0], pos: i });
    else if (step === 'close') {
      const o = stack.pop()!;
      if (stack.length === 0) spans.push({ start: o.pos, end: i + 1 });
    }
  }
  return spans;
}

/** `s` with every span's characters (marks included) replaced by spaces: same length, same offsets elsewhere. */
export function maskSpans(s: string, spans: readonly Span[]): string {
  if (!spans.length) return s;
  let out = '';
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at) continue;
    out += s.slice(at, sp.start) + ' '.repeat(sp.end - sp.start);
    at = sp.end;
  }
  return out + s.slice(at);
}

/** Letters of `s` outside the spans: a quotation with none around it is the paragraph itself, not a mention. */
export function lettersOutside(s: string, spans: readonly Span[]): number {
  return (maskSpans(s, spans).match(/\p{L}/gu) ?? []).length;
}
