// The list of signals, in the order they run. Each file exports detect(ctx) → Signal[] and has a table test
// beside it (<id>.test.ts) listing the cases it fires and does not fire on. The id equals the file name.
import type { Signal } from '../types';
import { detect as attributionLine } from './attribution-line';
import { detect as boilerplate } from './boilerplate';
import { detect as canonical } from './canonical';
import type { SignalContext } from './context';
import { detect as mediaHost } from './media-host';
import { detect as mtBoilerplate } from './mt-boilerplate';
import { detect as mtBrokenQuotes } from './mt-broken-quotes';
import { detect as mtDomResidue } from './mt-dom-residue';
import { detect as mtForeignFragment } from './mt-foreign-fragment';
import { detect as mtLanguageMismatch } from './mt-language-mismatch';
import { detect as outletCredit } from './outlet-credit';
import { detect as outletLink } from './outlet-link';
import { detect as siteName } from './site-name';
import { detect as sourceLink } from './source-link';
import { detect as titleSuffix } from './title-suffix';

export type Detector = (ctx: SignalContext) => Signal[];

export const SIGNALS: { id: string; detect: Detector }[] = [
  // where the article comes from
  { id: 'canonical', detect: canonical },
  { id: 'site-name', detect: siteName },
  { id: 'title-suffix', detect: titleSuffix },
  { id: 'source-link', detect: sourceLink },
  { id: 'attribution-line', detect: attributionLine },
  { id: 'boilerplate', detect: boilerplate },
  { id: 'media-host', detect: mediaHost },
  // references that do not make the article the outlet's
  { id: 'outlet-link', detect: outletLink },
  { id: 'outlet-credit', detect: outletCredit },
  // machine translation
  { id: 'mt-dom-residue', detect: mtDomResidue },
  { id: 'mt-foreign-fragment', detect: mtForeignFragment },
  { id: 'mt-broken-quotes', detect: mtBrokenQuotes },
  { id: 'mt-language-mismatch', detect: mtLanguageMismatch },
  { id: 'mt-boilerplate', detect: mtBoilerplate },
];

/** Runs every signal; one that fails on a hostile page is skipped, never fatal. */
export function runSignals(ctx: SignalContext): Signal[] {
  const out: Signal[] = [];
  for (const s of SIGNALS) {
    try {
      for (const found of s.detect(ctx)) out.push(found);
    } catch {
      // A page is hostile input: a detector that trips over it contributes nothing.
    }
  }
  return out;
}
