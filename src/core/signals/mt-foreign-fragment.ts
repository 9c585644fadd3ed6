/*
 * mt-foreign-fragment: words left in another language (or script) inside the article text, the commonest trace
 * of machine translation: the system leaves an editorial insertion, a phrase it could not parse or a few
 * function words untranslated, e.g. "sollten sich dessen klar bewusst sein [the world] „Beobachtet …" (English
 * left in a German text). `from` is the fragment's language when its function words name one language.
 *
 * How a fragment's language is told, without a dictionary of any one page:
 * - function words (articles, prepositions, conjunctions, pronouns, auxiliaries) per language, for the languages
 *   the detectors support (FUNCTION_WORDS below). A word is evidence for language X only if it is a function
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
import type { Signal } from '../types';
import type { SignalContext } from './context';
import { weightOf } from './weights';
import { forEachWord } from '../text/word-spans';

export const ID = 'mt-foreign-fragment';
/** At most this many fragments are reported per page (repeats add little to the score anyway). */
const MAX_SIGNALS = 4;

// ---------------------------------------------------------------------------------------------------------
// Language knowledge: function words per language (lower case). Shared with mt-broken-quotes.

const FW_SOURCE: Record<string, string> = {
  en: "the of and to in is are was were be been being with for that this these those which who whom whose what when where why how from by on at as an it its it's not but or nor if than then there their they them he she his her him we our us you your me my would should could will shall can may might must has have had do does did into onto about over after before between through during against without within under upon also only just very more most such some any each every both all other another same own so no yes up out off down here now still even because while although though whether since until unless don't doesn't didn't isn't aren't wasn't weren't won't can't i'm we're they're there's that's",
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit während wegen trotz ich du her still just ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer er sie es wir ihr man sich nicht auch noch nur schon so wie als wenn dass ob weil da dann doch sehr mehr kein keine keinen dies diese dieser dieses diesem jene was wer wo will wollen soll sollen kann können muss müssen darf also mal hier dort bin bist hast gar all alle allem allen aller alles einem beim ins ums durchs',
  nl: "de het een en of in op aan van voor met door bij naar uit over onder tot tegen zonder om is zijn was waren wordt worden werd werden heeft hebben had hadden niet ook nog maar dat die dit deze wat wie waar hij zij ze wij we het hun hen haar zijn ons onze u als dan toen omdat zodat wel al er te geen meer zeer",
  fr: "le la les l' un une des du de d' au aux et ou mais donc or ni car que qu' qui quoi dont où en dans sur sous par pour avec sans chez entre vers contre depuis pendant selon après avant est sont était étaient été être a ont avait avoir fait ne n' pas plus moins très aussi bien encore déjà an il elle ils elles on nous vous je j' tu me m' te t' se s' lui leur leurs eux ce c' cet cette ces son sa ses mon ma mes ton ta tes notre nos votre vos si comme quand tout tous toute toutes même y as but",
  es: 'el la los las lo un una unos unas de del al a en y e o u que por para con sin sobre entre hasta desde hacia contra según durante ante bajo tras es son fue fueron era eran ser sido ha han había habían haber está están estaba no sí se le les su sus mi mis tu tus nuestro nuestra este esta estos estas ese esa esos esas aquel como cuando donde quien quienes cual cuales pero sino ni más muy también ya aunque porque pues si me te nos dos he has',
  pt: 'o a os as um uma uns umas de do da dos das no na nos nas ao aos à às em e ou que por pelo pela pelos pelas para com sem sobre entre até desde contra durante é são foi foram era eram ser sido tem têm tinha ter está estão estava não sim se lhe lhes seu sua seus suas meu minha este esta estes estas esse essa isso isto aquele como quando onde quem qual quais mas nem mais muito também já embora porque pois me te for',
  it: "il lo la i gli le l' un uno una un' di del dello della dei degli delle d' a al allo alla ai agli alle da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra e ed o ma che chi cui non è sono era erano essere stato stata ha hanno aveva avere si ci ne se anche più molto come quando dove so do me questo questa questi queste quello quella suo sua suoi sue loro mio mia noi voi lui lei già ancora",
  ca: "el la els les l' un una uns unes de del dels d' al als a en amb per sense sobre entre fins des cap contra i o però que qui no és són era eren ser estat ha han havia es se li els seu seva seus seves aquest aquesta aquests com quan on més molt també ja on has he",
  ro: 'și si sau dar ori că ca de la în in sa an are pe cu din pentru prin despre după până fără sub între spre este sunt era erau fost fi a au avea nu se să mai foarte și un o unui unei niște al ai ale lui ei lor acest această acești aceste acel care ce cine cum când unde dacă deși ne vă le îi îl o',
  pl: 'i oraz a ale lub albo czy że iż w we z ze na do od po przez przy dla bez pod nad przed za o u między jest są był była było byli były być będzie ma mają miał nie tak jak też także już jeszcze tylko to ten ta te tego tej tym tych który która które którzy się jego jej ich on ona ono oni one my wy co gdy kiedy gdzie bo więc jednak by',
  cs: 'a i ale nebo že aby v ve z ze na do od po přes při pro bez pod nad před za o u mezi je jsou byl byla bylo byli byly být bude má mají měl ne tak jak také už ještě jen to ten ta tu toho té tom tím který která které kteří se si jeho její jejich on ona ono oni my vy co když kde protože však jako by no',
  sk: 'a i ale alebo že aby v vo z zo na do od po cez pri pre bez pod nad pred za o u medzi je sú bol bola bolo boli byť bude má majú mal nie tak ako aj už ešte len to ten tá tú toho tej tom tým ktorý ktorá ktoré ktorí sa si jeho jej ich on ona ono oni my vy čo keď kde pretože však by no',
  sl: 'in ali ter pa da je so bil bila bilo bili biti bo v na z s za od do po pri pred pod nad o med iz ne se si to ta tega ki kot tudi že še samo on ona ono oni mi vi kaj ko kjer ker vendar',
  hr: 'i ili a ali da je su bio bila bilo bili biti će u na s sa za od do po pri pred pod nad o među iz ne se si to taj ta tog koji koja koje kao također već još samo on ona ono oni mi vi što kad gdje jer međutim no',
  hu: 'a az egy és vagy de hogy nem is van volt lesz vannak voltak mint már még csak meg el ki be fel le azt ezt ez az ha mert amely amelyek aki akik ahol amikor pedig sem után előtt között alatt felett nagyon had most',
  sv: 'och eller men att som i på av för med till från om under över efter före mellan genom mot utan är var varit vara blir blev har hade inte också redan bara den det de en ett han hon vi ni dem sin sitt sina hans hennes deras detta denna dessa när där vad vem så mycket',
  da: 'og eller men at som i på af for med til fra om under over efter før mellem gennem mod uden er var været være bliver blev har havde ikke også allerede kun den det de en et han hun vi I dem sin sit sine hans hendes deres dette denne disse når hvor hvad hvem så meget have',
  no: 'og eller men at som i på av for med til fra om under over etter før mellom gjennom mot uten er var vært være blir ble har hadde ikke også allerede bare den det de en et ei han hun vi dere dem sin sitt sine hans hennes deres dette denne disse når hvor hva hvem så mye da sa',
  is: 'og eða en að sem í á af fyrir með til frá um undir yfir eftir fyrir milli gegnum við án er eru var voru verið vera verður hefur hafði ekki líka aðeins hann hún það þeir þær við þið sinn sín hans hennar þeirra þetta þessi þegar þar hvað hver svo mjög',
  fi: 'ja tai mutta että kuin on ovat oli olivat ollut olla ei ole myös vain jo vielä se ne hän he me te tämä tuo nämä joka jotka mikä kun jos koska sekä sitä sen niin no me he se te',
  et: 'ja või aga et kui on oli olid olnud olla ei ole ka ainult juba veel see need ta nad me te mis kes kus sest ning siis me te',
  lv: 'un vai bet ka kā ir bija būs nav arī tikai jau vēl tas tā tie tās viņš viņa viņi mēs jūs kas kur kad jo par ar no uz pie pēc līdz bez starp to tad',
  lt: 'ir ar bet kad kaip yra buvo bus nėra taip pat tik jau dar tas ta tie tos jis ji jie mes jūs kas kur kai nes apie su iš is į prie po iki be tarp',
  tr: 've veya ama fakat ki bu şu o bir da de ile için gibi kadar daha çok en ne mi mı mu mü olarak olan oldu olduğu değil var yok ise ya her bütün sonra önce göre kendi on an at',
  az: 'və ya amma ki bu o bir da də ilə üçün kimi qədər daha çox ən nə olan oldu deyil var yox sonra əvvəl görə öz',
  sq: 'dhe ose por që si në me për nga tek te mbi nën pa është janë ishte ishin kanë ka kishte nuk do të u i e së një ky kjo këta ai ajo ata ato ne ju kur ku sepse se po',
  ms: 'dan atau tetapi bahawa yang di ke dari daripada pada untuk dengan oleh dalam ini itu adalah ialah telah sudah akan tidak bukan juga hanya ia dia mereka kami kita anda',
  tl: 'ang ng mga sa at o na ay si ni kay para mula hindi rin din lamang pa ito iyon siya sila kami tayo ako ikaw kung kapag dahil',
  vi: 'và hoặc nhưng rằng của là có không được trong cho với từ đã đang sẽ này đó những các một người khi nếu vì cũng to an do no',
  eu: 'eta edo baina da dira zen ziren ez ere bat hau hori hura zer nor non du',
  ru: 'и или но а что чтобы в во на с со к ко по о об от до из за для без под над при про через между у не ни же ли бы это этот эта эти того том как так также уже еще ещё только он она оно они мы вы его ее её их был была было были быть будет есть который которая которые когда где если потому',
  uk: 'і й та або але а що щоб в у на з із зі до по про від без під над при через між для не ні же б це цей ця ці того як так також вже ще лише він вона воно вони ми ви його її їх був була було були бути буде є який яка які коли де якщо тому',
  be: 'і й або але а што каб у ў на з са да па пра ад без пад над пры праз паміж для не ні гэта гэты як так таксама ўжо яшчэ толькі ён яна яно яны мы вы яго яе іх быў была было былі быць будзе ёсць які якая калі дзе',
  bg: 'и или но а че да в във на с със към по за от до из без под над при през между не ни това този тази тези как така също вече още само той тя то те ние вие неговия нейния техния беше бяха е са ще който която които когато където ако',
  sr: 'и или али а да је су био била било били бити ће у на са за од до по при пред под над о међу из не се си то тај та који која које као такође већ још само он она оно они ми ви што кад где јер',
  el: 'ο η το οι τα του της των τον την και ή αλλά ότι να σε στο στη στην στον στα από με για χωρίς προς κατά μετά πριν είναι ήταν θα δεν μη μην αυτό αυτός αυτή αυτά ένα μια ένας που όταν όπου αν',
  ar: 'في من على إلى الى عن أن ان إن مع هذا هذه ذلك التي الذي الذين كان كانت لا لم لن قد ما و أو ثم بين حتى عند كل بعد قبل هو هي هم',
  fa: 'و در به از که این آن با را برای است بود شد می تا یا هم نیز اما اگر چه',
  ur: 'اور میں سے کو کا کی کے نے پر یہ وہ ہے ہیں تھا تھی تھے بھی کہ لیے',
  he: 'של את על עם אל מן כי אשר זה זו הוא היא הם הן לא גם או אם כל יותר היה הייתה היו',
};

/** Other codes a page may declare or a browser may detect, mapped to the list that covers them. */
const LANG_ALIASES: Record<string, string> = { nb: 'no', nn: 'no', id: 'ms', fil: 'tl', bs: 'hr', sh: 'hr', cnr: 'hr', iw: 'he', mo: 'ro' };

/**
 * Chinese function characters that names and set terms rarely contain (的 了 是 来自 们 这 …): a Han fragment
 * with one is a phrase. Japanese: a Han character followed by a particle (世界の, 政府は) marks a phrase.
 */
const HAN_FUNCTION = /[的了是们們这這那吗嗎呢]|来自|來自|正在|已经|已經|对于|對於|被/u;
const JA_PHRASE = /\p{Script=Han}[のはをにがでともへ]/u;

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai' | 'other';

const SCRIPT_OF_LANG: Record<string, Script> = {
  ru: 'cyrillic', uk: 'cyrillic', be: 'cyrillic', bg: 'cyrillic', sr: 'cyrillic', mk: 'cyrillic', kk: 'cyrillic',
  el: 'greek', ar: 'arabic', fa: 'arabic', ur: 'arabic', ku: 'arabic', ps: 'arabic', he: 'hebrew', yi: 'hebrew',
  zh: 'han', ja: 'han', ko: 'hangul', th: 'thai',
};

export const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(FW_SOURCE).map(([lang, words]) => [lang, new Set(words.toLowerCase().split(/\s+/u).filter(Boolean))]),
);

/** The languages whose function words include a word (lower case, ’ written '). */
const LANGS_OF_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, set] of FUNCTION_WORDS) for (const w of set) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

/** "de-CH" → "de"; "nb" → "no"; null for nothing. */
export function baseLanguage(lang: string | null | undefined): string | null {
  const base = lang?.toLowerCase().split(/[-_]/u)[0];
  if (!base) return null;
  return LANG_ALIASES[base] ?? base;
}

export function scriptOfLanguage(lang: string | null): Script | null {
  if (!lang) return null;
  return SCRIPT_OF_LANG[lang] ?? (FUNCTION_WORDS.has(lang) ? 'latin' : null);
}

/** Script of each character seen so far (a page uses a few hundred distinct characters; the tests below are slow). */
const SCRIPT_MEMO = new Map<string, Script>();
/** Same, for letters only (null: not a letter), kana folded into Han: what dominantScript counts. */
const LETTER_FAMILY_MEMO = new Map<string, Script | null>();
const MEMO_LIMIT = 20_000;

export function scriptOf(ch: string): Script {
  let s = SCRIPT_MEMO.get(ch);
  if (s === undefined) {
    s = scriptOfUncached(ch);
    if (SCRIPT_MEMO.size >= MEMO_LIMIT) SCRIPT_MEMO.clear();
    SCRIPT_MEMO.set(ch, s);
  }
  return s;
}

function scriptOfUncached(ch: string): Script {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
  if (/\p{Script=Hebrew}/u.test(ch)) return 'hebrew';
  if (/\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch) || ch === 'ー') return 'kana';
  if (/\p{Script=Han}/u.test(ch)) return 'han';
  if (/\p{Script=Hangul}/u.test(ch)) return 'hangul';
  if (/\p{Script=Thai}/u.test(ch)) return 'thai';
  return 'other';
}

/** Han and kana count as one writing system (Japanese mixes them). */
export function family(s: Script): Script {
  return s === 'kana' ? 'han' : s;
}

/** The script most letters of `text` are written in (kana counted as Han), or null for text without letters. */
export function dominantScript(text: string): Script | null {
  // Counted in order of first appearance (ties go to the script seen first); ASCII letters take a fast path.
  const counts = new Map<Script, number>();
  let latin = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 0x20;
      if (l >= 0x61 && l <= 0x7a) {
        if (latin++ === 0 && !counts.has('latin')) counts.set('latin', 0);
      }
      continue;
    }
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      ch = d >= 0xdc00 && d <= 0xdfff ? text.slice(i, ++i + 1) : text[i]!;
    } else {
      ch = text[i]!;
    }
    let s = LETTER_FAMILY_MEMO.get(ch);
    if (s === undefined) {
      s = /\p{L}/u.test(ch) ? family(scriptOf(ch)) : null;
      if (LETTER_FAMILY_MEMO.size >= MEMO_LIMIT) LETTER_FAMILY_MEMO.clear();
      LETTER_FAMILY_MEMO.set(ch, s);
    }
    if (s === null) continue;
    if (s === 'latin') {
      if (latin++ === 0 && !counts.has('latin')) counts.set('latin', 0);
      continue;
    }
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (latin) counts.set('latin', latin);
  let best: Script | null = null;
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Text preparation: addresses, e-mail, handles, hashtags and code-like tokens are blanked (same length, so
// offsets still point into the page text), and the text is cut into word tokens.

/**
 * Each mask with a cheap test a text must pass for the mask to match at all (the part of its pattern that is a
 * plain string or alternation, same flags): most paragraphs pass none, and the masks' own patterns, with a word
 * boundary or a run of word characters to try at every word, cost ten times more than these tests.
 * `skips`: the pattern is `(mask)|run`; the second branch matches, and is left as it is, where the first failed at
 * the start of a run, so the run is stepped over at once instead of being retried from each of its characters
 * (quadratic: 2,000 ms on 32,000 characters). No match of the first branch can start inside such a run.
 */
const MASKS: { re: RegExp; needs: RegExp; skips?: true }[] = [
  { re: /\b(?:https?:\/\/|www\.)\S+/giu, needs: /https?:\/\/|www\./iu }, // addresses
  { re: /\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|\b[\w.+-]+/gu, needs: /@/u, skips: true }, // e-mail
  { re: /(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+/gu, needs: /[@#]/u }, // handles, hashtags
  // bare domains, file names
  { re: /\b([\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|de|ru|cn|uk|fr|io|html?|php)\b\S*)|\b[\w-]+(?:\.[\w-]+)*/giu, needs: /\.(?:com|org|net|info|de|ru|cn|uk|fr|io|html?|php)\b/iu, skips: true },
  { re: /`[^`]*`/gu, needs: /`/u }, // inline code
  { re: /\b\w+(?:_\w+)+\b/gu, needs: /_/u }, // snake_case identifiers
];

export function maskNonProse(text: string): string {
  let out = text;
  for (const { re, needs, skips } of MASKS) {
    if (needs.test(out)) out = out.replace(re, (m, masked: unknown) => (skips && masked === undefined ? m : ' '.repeat(m.length)));
  }
  return out;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  script: Script;
  cap: boolean;
}

/** Words as word-spans.ts finds them (letters and marks, then digits, apostrophes, hyphens too), without trailing apostrophes or hyphens. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  forEachWord(text, (from, to) => {
    let end = to;
    for (let c = text.charCodeAt(end - 1); c === 0x27 || c === 0x2019 || c === 0x2d; c = text.charCodeAt(end - 1)) end--;
    const t = text.slice(from, end);
    const first = t[0] ?? '';
    const start = from + offset;
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/gu, "'") : lower, start, end: start + t.length, script: scriptOf(first), cap: first !== first.toLowerCase() });
  });
  return out;
}

/** Languages for which the token is a function word (elisions like l', d', qu' included). */
export function fwLanguages(tok: Token): readonly string[] {
  const direct = LANGS_OF_WORD.get(tok.lower);
  if (direct) return direct;
  const apo = tok.lower.indexOf("'");
  if (apo > 0) return LANGS_OF_WORD.get(tok.lower.slice(0, apo + 1)) ?? [];
  return [];
}

export function isFunctionWordOf(tok: Token, lang: string): boolean {
  return fwLanguages(tok).includes(lang);
}

/** Function words that are evidence for some other language than `pageLang`: at least two letters, not the page's. */
function foreignFunctionWords(tokens: Token[], pageLang: string | null): Token[] {
  return tokens.filter((t) => t.lower.length >= 2 && fwLanguages(t).length > 0 && !(pageLang && isFunctionWordOf(t, pageLang)));
}

/** Vote among the languages the tokens are function words of: null when none, '' when the vote is tied. */
function voteLanguage(tokens: Token[], pageLang: string | null): string | null {
  const votes = new Map<string, number>();
  for (const t of foreignFunctionWords(tokens, pageLang)) {
    const langs = fwLanguages(t);
    for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1 / langs.length);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return null;
  const second = ranked[1];
  return second && second[1] >= first[1] ? '' : first[0];
}

// ---------------------------------------------------------------------------------------------------------
// Established loan phrases (Latin, French, English, Spanish idioms used across European languages): no residue.

const LOAN_PHRASES = [
  'de facto', 'de jure', 'per se', 'ad hoc', 'in situ', 'in vitro', 'in vivo', 'a priori', 'a posteriori', 'pro forma', 'status quo', 'vice versa',
  'à la', 'a la', 'de luxe', 'par excellence', 'en masse', 'en route', 'en passant', 'en vogue', 'vis-à-vis', "c'est la vie", 'je ne sais quoi',
  'laissez faire', "raison d'être", 'fait accompli', 'coup de grâce', "coup d'état", 'tour de force', 'crème de la crème', 'pas de deux', 'savoir vivre',
  'hasta la vista', 'mi casa es su casa', 'in memoriam', 'in extremis', 'et al', 'et cetera', 'ex officio', 'in absentia', 'sine qua non', 'per capita',
  'state of the art', 'out of the box', 'by the way', 'on the road', 'last but not least', 'up to date', 'to go', 'all in', 'all you can eat',
  'made in', 'off the record', 'on the job', 'behind the scenes', 'of the year', 'of the day', 'of the match', 'the show must go on',
];
const LOAN_RE = new RegExp(`(?<![\\p{L}])(?:${LOAN_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}])`, 'giu');

let lastLoanText: string | null = null;
let lastLoanSpans: [number, number][] = [];

/** Spans of loan phrases; sameScriptRuns and crossScriptRuns ask for the same paragraph one after the other. */
function loanSpans(text: string): [number, number][] {
  if (text !== lastLoanText) {
    lastLoanSpans = [...text.matchAll(LOAN_RE)].map((m) => [m.index, m.index + m[0].length]);
    lastLoanText = text;
  }
  return lastLoanSpans;
}

function overlaps(spans: [number, number][], s: number, e: number): boolean {
  return spans.some(([a, b]) => a < e && s < b);
}

// ---------------------------------------------------------------------------------------------------------
// Quotation context: a span inside quotation marks whose content is foreign is a deliberate citation.

export const QUOTE_CHARS = '"„“”«»‹›「」『』‚‘\u201f';

export function isQuote(ch: string | undefined): boolean {
  return !!ch && QUOTE_CHARS.includes(ch);
}

/** A token of the page's own language: one of its function words, or (page in a non-Latin script) a word in that script. */
function isPageWord(t: Token, pageLang: string | null, pageScript: Script): boolean {
  if (family(t.script) !== pageScript) return false;
  if (pageLang && FUNCTION_WORDS.has(pageLang) && scriptOfLanguage(pageLang) === pageScript) return isFunctionWordOf(t, pageLang);
  return pageScript !== 'latin';
}

/** True when [s, e) sits between quotation marks (same sentence) with no word of the page's language between. */
function inForeignQuote(text: string, tokens: Token[], s: number, e: number, pageLang: string | null, pageScript: Script): boolean {
  let left = -1;
  for (let i = s - 1; i >= 0 && i >= s - 200; i--) {
    if (isQuote(text[i])) {
      left = i;
      break;
    }
    if ('.!?。'.includes(text[i] ?? '')) break;
  }
  let right = -1;
  for (let i = e; i < text.length && i < e + 200; i++) {
    if (isQuote(text[i])) {
      right = i;
      break;
    }
    if ('!?。'.includes(text[i] ?? '')) break;
  }
  if (left < 0 || right < 0) return false;
  const between = tokens.filter((t) => (t.start > left && t.end <= s) || (t.start >= e && t.end < right));
  return !between.some((t) => isPageWord(t, pageLang, pageScript));
}

// ---------------------------------------------------------------------------------------------------------
// Fragments

export interface Fragment {
  start: number;
  end: number;
  text: string;
  from?: string;
  /** In a script other than the page's (then the paragraph's own function words need not dominate). */
  cross: boolean;
}

const BRACKET_RE = /\[([^\][]{1,80})\]|\(([^()]{1,80})\)|（([^（）]{1,80})）|［([^［］]{1,80})］|【([^【】]{1,80})】/gu;
const PAIRS: [string, string][] = [['[', ']'], ['(', ')'], ['（', '）'], ['［', '］'], ['【', '】']];

/** Two words share a stem (the gloss "Kreml (the Kremlin)", "Westen (the West)"). */
function stemShared(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const x = norm(a);
  const y = norm(b);
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x[i] === y[i]) i++;
  return i >= 4 || (n >= 3 && i === n);
}

/** Language of a fragment written in a script other than the page's, or null when nothing marks it as a phrase. */
function crossScriptLanguage(fragment: string, words: Token[], script: Script): string | null {
  if (script === 'han') {
    if (/\p{Script=Hiragana}/u.test(fragment)) return JA_PHRASE.test(fragment) ? 'ja' : null;
    const han = [...fragment].filter((c) => /\p{Script=Han}/u.test(c)).length;
    return han >= 2 && HAN_FUNCTION.test(fragment) ? 'zh' : null;
  }
  if (script === 'hangul' || script === 'thai' || script === 'other') return null;
  // Outside the Latin script, one-letter prepositions are telling too (Russian "в", "с", "к").
  const fws = words.filter((t) => t.script === script && fwLanguages(t).length && (t.lower.length >= 2 || script !== 'latin'));
  if (!fws.length) return null;
  const votes = new Map<string, number>();
  for (const t of fws) for (const l of fwLanguages(t)) votes.set(l, (votes.get(l) ?? 0) + 1 / fwLanguages(t).length);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[1] && ranked[1][1] >= ranked[0]![1] ? '' : ranked[0]![0];
}

function bracketFragments(text: string, masked: string, tokens: Token[], pageLang: string | null, pageScript: Script): Fragment[] {
  const out: Fragment[] = [];
  for (const m of masked.matchAll(BRACKET_RE)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    const square = m[0][0] !== '(' && m[0][0] !== '（';
    const start = m.index;
    const end = start + m[0].length;
    // Words, spaces, apostrophes and hyphens only: no numbers, colons, slashes ("[1]", "[Source: Xinhua]").
    if (!inner.trim() || !/^[\s\p{L}\p{M}'’-]+$/u.test(inner)) continue;
    const words = tokenize(inner, start + 1);
    if (!words.length || words.length > 6) continue;
    const scripts = new Set(words.map((w) => family(w.script)));
    if (scripts.size !== 1) continue;
    const script = [...scripts][0] as Script;
    if (words.every((w) => w.text === w.text.toUpperCase() && w.text !== w.text.toLowerCase())) continue; // an abbreviation: "(NATO)", "[USA]"
    const content = words.filter((w) => !fwLanguages(w).length);
    // A name or title: capitalised, and every content word too ("(Ministry of Foreign Affairs)", "[The Guardian]").
    if (words[0]?.cap && content.every((w) => w.cap)) continue;
    const cross = script !== pageScript;
    let from: string | null;
    if (cross) {
      from = crossScriptLanguage(inner, words, script);
      if (from === null) continue;
      // Across scripts a stem cannot be compared, so a round-bracket gloss of a name needs more: a lower-case word
      // or two function words ("(the world)" yes, "(the Kremlin)" after "Кремль" no).
      const alphabetic = script !== 'han';
      if (alphabetic && words.length < 2) continue;
      if (alphabetic && !square && !content.some((w) => !w.cap) && foreignFunctionWords(words, null).length < 2) continue;
    } else {
      if (!pageLang || !FUNCTION_WORDS.has(pageLang) || scriptOfLanguage(pageLang) !== pageScript) continue;
      if (words.length < 2 || words.some((w) => isFunctionWordOf(w, pageLang))) continue;
      from = voteLanguage(words, pageLang);
      if (from === null) continue;
      if (!square) {
        // A gloss of the term just before: after a closing quotation mark, or sharing its stem.
        const before = text.slice(Math.max(0, start - 3), start).trimEnd();
        if (isQuote(before[before.length - 1])) continue;
        const prev = tokens.filter((t) => t.end <= start).slice(-3);
        if (prev.some((p) => content.some((c) => stemShared(p.text, c.text)))) continue;
      }
    }
    if (overlaps(loanSpans(inner), 0, inner.length)) continue;
    if (inForeignQuote(masked, tokens, start, end, pageLang, pageScript)) continue;
    out.push({ start, end, text: text.slice(start, end), cross, ...(from ? { from } : {}) });
  }
  return out;
}

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^\s+$/u.test(text.slice(a.end, b.start));
}

/**
 * Runs of two or more adjacent function words of one foreign language in the page's own (Latin) script, with
 * the word they govern: "of the world", "in the region". Between capitalised words it is a name or title.
 */
function sameScriptRuns(text: string, tokens: Token[], pageLang: string): Fragment[] {
  const out: Fragment[] = [];
  const foreign = (t: Token | undefined): t is Token => !!t && t.script === 'latin' && t.lower.length >= 2 && fwLanguages(t).length > 0 && !isFunctionWordOf(t, pageLang);
  for (let i = 0; i < tokens.length; i++) {
    if (!foreign(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && foreign(tokens[j + 1]) && onlySpaceBetween(text, tokens[j]!, tokens[j + 1]!)) j++;
    const run = tokens.slice(i, j + 1);
    const runStart = i;
    i = j;
    // Two words or more, one of three letters or more (two-letter words collide across languages: "da sa", "to je").
    if (run.length < 2 || !run.some((t) => t.lower.length >= 3)) continue;
    // One language for the whole run ("of the", not "no to" = Spanish + Czech).
    const shared = run.map((t) => fwLanguages(t)).reduce((a, b) => a.filter((x) => b.includes(x)));
    if (!shared.length) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const prev = tokens[runStart - 1];
    const next = tokens[j + 1];
    const prevAdj = prev && onlySpaceBetween(text, prev, first) ? prev : undefined;
    const nextAdj = next && onlySpaceBetween(text, last, next) ? next : undefined;
    // A name or title: the run starts with a capital mid-text, or sits between capitalised words ("Lord of the Rings").
    if (first.cap || (prevAdj?.cap && nextAdj?.cap) || (!prevAdj && nextAdj?.cap)) continue;
    const endTok = nextAdj && !isFunctionWordOf(nextAdj, pageLang) ? nextAdj : last;
    if (overlaps(loanSpans(text), (prevAdj ?? first).start, endTok.end)) continue;
    const from = shared.length === 1 ? shared[0] : voteLanguage(run, pageLang);
    out.push({ start: first.start, end: endTok.end, text: text.slice(first.start, endTok.end), cross: false, ...(from ? { from } : {}) });
  }
  return out;
}

/** Unbracketed runs in another script: "… said 来自 the …", "… заявил of the world …"; they need function words too. */
function crossScriptRuns(text: string, tokens: Token[], pageScript: Script): Fragment[] {
  const out: Fragment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = family(tokens[i]!.script);
    if (s === pageScript || s === 'other') continue;
    let j = i;
    while (j + 1 < tokens.length && family(tokens[j + 1]!.script) === s && /^[\s'’-]*$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
    const run = tokens.slice(i, j + 1);
    i = j;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const fragment = text.slice(start, end);
    // Inside brackets of its own: bracketFragments decides, with the gloss rules.
    const before = text.slice(0, start).trimEnd();
    const after = text.slice(end).trimStart();
    if (PAIRS.some(([o, c]) => before.endsWith(o) && after.startsWith(c))) continue;
    let from: string | null;
    if (s === 'han') {
      from = crossScriptLanguage(fragment, run, s);
    } else {
      if (s === 'hangul' || s === 'thai') continue;
      // Two adjacent function words of one language, not in a capitalised name ("Bank of the West").
      const adjacent = run.some((t, k) => {
        const p = run[k - 1];
        return !!p && t.lower.length >= 2 && p.lower.length >= 2 && fwLanguages(t).some((l) => fwLanguages(p).includes(l));
      });
      if (!adjacent) continue;
      const content = run.filter((t) => !fwLanguages(t).length);
      if (run[0]!.cap || (content.length && content.every((t) => t.cap))) continue;
      from = voteLanguage(run, null);
    }
    if (from === null || overlaps(loanSpans(text), start, end)) continue;
    out.push({ start, end, text: fragment, cross: true, ...(from ? { from } : {}) });
  }
  return out;
}

/** Paragraphs that look like code, not prose. */
function codeLike(p: string): boolean {
  return (p.match(/[{};=<>]/gu)?.length ?? 0) >= 4 || /=>|\bfunction\s*\(|\breturn\s/u.test(p);
}

/** The fragments of one paragraph, given the page's language and script; text quotes the paragraph exactly. */
export function fragmentsOf(paragraph: string, pageLang: string | null, pageScript: Script): Fragment[] {
  if (codeLike(paragraph)) return [];
  const masked = maskNonProse(paragraph);
  const tokens = tokenize(masked);
  if (tokens.length < 4) return [];
  // The paragraph must be in the page's script: a foreign quotation or tweet as a whole is not residue.
  if (dominantScript(masked) !== pageScript) return [];
  // Short paragraphs (captions, credits) only for fragments in another script.
  const short = tokens.length < 8 && pageScript !== 'han';
  let found = bracketFragments(paragraph, masked, tokens, pageLang, pageScript);
  const listed = !!pageLang && FUNCTION_WORDS.has(pageLang) && scriptOfLanguage(pageLang) === pageScript;
  if (listed && pageScript === 'latin' && !short) found.push(...sameScriptRuns(masked, tokens, pageLang));
  found.push(...crossScriptRuns(masked, tokens, pageScript));
  found = found.filter((f) => f.text.startsWith('[') || f.text.startsWith('(') || f.text.startsWith('（') || f.text.startsWith('［') || f.text.startsWith('【') || !inForeignQuote(masked, tokens, f.start, f.end, pageLang, pageScript));
  if (short) found = found.filter((f) => f.cross);
  if (listed && found.some((f) => !f.cross)) {
    // The page's language must clearly outweigh the foreign function words of the paragraph (only fragments in
    // the page's own script are dropped otherwise, so without one there is nothing to count).
    const own = tokens.filter((t) => isFunctionWordOf(t, pageLang)).length;
    const other = foreignFunctionWords(tokens, pageLang).filter((t) => t.script === pageScript).length;
    if (own < 4 || own < 2 * other) found = found.filter((f) => f.cross);
  }
  const seen = new Set<number>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((f) => !seen.has(f.start) && !!seen.add(f.start))
    .map((f) => ({ ...f, text: paragraph.slice(f.start, f.end) }));
}

/** The page's language (base subtag, aliases resolved) and writing system (the text's own, else the language's). */
export function pageLanguageAndScript(ctx: SignalContext): { lang: string | null; script: Script | null } {
  const lang = baseLanguage(ctx.language);
  const script = dominantScript(ctx.facts.text.slice(0, 4000)) ?? scriptOfLanguage(lang);
  return { lang, script };
}

/** The article's paragraphs (or its text cut at line breaks when extraction found none). */
export function paragraphsOf(ctx: SignalContext): string[] {
  const ps = ctx.facts.paragraphs.length ? ctx.facts.paragraphs : ctx.facts.text.split(/\n+/u);
  return ps.map((p) => p.trim()).filter(Boolean);
}

export function detect(ctx: SignalContext): Signal[] {
  const { lang, script } = pageLanguageAndScript(ctx);
  if (!script) return [];
  const out: Signal[] = [];
  const seen = new Set<string>();
  for (const p of paragraphsOf(ctx)) {
    for (const f of fragmentsOf(p, lang, script)) {
      if (seen.has(f.text)) continue;
      seen.add(f.text);
      out.push({ id: ID, weight: weightOf(ID), ...(f.from ? { from: f.from } : {}), evidence: { text: f.text } });
      if (out.length >= MAX_SIGNALS) return out;
    }
  }
  return out;
}
