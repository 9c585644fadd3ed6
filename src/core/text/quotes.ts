/*
 * Quoted spans: the stretches of a paragraph between a pair of quotation marks, in any convention: “…” (en, zh …),
 * „…“ „…” (de, cs, pl …), «…» and »…« (fr, ru … and de), ‹…›, "…", 「…」『…』 (ja, zh), ‚…‘ (de inner). Pairs are
 * read as mt-broken-quotes reads them (one stack, the same closers), so a span here is a quotation that signal
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

const MARK = /["„“”«»‹›「」『』‚‘’]/g;

/** The outermost balanced quotations of `s`, in order. */
export function quotedSpans(s: string): Span[] {
  const spans: Span[] = [];
  const stack: { mark: string; pos: number }[] = [];
  const close = (end: number): void => {
    const o = stack.pop()!;
    if (stack.length === 0) spans.push({ start: o.pos, end: end + 1 });
  };
  MARK.lastIndex = 0;
  for (let m = MARK.exec(s); m; m = MARK.exec(s)) {
    const i = m.index;
    const ch = m[0];
    const top = stack[stack.length - 1]?.mark;
    const open = (): void => void stack.push({ mark: ch, pos: i });
    switch (ch) {
      case '„':
      case '「':
      case '『':
      case '‚':
        open();
        break;
      case '“':
        if (top === '„') close(i);
        else open();
        break;
      case '”':
        if (top === '„' || top === '“' || top === '”') close(i);
        else open();
        break;
      case '«':
        if (top === '»') close(i);
        else open();
        break;
      case '»':
        if (top === '«') close(i);
        else open();
        break;
      case '‹':
        if (top === '›') close(i);
        else open();
        break;
      case '›':
        if (top === '‹') close(i);
        else open();
        break;
      case '」':
        if (top === '「') close(i);
        break;
      case '』':
        if (top === '『') close(i);
        break;
      case '‘':
      case '’':
        if (top === '‚') close(i);
        break;
      case '"': {
        const closes = top === '"' || top === '„' || top === '“' || top === '”';
        if (!closes && /\p{N}/u.test(s[i - 1] ?? '')) break; // 6.1" (inches)
        if (closes) close(i);
        else open();
        break;
      }
      default:
        break;
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
