// How much of a page extraction reads at most: a page is hostile input and must not make us slow.
export const LIMITS = {
  textChars: 200_000,
  paragraphs: 2_000,
  paragraphChars: 5_000,
  links: 5_000,
  media: 500,
  captions: 50,
  captionChars: 300,
  jsonLdBlocks: 20,
  jsonLdChars: 200_000,
  attrChars: 2_000,
};

export function clip(s: string | null | undefined, max: number = LIMITS.attrChars): string {
  if (!s) return '';
  return s.length > max ? s.slice(0, max) : s;
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string | null | undefined, max: number = LIMITS.attrChars): string {
  return clip(s, max * 2).replace(/\s+/g, ' ').trim().slice(0, max);
}
