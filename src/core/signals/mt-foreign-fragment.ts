/*
 * mt-foreign-fragment: words left in another language (or script) inside the article text, the commonest trace
 * of machine translation: the system leaves an editorial insertion, a phrase it could not parse or a few
 * function words untranslated, e.g. "sollten sich dessen klar bewusst sein [the world] „Beobachtet …" (English
 * left in a German text). `from` is the fragment's language when its function words name one language.
 *
 * How a fragment's language is told, without a dictionary of any one page:
 * - function words (articles, prepositions, conjunctions, pronouns, auxiliaries) per language, for the languages
 *   the detectors support (src/data/languages.json). A word is evidence for language X only if it is a function
 *   word of X and NOT one of the page's language: "in", "an", "was", "will", "so" are German too; "to", "on"
 *   are Czech and Polish too. Single letters never count ("a", "i", "e", "o", "y" are words in many languages);
 * - the writing system (Latin, Cyrillic, Greek, Arabic, Hebrew, Han, kana, Hangul): a fragment in a script
 *   other than the paragraph's own, with function words (or function characters: 的 了 是 来自 …, kana
 *   particles) of a language of that script.
 *
 * Fires on (page language → fragment):
 *   | page | text                                                               | fires | why                                   |
 *   | de   | "… klar bewusst sein [the world] „Beobachtet …"                    | yes   | English in square brackets, from en   |
 *   | de   | "… den Konflikt [the West] weiter anheizen wolle …"                | yes   | lower-case start: not a name          |
 *   | de   | "… sagte ein Sprecher (the Kremlin) am Montag …"                   | yes   | not a gloss of the word before        |
 *   | de   | "… die Entwicklung of the world bedroht …"                          | yes   | English function-word run mid-sentence|
 *   | fr   | "… a déclaré que la situation in the region restait …"             | yes   | run "in the region"                   |
 *   | ru   | "… заявил [the world] в понедельник …"                             | yes   | Latin fragment in Cyrillic text       |
 *   | zh   | "…外交部发言人表示（the world）正在关注…"                            | yes   | Latin fragment in Han text            |
 *   | en   | "… the report said ( 来自) the Global Times …"                      | yes   | Han fragment with 来自 in English      |
 *   | en   | "… officials said [в мире] the talks …"                            | yes   | Cyrillic fragment with в, from ru     |
 *   | pl   | "… powiedział rzecznik [the world] w poniedziałek …"               | yes   | English in a Polish paragraph         |
 * Does not fire on:
 *   | de   | "der Film „The Zone of Interest“ …"                                 | no    | a quoted foreign title                |
 *   | de   | "… ein Krematorium "next door to a retirement village" zu errichten"| no    | quoted foreign phrase: a citation (*) |
 *   | de   | "Nachhaltigkeit (sustainability)"                                   | no    | no function word: a gloss or a name   |
 *   | de   | "der Kreml (the Kremlin)"                                           | no    | gloss: shares its stem with the word before |
 *   | de   | "„Wende“ (the turn)"                                                | no    | gloss of a quoted term                |
 *   | de   | "das Außenministerium (Ministry of Foreign Affairs)"                | no    | Title Case: a name                    |
 *   | en   | "Ursula von der Leyen", "Lord of the Rings", "Place de la Concorde" | no    | run between capitalised words: a name |
 *   | en   | "state of the art", "de facto", "à la carte", "je ne sais quoi"     | no    | established loan phrases              |
 *   | de   | "www.rt.com/of-the-world", "#StandWithUkraine", "@the_world"        | no    | addresses, hashtags, handles          |
 *   | zh   | "特鲁罗(Truro)", "“McCrispy”汉堡", "CornwallLive"                    | no    | Latin names and brands without function words |
 *   | en   | "Xi Jinping (习近平)", "the banner read «Мы за мир»"                 | no    | gloss without function chars; quoted  |
 *   | de   | a paragraph that is an English quote or tweet as a whole            | no    | the paragraph is not in the page's language |
 *   | cs   | "… je to nevkusné …"                                                | no    | "to" is a Czech word, not English     |
 * (*) Decision: a foreign phrase inside quotation marks counts as a deliberate citation (honest journalism quotes
 * English phrases: einen "very stable genius"), so MT residue inside quotes is missed on purpose. A quotation
 * that is itself in the page's language (the founding example) does not shelter a fragment inside it.
 * Round parentheses are treated as possible glosses; square brackets are editorial insertions, which MT systems
 * often leave untranslated, so they need less evidence than a bare run of words.
 */
import { baseLanguage, scriptOfLanguage } from '../language/languages';
import { fragmentsOf } from '../language/fragments';
import { dominantScript, type Script } from '../language/scripts';
import { type Finding, type SignalContext } from './context';
import { ownText } from '../text/own-text';

export const ID = 'mt-foreign-fragment';
/** At most this many fragments are reported per page (repeats add little to the score anyway). */
const MAX_SIGNALS = 4;

/** The page's language (base subtag, aliases resolved) and writing system (the text's own, else the language's). */
export function pageLanguageAndScript(ctx: SignalContext): { lang: string | null; script: Script | null } {
  const lang = baseLanguage(ctx.language);
  const script = dominantScript(ctx.facts.text.slice(0, 4000)) ?? scriptOfLanguage(lang);
  return { lang, script };
}

export function detect(ctx: SignalContext): Finding[] {
  const { lang, script } = pageLanguageAndScript(ctx);
  if (!script) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  // Quoted text is mention (own-text.ts): a quoted machine translation is not this page's.
  // Quotation marks stay: fragmentsOf reads them itself (quoted phrases and glosses of quoted terms).
  for (const p of ownText(ctx).unquotedParagraphs.map((q) => q.trim()).filter(Boolean)) {
    for (const f of fragmentsOf(p, lang, script)) {
      if (seen.has(f.text)) continue;
      seen.add(f.text);
      out.push({ id: ID, ...(f.from ? { from: f.from } : {}), evidence: { text: f.text } });
      if (out.length >= MAX_SIGNALS) return out;
    }
  }
  return out;
}
