// Look-alike letters: a page can write an outlet's mark with Cyrillic or Greek letters that look Latin ("RТ" with a
// Cyrillic Т, "You can share this stоry" with a Cyrillic о, "rt.cоm") and it reads as RT's on screen while matching
// nothing. A MIXED-SCRIPT word is folded to Latin before brand and boilerplate matching: a word (a run of letters)
// that holds Latin letters and Cyrillic/Greek ones, at least as many Latin as not, every Cyrillic/Greek letter one
// with a Latin look-alike (the table below). A word of Cyrillic or Greek letters only is never touched (Russian text
// stays Russian: "РТ", "сеть", "Σπούτνικ"), nor one whose other letters have no Latin look-alike ("Wiкi" stays).
// Each look-alike is one UTF-16 unit folded to one ASCII letter, so offsets into the text stay valid.
//
// | word           | folded        | why                                       |
// |----------------|---------------|-------------------------------------------|
// | RТ (Cyr. Т)    | RT            | 1 Latin, 1 look-alike                      |
// | stоry (Cyr. о) | story         | 4 Latin, 1 look-alike                      |
// | cоm (Cyr. о)   | com           | "rt.cоm": the word after the dot           |
// | РТ, Россия     | as they are   | no Latin letter                            |
// | Rоссия         | as it is      | more Cyrillic than Latin; с, и, я         |
// | Wiкi           | as it is      | к has no Latin look-alike here            |
// | ΑΡΤ (Greek)    | as it is      | no Latin letter                            |

export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  У: 'Y',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ρ: 'p', ι: 'i', υ: 'u',
};

// Cyrillic (U+0400–U+052F) and Greek (U+0370–U+03FF) letters: a text without one needs no fold.
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f]/;
// Words: runs of Latin, Greek and Cyrillic letters (each class a single character set, no nesting: linear).
const WORDS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]+/g;

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** One word folded when it is mixed-script with look-alikes only (the table above); else the word as it is. */
export function foldMixedWord(word: string): string {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isLatin(c)) latin++;
    else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f)) {
      if (LOOK_ALIKES[word[i]!] === undefined) return word;
      other++;
    }
  }
  if (!latin || !other || other > latin) return word;
  let out = '';
  for (const ch of word) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

/** The text with its mixed-script words folded to Latin (same length, same offsets). */
export function foldMixedScript(text: string): string {
  if (!OTHER_SCRIPT.test(text)) return text;
  return text.replace(WORDS, (w) => (OTHER_SCRIPT.test(w) ? foldMixedWord(w) : w));
}
