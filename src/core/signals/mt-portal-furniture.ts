/*
 * mt-portal-furniture: the furniture of a Chinese news portal's article page, machine-translated along with the
 * article: the source / editor / font-size line under the headline ("【来源：新华社】【责任编辑：…】字体：【大 中 小】"
 * → "[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: [Large Medium Small]") or the closing source line
 * ("（来源：环球时报 作者：牛瑞飞）" → "(Source: Global Times, Author: Niu Ruifei)"). A whole page run through a
 * translator keeps them; an editor who translates or rewrites an article drops them. `from` is zh.
 *
 * Measured on the WMT23 zh→en test set (/work/shared/mt/wmt23-documents.json; figures per translated document):
 * 4 of the 38 Chinese news documents carry such furniture; on those, the patterns fire on 39 of 60 machine
 * translations (65 %) and on 2 of 4 human references (WMT's references translate every segment, furniture
 * included, so on these lines a reference behaves as a whole-page translation does: the marker tells a translated
 * page from a written one, not a machine from a translator). They fire on none of the 1,014 ru→en and uk→en
 * translations, none of the 30 native English news documents and, of the 111 corpus pages before the two pending
 * Chinese cases moved in (the pages it is for), none but an essay quoting the line inside a sentence
 * (own-en-mediastudies-xinhua-datelines), which the rule below leaves out. Per pattern
 * (MT documents, of 570): font line 14, bracketed editor 24, source with author 11, bracketed source 28.
 *
 * The rule: the pattern stands in a short line of its own (at most MAX_LINE characters), not inside quotation
 * marks. One signal per page (the first such line; repeats add nothing).
 *
 *   | line                                                                                  | fires |
 *   | "February 11, 2023, 13:09:10 [Source: Xinhua News Agency] [Editor: Li Xufeng] Font: [Large Medium Small]" | yes |
 *   | "(Source: Global Times, Author: Niu Ruifei)"                                          | yes   |
 *   | "Font size: Large Medium Small"                                                        | yes   |
 *   | "【Responsible editor: Wang Hao】"                                                      | yes   |
 *   | "[Source: People's Daily]"                                                             | yes   |
 * Does not fire on:
 *   | "… producing lines such as "[Source: Xinhua News Agency] [Editor: ...] Font: [Large Medium Small]"." | no (quoted, in a sentence) |
 *   | "Source: Reuters" (no brackets), "(Reuters)"                                           | no    |
 *   | "Editor: Jane Smith" (a byline, no brackets)                                           | no    |
 *   | "Choose a font size: small, medium or large" (an English site's own widget)            | no    |
 *   | a 400-character paragraph containing "[Source: Xinhua]"                                | no (not a line of its own) |
 */
import { paragraphsOf, type Finding, type SignalContext } from './context';

export const ID = 'mt-portal-furniture';
/** The longest paragraph read as a furniture line (the date, source, editor and font line is about 100). */
const MAX_LINE = 200;

// Each pattern is bounded ({1,60}, no nested quantifiers) and anchored on a literal word.
const PATTERNS: readonly RegExp[] = [
  // 字体：【大 中 小】 → "Font: [Large Medium Small]", "Font size: large, medium, small"
  /\bFont(?: size)?\s?[:：]\s?[[【(（]?\s?(?:Large|Big)\s?[,，、/|]?\s?(?:Medium|Middle)\s?[,，、/|]?\s?Small\b/iu,
  // 【责任编辑：…】 → "[Editor: Li Xufeng]", "[Responsible editor: …]", "(Editor in charge: …)"
  /[[【(（]\s?(?:Responsible |Executive )?Editor(?: in charge)?\s?[:：][^\]】)）\n]{1,40}[\]】)）]/iu,
  // （来源：环球时报 作者：牛瑞飞） → "(Source: Global Times, Author: Niu Ruifei)"
  /[[【(（]\s?Source\s?[:：][^\]】)）\n,，;；]{1,60}[,，;；]?\s?(?:Author|Reporter|Writer)\s?[:：]/iu,
  // 【来源：新华社】 → "[Source: Xinhua News Agency]"
  /[[【]\s?Source\s?[:：][^\]】\n]{1,60}[\]】]/iu,
];

const QUOTE = /["“”„«»]/gu;

/** The match does not sit inside quotation marks: an even number of quotation marks before it. */
function unquoted(line: string, at: number): boolean {
  return ((line.slice(0, at).match(QUOTE) ?? []).length & 1) === 0;
}

export function detect(ctx: SignalContext): Finding[] {
  for (const line of paragraphsOf(ctx)) {
    if (line.length > MAX_LINE) continue;
    for (const p of PATTERNS) {
      const m = p.exec(line);
      if (m && unquoted(line, m.index)) return [{ id: ID, from: 'zh', evidence: { text: line } }];
    }
  }
  return [];
}
