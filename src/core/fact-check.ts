// A fact-check page: ClaimReview markup (JSON-LD @type ClaimReview) or a title introduced as the claim being checked
// ("DISINFO: …", as in disinformation databases such as EUvsDisinfo). Its subject is another outlet's claim: it
// cites that outlet, it never carries its article (score.ts, design comment 5).
import { isClaimTitle } from './text/claims';
import type { PageFacts } from './types';

export function isFactCheck(facts: PageFacts): boolean {
  return (facts.jsonLd.claimReviews?.length ?? 0) > 0 || isClaimTitle(facts.title) || isClaimTitle(facts.headline);
}
