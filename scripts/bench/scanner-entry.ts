// Bench-only entry (bundled by scripts/bench/scanner.mjs into .tmp/): the scanner's own steps, timed one by one,
// beside the baseline the issue compares it with (parsing the page plus Readability.parse() in the same Node DOM).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/core/analyze';
import { decodeHtml } from '../../src/cli/decode';
import { detectLanguageNode } from '../../src/cli/language';
import { linksToOutlets, scanHtml } from '../../src/cli/scan-page';
import { READABILITY_OPTIONS } from '../../src/extract/article';
import { extractFacts } from '../../src/extract/index';

export { scanHtml };


/** Baseline: decode + parse + Readability.parse() on the parsed document (no clone, nothing else). */
export function baseline(bytes: Uint8Array, file: string): { parse: number; readability: number } {
  const t0 = performance.now();
  const { document } = parseHTML(decodeHtml(bytes, file));
  const t1 = performance.now();
  try {
    new Readability(document as unknown as Document, READABILITY_OPTIONS as never).parse();
  } catch {
    /* as article.ts: a page can break Readability */
  }
  return { parse: t1 - t0, readability: performance.now() - t1 };
}

/** scanHtml's steps, timed apart (the same calls as src/cli/scan-page.ts). */
export function phases(bytes: Uint8Array, url: string, file: string): Record<string, number> {
  const t0 = performance.now();
  const html = decodeHtml(bytes, file);
  const parse = () => parseHTML(html).document as unknown as Document;
  const document = parse();
  const t1 = performance.now();
  const facts = extractFacts(document, url, parse, linksToOutlets());
  const t2 = performance.now();
  facts.detectedLanguage = detectLanguageNode(facts.text);
  const t3 = performance.now();
  analyze(facts);
  const t4 = performance.now();
  return { parse: t1 - t0, extract: t2 - t1, language: t3 - t2, analyze: t4 - t3 };
}
