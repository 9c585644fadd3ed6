// The most a page's facts may hold: extraction stops reading there (src/extract/limits.ts), and the content script
// cuts its stand-in for an oversized page to the same caps (src/content/markup.ts).
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

/**
 * The most markup the content script sends and the background accepts (src/content/markup.ts, src/background/accept.ts),
 * and the elements linkedom is given to parse (src/extract/nesting.ts): a bigger page is sent as a stand-in.
 */
export const MARKUP_CAPS = { elements: 50_000, chars: 8 * 1024 * 1024 } as const;
