// The boilerplate of one page, as the 'boilerplate' and 'mt-boilerplate' signals ask for it.
import type { BoilerplateMatch } from './data';
import { matchPage } from './match';
import { networkOf, outletById } from '../registry/index';
import type { SignalContext } from '../signals/context';
import { onlyQuoted } from '../text/own-text';

const memo = new WeakMap<SignalContext, BoilerplateMatch[]>();

/*
 * Page furniture closing a quotation is no mention. An outlet's share/follow line (a match of kind "boilerplate",
 * "You can share this story on social media:") that is a paragraph of its own at the end of a blockquote — its last
 * paragraph, or the one before a last short line ("Source: RT") — after a story (500 characters of quoted paragraphs
 * before it in the same quotation) counts although it is quoted: an honest quotation
 * quotes what the outlet wrote, never the outlet's share buttons; a copy pasted whole into a blockquote brings them.
 * Adversarial: own-en-blockquote-padded-rt-copy (the RT story, share line and "Source: RT" in one blockquote,
 * padded with the site's own appeals so under MOSTLY_QUOTED is quoted). Honest pages keep their quotations
 * masked: own-en-mediacrit-rt-footer and own-ru-critique-rt-boilerplate quote RT's footer inside their own
 * sentences, in quotation marks, no blockquote; own-de-presseschau-sputnik-blockquote and
 * own-en-factcheck-claimreview-sputnik-dateline quote Sputnik's prose (a dateline, "Quelle: Sputnik" inside a
 * sentence), no share line.
 *
 * | quoted paragraphs (one blockquote)                        | share line counts |
 * |-----------------------------------------------------------|-------------------|
 * | story …, "You can share this story on social media:"      | yes (last)        |
 * | "You can share this story on social media:" alone (a sample of RT's footer) | no (no story before it) |
 * | one short quoted paragraph, share line                    | no (under 500 characters before it) |
 * | story …, share line, "Source: RT"                         | yes (before a short last line) |
 * | share line, story …                                       | no (not at the end) |
 * | story …, share line, two more lines                       | no                |
 * | "… you can share this story on social media: …" in a long quoted paragraph | no (not a line of its own) |
 * | “You can share this story on social media” in the page's own sentence | no (no blockquote) |
 */
/** The line after the furniture may still close the quotation when it is at most this long ("Source: RT"). */
const TAIL_LINE = 80;
/** The furniture is a paragraph of its own: at most this many characters besides the match. */
const LINE_SLACK = 12;

/** The quotation holds a story before the furniture: at least this many characters of quoted paragraphs. */
const STORY = 500;
/** Quoted paragraphs looked at before the furniture. */
const STORY_SEARCH = 200;

/** True when paragraph `i`, quoted in the markup, closes a quoted story: the last of its quotation or before its short
 * last line, after STORY characters of quoted paragraphs. */
function closesQuotation(ctx: SignalContext, i: number): boolean {
  const quoted = new Set(ctx.facts.quoted?.paragraphs ?? []);
  if (!quoted.has(i)) return false;
  const last = !quoted.has(i + 1) || (!quoted.has(i + 2) && (ctx.facts.paragraphs[i + 1] ?? '').trim().length <= TAIL_LINE);
  if (!last) return false;
  let chars = 0;
  for (let j = i - 1; j >= 0 && j >= i - STORY_SEARCH && quoted.has(j) && chars < STORY; j--) chars += (ctx.facts.paragraphs[j] ?? '').trim().length;
  return chars >= STORY;
}

/** A share/follow line of an outlet as its own paragraph closing a blockquote (the table above). */
export function furnitureClosingQuote(ctx: SignalContext, m: BoilerplateMatch): boolean {
  if (m.kind !== 'boilerplate' || m.source !== 'paragraph') return false;
  const p = (ctx.facts.paragraphs[m.index] ?? '').trim();
  return p.length <= m.pageText.trim().length + LINE_SLACK && closesQuotation(ctx, m.index);
}

/** The boilerplate found on the page of this context, computed once per context; none that the page only quotes
 * (quotation is mention: text/own-text.ts), save an outlet's share line closing a blockquote (above). */
export function boilerplateMatches(ctx: SignalContext): BoilerplateMatch[] {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const found = matchPage(ctx.facts.paragraphs ?? [], ctx.facts.text ?? '').filter(
    (m) => furnitureClosingQuote(ctx, m) || !onlyQuoted(ctx, m.pageText, m.source === 'paragraph' ? m.index : undefined),
  );
  memo.set(ctx, found);
  return found;
}

/** True when the page is on a site of the outlet's own network (the address decides there). */
export function onOutletNetworkSite(ctx: SignalContext, outlet: string): boolean {
  if (!ctx.siteOutlet) return false;
  const o = outletById(outlet);
  return ctx.siteOutlet.network.id === (o ? networkOf(o).id : outlet);
}
