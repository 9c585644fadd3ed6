/*
 * outlet-link: an ordinary link inside the article to a registered state outlet, with descriptive anchor text
 * ("La versione di Mosca", "said in a statement", "Tass"): the page cites the outlet, honestly, as one source
 * among others. Links the page presents as its source are source-link instead and are skipped here. Only
 * in-article links; the page's own outlet and public-media outlets are skipped. One signal per distinct outlet
 * (evidence: the first link's text and address).
 *
 * | case                                                                           | fires |
 * |--------------------------------------------------------------------------------|-------|
 * | it: "Tass" inline ("Dalla Tass si apprendeva …") → tass.com                    | yes   |
 * | en: "said in a statement" → tass.com                                           | yes   |
 * | en: "according to reports" → rt.com                                            | yes   |
 * | de: "berichtete das Staatsfernsehen" → de.rt.com (outlet rt-de)                | yes   |
 * | fr: "selon l'agence" → sputnikglobe.com                                        | yes   |
 * | es: "informó la agencia" → spanish.xinhuanet.com                               | yes   |
 * | pl: "podała agencja" → ria.ru                                                  | yes   |
 * | zh: "报道" → globaltimes.cn                                                     | yes   |
 * | two links to tass.com and one to ria.ru → two signals (one per outlet)         | yes ×2 |
 * | "Quelllink" → rt.com (that is source-link)                                     | no    |
 * | "Source: <a>TASS</a>" (that is source-link)                                    | no    |
 * | link to tass.com in the site's navigation (not in the article)                 | no    |
 * | link to reuters.com                                                            | no    |
 * | link to breitbart.com ("ends in rt.com")                                       | no    |
 * | link to bbc.com (public media)                                                 | no    |
 * | link to rt.com on rt.com itself                                                | no    |
 * | mailto: / javascript: link mentioning rt.com                                   | no    |
 * | link text "RT" pointing to twitter.com                                         | no    |
 */
import type { Finding, SignalContext } from './context';
import { sourceLinks, stateOutletOf } from './source-link';

/** Distinct outlets reported at most (a page is hostile input; each further one adds nothing to the verdict). */
const MAX_SIGNALS = 20;

export function detect(ctx: SignalContext): Finding[] {
  const sources = new Set(sourceLinks(ctx).map((s) => s.index));
  const out: Finding[] = [];
  const seen = new Set<string>();
  ctx.facts.links.forEach((link, index) => {
    if (!link.inArticle || sources.has(index) || out.length >= MAX_SIGNALS) return;
    const m = stateOutletOf(ctx, link.href);
    if (!m || seen.has(m.outlet.id)) return;
    seen.add(m.outlet.id);
    out.push({
      id: 'outlet-link',
      outlet: m.outlet.id,
      evidence: { text: link.text, url: link.href, ...(link.selector ? { selector: link.selector } : {}) },
    });
  });
  return out;
}
