/*
 * The words pages use to say where an article comes from, in many languages. Shared by source-link (anchor
 * texts such as "Quelllink", "Source", "Read the original") and attribution-line ("Quelle: RT DE",
 * "来源：新华社"). Not a signal.
 *
 * | text                                   | isSourceLabel | isSourceAnchor |
 * |----------------------------------------|---------------|----------------|
 * | "Quelle", "Source", "Fuente", "Źródło" | yes           | yes            |
 * | "Источник:", "来源", "출처"             | yes           | yes            |
 * | "Quelllink", "Source link"             | yes           | yes            |
 * | "Read the original", "Weiterlesen", "Lire la suite" | no | yes           |
 * | "Source: RT", "Read more at RT.com"    | no            | yes            |
 * | "Bildquelle" (photo credit), "Photo", "Foto" | no      | no             |
 * | "La versione di Mosca", "said in a statement", "according to reports" | no | no |
 * | "Sources say the talks failed", "RT"   | no            | no             |
 *
 * endsWithSourceLabel (the text before a link): yes for "Quelle: ", "Der Text. Source - ", "来源：",
 * "Read more at ", "Weiterlesen: ", "Source"; no for "Bildquelle: ", "The channel ", "according to ".
 * The words are data: src/data/source-words.json.
 */
import data from '../../data/source-words.json';

/** Labels that precede a source: "Quelle: …", "Source : …", "Источник: …", "来源：…". Lower-case, compared case-insensitively. */
export const SOURCE_LABELS: string[] = Object.values(data.labels as Record<string, string[]>).flat();

/** Anchor texts that send the reader on to the full article elsewhere (only meaningful as link text). */
export const READ_ON_PHRASES: string[] = data.readOn;

export function clean(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    // Leading, then trailing punctuation: as /^[…]+|[…]+$/gu, with the trailing run tried from its start only.
    .replace(/^[\s[(【（«"“„'‘>»→›·•*|-]+/u, '')
    .replace(/(?<![\s\])】）»"”'’:：.…>›→»·•*|-])[\s\])】）»"”'’:：.…>›→»·•*|-]+$/u, '')
    .trim();
}

const LABELS = new Set(SOURCE_LABELS.map(clean));
const READ_ON = new Set(READ_ON_PHRASES.map(clean));

/** The text is a source label on its own ("Quelle", "Source link", "Источник:", "来源"). */
export function isSourceLabel(text: string): boolean {
  return LABELS.has(clean(text));
}

/**
 * Anchor text that presents a link as the article's source: a label ("Quelllink", "Source", "Fuente"), a read-on
 * phrase ("Read the original", "Weiterlesen"), or a label or read-on phrase followed by a name or address
 * ("Source: RT", "Read more at RT.com", "Quelle – de.rt.com").
 */
export function isSourceAnchor(text: string): boolean {
  const c = clean(text);
  if (!c || c.length > 120) return false;
  if (LABELS.has(c) || READ_ON.has(c)) return true;
  // c is at most 120 characters: this pattern takes under 0.001 ms on the worst input recheck finds for it.
  const m = /^(.{1,40}?)\s*(?:[:：]|\s[-–—]\s|\s(?:at|on|auf|sur|en|su|em|в|на|bei|chez|in)\s)\s*(.{1,80})$/u.exec(c);
  if (!m) return false;
  const head = m[1]!.trim();
  return LABELS.has(head) || READ_ON.has(head) || READ_ON.has(`${head} ${/\s(at|on|auf|sur|en|su|em|в|на|bei|chez|in)\s/u.exec(c)?.[1] ?? ''}`.trim());
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Regex source for a source label followed by a colon at the start of a line: "Quelle:", "Source :", "来源：",
 * "[来源:". Not preceded by a letter, so "Bildquelle:" (a photo credit) does not match.
 */
export const SOURCE_LABEL_PREFIX = `(?<![\\p{L}\\p{N}])(?:${[...SOURCE_LABELS]
  .filter((l) => l !== 'original' && l !== 'via')
  .concat(['via'])
  .sort((a, b) => b.length - a.length)
  .map((l) => escape(l).replace(/ /g, '[\\s\\u00a0]+'))
  .join('|')})\\s*[:：]`;

const READ_ON_PREFIX = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...READ_ON_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map((l) => escape(l).replace(/ /g, '[\\s\\u00a0]+'))
    .join('|')})(?:[\\s\\u00a0]+(?:at|on|auf|sur|en|su|em|в|на|bei|chez|in))?\\s*[:：]?\\s*$`,
  'iu',
);
const LABEL_END = new RegExp(`${SOURCE_LABEL_PREFIX.replace(/\\s\*\[:：\]$/, '')}\\s*(?:[:：]|[-–—])\\s*$`, 'iu');

/**
 * The text (what stands before a link in its paragraph) ends with a source label or a read-on phrase:
 * "… Quelle: ", "Source - ", "来源：", "Read more at ", "Weiterlesen: ", or is nothing but a label ("Source").
 */
export function endsWithSourceLabel(text: string): boolean {
  const t = text.normalize('NFC');
  return isSourceLabel(t) || LABEL_END.test(t) || READ_ON_PREFIX.test(t);
}
