// Language identification in the browser: the browser's own detector (CLD in Chrome and Firefox), nothing bundled.
import { browser } from './browser';

const SAMPLE_CHARS = 4_000;

export async function detectLanguage(text: string): Promise<{ lang: string; confidence: number } | null> {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.trim().length < 40) return null;
  try {
    const result = await browser.i18n.detectLanguage(sample);
    const top = result.languages?.[0];
    if (!top || top.language === 'und') return null;
    return { lang: top.language, confidence: result.isReliable ? top.percentage / 100 : Math.min(0.49, top.percentage / 100) };
  } catch {
    return null;
  }
}
