// The boilerplate table: strings state outlets put on their own pages, with their machine-translation renderings
// (src/data/boilerplate.json, see LICENSES-boilerplate.md), and what a match of one reports. Rules: match.ts.
import rawData from '../../data/boilerplate.json';

export type Anchor = 'phrase' | 'line' | 'exact' | 'end';

export interface Rendering {
  lang: string;
  text: string;
  kind: 'machine-translation';
}

export interface BoilerplateEntry {
  outlet: string;
  lang: string;
  string: string;
  where: string;
  kind: string;
  source: string;
  confidence: string;
  specific: boolean;
  /** Why the string is (not) specific enough to count, and any caveat. */
  judgement: string;
  anchor?: Anchor;
  maxExtra?: number;
  /** false when machine translation leaves the string as it is or its translations are too generic to count. */
  translate?: boolean;
  renderings?: Rendering[];
}

export interface BoilerplateData {
  entries: BoilerplateEntry[];
}

export const BOILERPLATE: BoilerplateData = rawData as unknown as BoilerplateData;

export interface BoilerplateMatch {
  /** Outlet id of the entry (e.g. "rt", "rt-espanol", "sputnik"). */
  outlet: string;
  /** The entry's original string as the registry has it ("You can share this story on social media:"). */
  original: string;
  /** Language of the original ("en"). */
  originalLang: string;
  /** The entry's kind in the registry ("boilerplate", "title-suffix", "slogan" …). */
  kind: string;
  /** The pattern that matched: the original or one of its renderings. */
  pattern: string;
  /** Language of the pattern ("de" for a German rendering, the original's language otherwise). */
  lang: string;
  /** True when the pattern is a machine-translation rendering, not the original. */
  translated: boolean;
  /** The matched text exactly as it stands on the page. */
  pageText: string;
  /** Where it was found: a paragraph (with its index) or a line of facts.text. */
  source: 'paragraph' | 'text';
  index: number;
}
