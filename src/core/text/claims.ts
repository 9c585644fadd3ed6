/*
 * Claim labels: the words with which fact-checks and disinformation databases introduce the claim they check
 * ("Claim:", "DISINFO:", "Behauptung:", "Affirmation :", "Утверждение:", "Fake:", "Falsch:", "Desinformation:",
 * "Summary of the disinformation"). What follows such a label is the claim being checked: mention, not the page's
 * own text. A label alone on its line (a heading "SUMMARY", "Claim") introduces the paragraphs after it, up to a
 * label of the answer ("DISPROOF", "Verdict", "Faktencheck" …) and at most CLAIM_RUN of them; "Summary" alone counts
 * only on a page that also has a disproof label (EUvsDisinfo's "SUMMARY" / "DISPROOF").
 *
 * | paragraph(s)                                                   | claim paragraphs |
 * |----------------------------------------------------------------|------------------|
 * | "Claim: The EU will ban heating above 19°C."                   | it               |
 * | "DISINFO: Ukraine prepares a provocation"                      | it               |
 * | "Affirmation : l'UE interdit le chauffage"                     | it               |
 * | "Утверждение: ЕС запрещает отопление"                          | it               |
 * | "SUMMARY" / "text" / "DISPROOF" / "text"                        | the first text   |
 * | "Summary" / "text" (no disproof label on the page)             | none             |
 * | "The claim is false, the ministry said."                       | none             |
 */

const LABELS = String.raw`claim|claims|disinfo|disinformation|desinformation|désinformation|behauptung|affirmation|allégation|утверждение|дезинформация|fake|falsch|summary of the disinformation`;
export const END_LABELS = String.raw`disproof|verdict|our verdict|rating|the facts|fact check|faktencheck|fakten|bewertung|richtig ist|réfutation|verdict final|опровержение|факты|вердикт`;

/** "Label: …" at a paragraph's (or title's) start. */
export const CLAIM_LABEL = new RegExp(`^\\s*(?:${LABELS})\\s*[:：]`, 'iu');
// Tested on trimmed text: "\s*[:：]?\s*$" would be quadratic on a run of white space.
const LABEL_ALONE = new RegExp(`^(?:${LABELS}|summary)(?:\\s?[:：])?$`, 'iu');
const END_LABEL = new RegExp(`^\\s*(?:${END_LABELS})(?![\\p{L}])`, 'iu');
const SUMMARY_ALONE = /^summary(?:\s?[:：])?$/iu;
/** A label on its own introduces at most this many paragraphs. */
export const CLAIM_RUN = 3;

/** Indexes of the paragraphs that state a claim being checked. */
export function claimParagraphs(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  const disproof = paragraphs.some((p) => p.length <= 60 && END_LABEL.test(p));
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.length > 60 || !LABEL_ALONE.test(p.trim())) {
      if (CLAIM_LABEL.test(p)) out.add(i);
      continue;
    }
    if (SUMMARY_ALONE.test(p.trim()) && !disproof) continue;
    out.add(i);
    for (let j = i + 1; j < paragraphs.length && j <= i + CLAIM_RUN; j++) {
      const q = paragraphs[j]!;
      if ((q.length <= 60 && END_LABEL.test(q)) || (q.length <= 60 && LABEL_ALONE.test(q.trim()))) break;
      out.add(j);
    }
  }
  return out;
}

/** A title or headline introduced as a claim being checked ("DISINFO: …", "Fake: …"): the page is a fact-check. */
export function isClaimTitle(title: string | null | undefined): boolean {
  return !!title && CLAIM_LABEL.test(title);
}
