// Text preparation for the language signals: addresses, e-mail, handles, hashtags and code-like tokens are
// blanked (same length, so offsets still point into the page text).

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
