/*
 * mt-boilerplate: an outlet's boilerplate in a machine-translated rendering ("Folgen Sie RT weiter" for "Follow RT
 * on", "Sie können diese Geschichte in den sozialen Medien teilen:" for "You can share this story on social
 * media:"). Literal renderings of page furniture are what machine translation of a whole page produces; a human
 * translator or editor drops them. Same matcher and data as 'boilerplate' (src/core/boilerplate/), but only
 * RENDERINGS count, never an original: RT's English footer on an English page is not a translation marker.
 * One signal per distinct rendering matched; `from` is the original's language (e.g. "en"), so the verdict can
 * say what the text was translated from.
 *
 * Not on the outlet network's own site (RT Arabic's "تابعوا RT على" is its own wording, and an RT edition's
 * localised footer is written by the outlet), unless the page is seen through a translation proxy.
 *
 * | page                                                                          | fires (from)           |
 * |-------------------------------------------------------------------------------|------------------------|
 * | de: "Sie können diese Geschichte in den sozialen Medien teilen:"              | yes (en)               |
 * | de: "Folgen Sie RT weiter"                                                    | yes (en)               |
 * | de: both lines                                                                | yes, two signals       |
 * | fr: "Suivez RT sur"                                                           | yes (en)               |
 * | cs: "Tento příběh můžete sdílet na sociálních sítích:"                        | yes (en)               |
 * | uk: "Ви можете поділитися цією історією в соціальних мережах:"                | yes (en)               |
 * | ja: "…広告を撤回 - RTワールドニュース" (a headline line)                          | yes (en)               |
 * | he: "מקדונלד'ס … - חדשות RT העולמיות"                                          | yes (en)               |
 * | en: "The most watched international Spanish-language news channel in the world" | yes (es)             |
 * | de: rt.com article through translate.goog with "Folgen Sie RT auf"            | yes (en)               |
 * | en: "You can share this story on social media:" (the original)                | no                     |
 * | en: "Follow RT on" (the original)                                             | no                     |
 * | ar: "تابعوا RT على" (RT Arabic's own original)                                 | no                     |
 * | de: "Teilen Sie diesen Artikel" (generic)                                     | no                     |
 * | de: "Folgen Sie RT auf" on de.rt.com itself (the outlet's own wording)        | no                     |
 * | zh: <title> "…广告 - RT世界新闻" (the section suffix translated with the title)  | yes (en)               |
 * | en: <title> "… - RT World News" (the original suffix)                         | no                     |
 * | fr: "Vous pouvez partager cet article sur les réseaux sociaux" (generic)      | no                     |
 */
import { matchPage } from '../boilerplate/match';
import { boilerplateMatches, onOutletNetworkSite } from '../boilerplate/page';
import type { Finding, SignalContext } from './context';

/** The outlet network's own page as the outlet serves it: its localised boilerplate is its own, not MT. */
function outletsOwnWording(ctx: SignalContext, outlet: string): boolean {
  return ctx.site.wrapper?.kind !== 'google-translate' && onOutletNetworkSite(ctx, outlet);
}

export function detect(ctx: SignalContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // The title and headline too: a section suffix translated along with the title is a literal rendering.
  const titles = [ctx.facts.title, ctx.facts.headline].filter((t): t is string => !!t);
  for (const m of [...boilerplateMatches(ctx), ...matchPage(titles)]) {
    if (!m.translated || seen.has(m.pattern)) continue;
    if (outletsOwnWording(ctx, m.outlet)) continue;
    seen.add(m.pattern);
    out.push({ id: 'mt-boilerplate', outlet: m.outlet, from: m.originalLang, evidence: { text: m.pageText } });
  }
  return out;
}
