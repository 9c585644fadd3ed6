/*
 * boilerplate: the outlet's own page boilerplate in the article's paragraphs: share/follow footers, newsletter and
 * Telegram promos, copyright and contact lines, taglines, section labels, as the outlet writes them or as machine
 * translation renders them ("You can share this story on social media:" → "Sie können diese Geschichte in den
 * sozialen Medien teilen:", "Follow RT on" → "Folgen Sie RT weiter"). A republisher that copies the article body
 * copies these lines with it. Data: src/data/boilerplate.json; matching rules (normalisation, whole phrases,
 * anchors, where it looks, budget): src/core/boilerplate/match.ts.
 *
 * One signal per distinct matched boilerplate string (an original and its renderings count as one string), so
 * a footer repeated in three languages is one piece of evidence, and two different footer lines are two (which
 * still add up with diminishing returns: boilerplate alone never reaches the republication threshold).
 * Only strings judged `specific` count: "Show comments", "This website uses cookies", "Top stories", "READ MORE:",
 * "Mehr zum Thema", bare brand names ("RT DE", "© Sputnik") never fire (each judgement is written in the data).
 * Not on a site of the outlet's own network (as title-suffix and attribution-line): the address decides there.
 * A title suffix ("… – RT World News") counts only in a paragraph that does not repeat the page's title or
 * headline: in the title it is title-suffix's evidence, and one string must not count twice.
 *
 * | paragraphs on the page                                                        | fires (outlet)          |
 * |-------------------------------------------------------------------------------|-------------------------|
 * | en: "You can share this story on social media:"                               | yes (rt)                |
 * | en: "Follow RT on" / "“Follow RT on”" / "FOLLOW  RT ON:" (a line of its own)  | yes (rt)                |
 * | en: "Follow RT on Telegram VK X" (icons' names after it)                      | yes (rt)                |
 * | de: "Sie können diese Geschichte in den sozialen Medien teilen:"              | yes (rt)                |
 * | de: "Folgen Sie RT weiter" / "Folgen Sie RT auf"                              | yes (rt)                |
 * | fr: "Vous pouvez partager cette histoire sur les réseaux sociaux :"           | yes (rt)                |
 * | ru: "Вы можете поделиться этой историей в социальных сетях:"                  | yes (rt)                |
 * | zh: "您可以在社交媒体上分享这个故事："                                         | yes (rt)                |
 * | ar: "تابعوا RT على" (RT Arabic's own line)                                     | yes (rt-arabic)         |
 * | en: "© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2019. All rights reserved." | yes (rt)       |
 * | de: "… zurück – RT Welt-Nachrichten" (a headline line carried into the body)  | yes (rt)                |
 * | de: the same line when it repeats the page title (title-suffix counts it)     | no                      |
 * | es: "El canal internacional de noticias en español más visto en el mundo"     | yes (rt-espanol)        |
 * | en: "Let's stay in touch no matter what! Follow our Telegram channel to get all the latest news:" | yes (sputnik) |
 * | de: share line + follow line on one page                                      | yes, two signals        |
 * | de: the share line twice                                                      | yes, one signal         |
 * | en: "Users who follow RT on Telegram saw the clip first." (prose)             | no                      |
 * | en: "You can share this story" (without "on social media")                    | no                      |
 * | en: "Share this story on social media" (generic share prompt)                 | no                      |
 * | de: "Teilen Sie diesen Artikel in den sozialen Medien" (generic)              | no                      |
 * | en: "Show comments" / "This website uses cookies" / "Top stories" (generic)   | no                      |
 * | de: "Mehr zum Thema" (used by German sites in general)                        | no                      |
 * | en: "RT DE reported that …" (a brand mention)                                 | no                      |
 * | en: "The art of questioning more is lost." / "Question more of them." (prose)  | no                      |
 * | en: "RT World News reported on Monday that …" (not at a line's end)           | no                      |
 * | en: "the autonomous nonprofit organization TV-Novosti, which runs RT, said …" | no                      |
 * | en: "Follow RT on" on www.rt.com itself, or de.rt.com (same network)          | no                      |
 */
import type { BoilerplateMatch } from '../boilerplate/data';
import { boilerplateMatches, onOutletNetworkSite } from '../boilerplate/page';
import { normalizeText } from '../boilerplate/tokens';
import type { Finding, SignalContext } from './context';

/** Title-suffix strings ("… – RT World News") in a paragraph that repeats the page's title or headline: that is
 * title-suffix's evidence already, and one string must not count twice. */
function repeatsTitle(ctx: SignalContext, m: BoilerplateMatch): boolean {
  if (m.kind !== 'title-suffix') return false;
  const needle = ` ${normalizeText(m.pageText)} `;
  return [ctx.facts.title, ctx.facts.headline].some((t) => !!t && ` ${normalizeText(t)} `.includes(needle));
}

export function detect(ctx: SignalContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const m of boilerplateMatches(ctx)) {
    const key = `${m.outlet}\u0001${m.original}`;
    if (seen.has(key) || onOutletNetworkSite(ctx, m.outlet) || repeatsTitle(ctx, m)) continue;
    seen.add(key);
    out.push({ id: 'boilerplate', outlet: m.outlet, evidence: { text: m.pageText } });
  }
  return out;
}
