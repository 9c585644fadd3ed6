// The boilerplate of one page, as the 'boilerplate' and 'mt-boilerplate' signals ask for it.
import type { BoilerplateMatch } from './data';
import { matchPage } from './match';
import { networkOf, outletById } from '../registry/index';
import type { SignalContext } from '../signals/context';
import { onlyQuoted } from '../text/own-text';

const memo = new WeakMap<SignalContext, BoilerplateMatch[]>();

/** The boilerplate found on the page of this context, computed once per context; none that the page only quotes
 * (quotation is mention: text/own-text.ts). */
export function boilerplateMatches(ctx: SignalContext): BoilerplateMatch[] {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const found = matchPage(ctx.facts.paragraphs ?? [], ctx.facts.text ?? '').filter(
    (m) => !onlyQuoted(ctx, m.pageText, m.source === 'paragraph' ? m.index : undefined),
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
