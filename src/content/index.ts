// Content script: read the page, ask the background for a verdict, show the banner when it warns.
import { extractFacts } from '../extract/index';
import { detectLanguage } from '../platform/language';
import { reportFacts } from '../platform/messages';
import { showBanner } from './banner';

async function run(): Promise<void> {
  if (window.top !== window) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const facts = extractFacts(document, location.href);
  facts.detectedLanguage = await detectLanguage(facts.text);
  const verdict = await reportFacts(facts);
  if (verdict?.warn) showBanner(document, verdict);
}

run().catch(() => {
  // A page can make extraction fail in many ways; it must never see an error from us.
});
