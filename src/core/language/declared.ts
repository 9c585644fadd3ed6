// When the text contradicts the language its markup declares. Themes and CMS defaults declare a language the
// article is not in (<html lang="en-US"> over a Swahili article on a stock WordPress theme). analyze.ts takes a
// confident detector's answer over the markup; this is for when the detector is not sure, and in particular for
// languages it does not know at all (the scanner's eld has 60 languages and no Swahili: on a Swahili text it
// answers Tagalog, unreliable, confidence below the bar, so the declared English stood).
//
// Rule: of the text's first SAMPLE_WORDS Latin-script words, the share that are function words of the declared
// language is under DECLARED_MAX (an English article runs at 35–45 %, one in another language with English
// names and quotes at a few per cent), and one other language's function words (the fragment tables, plus
// detectorGapWords for languages the detector lacks) make at least OTHER_MIN of the words and DOMINANCE times the
// declared language's share: the text is in that language. Only Latin-script text is judged (other scripts are
// told apart by the detector and by script), and only when the declared language has a list.
// Measured on the corpus (109 pages): the lowest share of the declared language's function words on a Latin-script
// page with 60 words or more is 11.7 % (Turkish, agglutinative; Latvian 13.6 %, Lithuanian 17.2 %, Finnish 18.5 %);
// the rule fires on one page, own-sw-wordpress-en-us-lang (English share 0 %).
//
// | declared | text                                              | answer |
// | en-US    | Swahili article (na, wa, ya, kwa, katika 30 %)    | sw     |
// | en       | English article                                    | null   |
// | en       | Spanish article with eld unsure                    | es     |
// | de       | German article quoting English sentences           | null   |
// | ja       | any text (no list for ja)                          | null   |
// | en       | 30 words                                           | null (too few) |
import data from '../../data/languages.json';
import { baseLanguage, FUNCTION_WORDS } from './languages';

const SAMPLE_WORDS = 400;
const MIN_WORDS = 60;
const DECLARED_MAX = 0.05;
const OTHER_MIN = 0.15;
const DOMINANCE = 3;

const GAP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(data.detectorGapWords as Record<string, string[]>).map(([l, w]) => [l, new Set(w)]));
const LATIN_WORD = /[\p{Script=Latin}'’]+/gu;

/** The language the text is plainly in when it is not the declared one, or null. */
export function languageContradicting(declared: string | null | undefined, text: string): string | null {
  const lang = baseLanguage(declared);
  const own = lang ? FUNCTION_WORDS.get(lang) : undefined;
  if (!lang || !own) return null;
  const words: string[] = [];
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m && words.length < SAMPLE_WORDS; m = LATIN_WORD.exec(text)) words.push(m[0].toLowerCase().replace(/’/gu, "'"));
  if (words.length < MIN_WORDS) return null;
  const share = (set: ReadonlySet<string>) => words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0) / words.length;
  const declaredShare = share(own);
  if (declaredShare >= DECLARED_MAX) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const [l, set] of [...FUNCTION_WORDS, ...GAP_WORDS]) {
    if (l === lang) continue;
    const s = share(set);
    if (s > bestShare) [best, bestShare] = [l, s];
  }
  return best && bestShare >= OTHER_MIN && bestShare >= DOMINANCE * declaredShare ? best : null;
}
