/*
 * media-host: the article's images, video or audio are served from an outlet's own hosts (hotlinked by a
 * scraper that copied the article). Weak on its own: newsrooms also embed agency photos.
 *
 * | case                                                                 | fires |
 * |----------------------------------------------------------------------|-------|
 * | <img src="https://cdni.rt.com/files/2024.01/article/x.jpg">          | yes   |
 * | og:image on cdn1.img.sputnikglobe.com                                | yes   |
 * | two RT images: one signal per outlet                                 | once  |
 * | video src on ruptly.tv (edition of RT's network)                     | yes   |
 * | images on the page's own host                                        | no    |
 * | image on i.guim.co.uk / upload.wikimedia.org                         | no    |
 * | image on art.com ("ends in rt.com")                                  | no    |
 * | the page is on rt.com itself                                         | no    |
 */
import type { Finding, SignalContext } from './context';

export function detect(ctx: SignalContext): Finding[] {
  if (ctx.siteOutlet) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const url of ctx.facts.media) {
    const match = ctx.outletOfUrl(url);
    if (!match || seen.has(match.outlet.id)) continue;
    seen.add(match.outlet.id);
    out.push({ id: 'media-host', outlet: match.outlet.id, evidence: { url, text: new URL(url).hostname } });
  }
  return out;
}
