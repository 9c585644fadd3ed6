// The one typed channel between the content script and the background: each request type names its reply type, so
// neither side casts. Payloads are validated where they are received (background/accept.ts). The content script
// reads a digest of the page; the background decides whether the page needs more (the gate), analyses the page's
// markup when it does, and answers with the banner already worded, so the page's main thread only reads and draws.
import type { PageDigest } from '../core/gate/digest';
import type { ServedPage } from '../core/types';
import type { BannerModel } from '../wording/banner-model';
import type { FeedPlatform } from '../core/feed-platforms';
import type { ChipFilter, ChipsReply } from '../wording/chips';
import type { MarkerTitles } from '../wording/markers';

export type { ChipFilter, ChipsReply, MarkerTitles };

export interface GateReply {
  /** The gate opened: send the page's markup. */
  open: boolean;
  /** Null when markers are off (setting) or not shown on this site (a warned outlet's own). */
  markers: MarkerTitles | null;
}

export interface PageReply {
  banner: BannerModel | null;
  /** The background's own time for this page (parse, extraction, language, analysis), for the benchmark. */
  ms: number;
}

export interface RefreshReply {
  banner: BannerModel | null;
  markers: MarkerTitles | null;
}

/**
 * Request type → its payload and its reply. `token`: which analysis of which document a digest or markup belongs to
 * ("<document id>:<run>"). The background saves a page's verdict only while its token is the tab's latest, so a slow
 * analysis of the page before cannot overwrite the verdict of the page the tab shows now.
 */
export interface Protocol {
  digest: { request: { token: string; digest: PageDigest }; reply: GateReply };
  /**
   * The page's serialised DOM (or, for a page too big to serialise, a stand-in: content/markup.ts), and the page as
   * served (its <html lang> and translation residue at the content script's first run: content/digest.ts servedPage).
   */
  page: { request: { token: string; url: string; markup: string; served?: ServedPage }; reply: PageReply };
  /** After a settings change: the banner and markers for the verdict already stored for this tab. */
  refresh: { request: { url: string; hosts: string[] }; reply: RefreshReply };
  /** Hosts of links the page added later. */
  markers: { request: { url: string; hosts: string[] }; reply: MarkerTitles | null };
  /**
   * Chips on a platform page (content/feed.ts): account keys ("x:@rt_com") and link hosts of the posts read, never
   * their text. Also from an embedded post's frame (core/feed-platforms.ts EMBED_HOSTS).
   */
  chips: { request: { url: string; platform: FeedPlatform; accounts: string[]; hosts: string[] }; reply: ChipsReply | null };
  /** Once per platform page: which keys could get a chip at all (wording/chips.ts chipFilter), so that only those are asked about. */
  'chip-filter': { request: { url: string; platform: FeedPlatform }; reply: ChipFilter | null };
  dismiss: { request: { url: string }; reply: null };
  'never-on-site': { request: { url: string }; reply: null };
}

export type RequestType = keyof Protocol;

/** A message of one request type (or, without the parameter, of any). */
export type Message<T extends RequestType = RequestType> = { [K in T]: { type: K } & Protocol[K]['request'] }[T];

export type Reply<T extends RequestType> = Protocol[T]['reply'];
