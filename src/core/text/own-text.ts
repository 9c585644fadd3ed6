/*
 * The page's own text: its paragraphs with what it quotes masked out. Quotation is mention: text inside <blockquote>
 * or <q> (extraction marks them, PageFacts.quoted), between quotation marks of any language (src/core/text/quotes.ts),
 * a claim introduced as the one being checked ("Claim:", "DISINFO:", src/core/text/claims.ts) or a fact-check's
 * ClaimReview claim never counts as the page's boilerplate, attribution line or machine-translation marker.
 *
 * Two rules keep a republisher from hiding behind quotation marks:
 *  - a quotation needs the page's own words around it: a paragraph that is one quotation from its first to its last
 *    letter (“Follow RT on” as a line of its own) is the paragraph, not a mention (blockquotes and claims excepted:
 *    the markup or the label says they are quoted);
 *  - a page whose article text is more than MOSTLY_QUOTED quoted is a copy in quotation marks: nothing is masked.
 *
 * Paragraph indexes are kept (a quoted paragraph becomes ""), and masked characters become spaces, so offsets,
 * first and last paragraphs and evidence text stay as they are on the page.
 */
import { claimParagraphs } from './claims';
import { lettersOutside, maskSpans, quotedSpans, type Span } from './quotes';
import type { SignalContext } from '../signals/context';

/** Above this share of the article's characters quoted, quoting is not mention. */
export const MOSTLY_QUOTED = 0.6;
/** Inline quotations (<q> texts, ClaimReview claims) looked for, and their shortest length. */
const MAX_PHRASES = 40;
const MIN_PHRASE = 8;
/** A quotation needs at least this many letters of the page's own around it in its paragraph. */
const OWN_LETTERS = 3;

export interface OwnText {
  /** The paragraphs (facts.paragraphs, else the lines of facts.text) with mentions masked; index for index. */
  paragraphs: string[];
  /** The same paragraphs with only the quoted paragraphs masked (""), quotation marks left as they are. */
  unquotedParagraphs: string[];
  /** The texts masked out (quoted paragraphs and quoted spans), to tell a line of facts.text that is one. */
  mentions: string[];
}

const memo = new WeakMap<SignalContext, OwnText>();

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function phraseSpans(p: string, phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const q of phrases) {
    const at = p.indexOf(q);
    if (at >= 0) out.push({ start: at, end: at + q.length });
  }
  return out;
}

/** The own text of the page in `ctx`, computed once per context. */
export function ownText(ctx: SignalContext): OwnText {
  const known = memo.get(ctx);
  if (known) return known;
  const { facts } = ctx;
  const base = facts.paragraphs.length ? facts.paragraphs : (facts.text ?? '').split('\n');
  const quotedIdx = new Set<number>([...(facts.quoted?.paragraphs ?? []), ...claimParagraphs(base)]);
  const phrases = [...(facts.quoted?.inline ?? []), ...(facts.jsonLd.claimReviews ?? [])]
    .map((q) => q.trim())
    .filter((q) => q.length >= MIN_PHRASE)
    .slice(0, MAX_PHRASES);
  let total = 0;
  let quoted = 0;
  const mentions: string[] = [];
  const whole = base.map((p, i) => (quotedIdx.has(i) ? '' : p));
  const masked = base.map((p, i) => {
    total += p.length;
    if (quotedIdx.has(i)) {
      quoted += p.length;
      if (p.trim()) mentions.push(p.trim());
      return '';
    }
    const marks = quotedSpans(p);
    const spans = merge([...(lettersOutside(p, marks) >= OWN_LETTERS ? marks : []), ...phraseSpans(p, phrases)]);
    for (const s of spans) {
      quoted += s.end - s.start;
      mentions.push(p.slice(s.start, s.end));
    }
    return maskSpans(p, spans);
  });
  const result = total > 0 && quoted / total > MOSTLY_QUOTED ? { paragraphs: [...base], unquotedParagraphs: [...base], mentions: [] } : { paragraphs: masked, unquotedParagraphs: whole, mentions };
  memo.set(ctx, result);
  return result;
}

/** True when `text` (a match found on the page) stands inside what the page quotes: in paragraph `paragraph`, the
 * match begins inside a quotation (a match that merely holds one, © … “TV-Novosti”, is the page's own). */
export function onlyQuoted(ctx: SignalContext, text: string, paragraph?: number): boolean {
  const own = ownText(ctx);
  const { facts } = ctx;
  if (paragraph !== undefined && paragraph >= 0) {
    const original = facts.paragraphs[paragraph] ?? '';
    const masked = own.paragraphs[paragraph] ?? '';
    const at = original.indexOf(text);
    if (at < 0) return false;
    return masked === '' || (masked[at] === ' ' && original[at] !== ' ');
  }
  return own.mentions.some((m) => m.includes(text)) && !own.paragraphs.some((p) => p.includes(text));
}
