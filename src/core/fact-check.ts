/*
 * A fact-check page: one that shows itself as one. Its subject is another outlet's claim: it cites that outlet, it
 * never carries its article (score.ts, design comment 6). Markup alone is not enough: an invisible ClaimReview
 * JSON-LD block or a "Claim:" <title> costs a copier nothing and would override every copying mark (the issue 12
 * adversary own-en-hidden-claimreview-rt-copy). So it counts as a fact-check when
 *
 * - a ClaimReview's claim is on the page: its claimReviewed (normalised: letters and digits in lower case, one space
 *   between runs; its first CLAIM_KEY characters, at least MIN_CLAIM) appears in the page's visible text (article
 *   text, paragraphs, headline), or its rating in words appears as a verdict there ("Verdict: False", "Rating
 *   False", or a line that is the rating alone);
 * - or the headline (h1) is introduced as the claim being checked ("DISINFO: …", as in disinformation databases
 *   such as EUvsDisinfo), or one of the article's first CLAIM_LINES paragraphs is (text/claims.ts: "Claim: …",
 *   a "SUMMARY" heading before a "DISPROOF" one). The <title> alone does not count: nobody reads it as a claim.
 *
 * | page                                                                                  | fact-check |
 * |---------------------------------------------------------------------------------------|------------|
 * | ClaimReview "The EU will ban heating…" and a claim box "Claim The EU will ban heating…" | yes        |
 * | ClaimReview rated "False", claim paraphrased on the page, "Verdict: False." at the end | yes        |
 * | ClaimReview rated "Mostly false", the rating alone on a line (a badge)                 | yes        |
 * | the claim in other case and punctuation ("the EU WILL ban heating — … 19 °C …")        | yes        |
 * | "SUMMARY" / claim / "DISPROOF" at the article's start                                 | yes        |
 * | h1 "DISINFO: NATO is preparing an attack on Transnistria"                             | yes        |
 * | first paragraph "Claim: Polish troops are massing on the border."                      | yes        |
 * | ClaimReview in <head>, neither its claim nor its rating anywhere in the text          | no         |
 * | ClaimReview rated "False", "false" only inside a sentence ("a false dilemma")         | no         |
 * | ClaimReview whose claim is "" or shorter than MIN_CLAIM, no rating shown              | no         |
 * | <title> "Claim: the West's sanctions failed | Site", an ordinary h1 and article        | no         |
 * | "Claim: …" as the eighth paragraph of an ordinary article                             | no         |
 */
import { END_LABELS, claimParagraphs, isClaimTitle } from './text/claims';
import type { PageFacts } from './types';

/** How many characters of a normalised claim are looked for in the text. */
export const CLAIM_KEY = 60;
/** A normalised claim shorter than this says too little to be found ("", "Russia"). */
export const MIN_CLAIM = 16;
/** How many paragraphs at the article's start may introduce its claim. */
export const CLAIM_LINES = 3;
/** The most text normalised and searched (facts.text is capped already; the paragraphs repeat it). */
const TEXT_BUDGET = 200_000;

/** Letters and digits in lower case, one space between runs (punctuation, quotes, format characters dropped). */
export function normalised(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The verdict labels of text/claims.ts, normalised as the text is ("our verdict", "richtig ist"). */
const VERDICT_LABELS = END_LABELS.split('|').map((l) => escape(normalised(l))).join('|');

/** The rating appears as a verdict: right after a verdict label ("verdict false"), or as a line of its own. */
function showsRating(rating: string, lines: readonly string[], text: string): boolean {
  const r = normalised(rating);
  if (!r || r.length > 60) return false;
  if (lines.includes(r)) return true;
  return new RegExp(`(?:^| )(?:${VERDICT_LABELS}) ${escape(r)}(?: |$)`, 'u').test(text);
}

function visibleClaimReview(facts: PageFacts): boolean {
  const claims = facts.jsonLd.claimReviews ?? [];
  if (!claims.length) return false;
  let left = TEXT_BUDGET;
  const lines: string[] = [];
  for (const p of [facts.headline ?? '', ...facts.paragraphs]) {
    if (left <= 0) break;
    left -= p.length;
    lines.push(normalised(p));
  }
  const text = `${lines.join(' | ')} | ${normalised(facts.text.slice(0, TEXT_BUDGET))}`;
  for (const claim of claims) {
    const key = normalised(claim).slice(0, CLAIM_KEY).trim();
    if (key.length >= MIN_CLAIM && text.includes(key)) return true;
  }
  return (facts.jsonLd.claimRatings ?? []).some((r) => showsRating(r, lines, text));
}

export function isFactCheck(facts: PageFacts): boolean {
  return isClaimTitle(facts.headline) || claimParagraphs(facts.paragraphs.slice(0, CLAIM_LINES)).size > 0 || visibleClaimReview(facts);
}
