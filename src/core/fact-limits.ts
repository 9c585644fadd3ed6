// The most a page's facts may hold: extraction stops reading there (src/extract/limits.ts), and the background's
// schema cuts any message to the same caps (src/core/facts-schema.ts). One table, so the two cannot drift apart.
export const FACT_CAPS = {
  textChars: 200_000,
  paragraphs: 2_000,
  paragraphChars: 5_000,
  links: 5_000,
  media: 500,
  captions: 50,
  captionChars: 300,
  attrChars: 2_000,
} as const;
