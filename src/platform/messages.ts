// The one typed channel between the extension's contexts. Payloads are validated where they are received.
import type { PageFacts, Verdict } from '../core/types';
import { browser } from './browser';

export type Message = { type: 'page-facts'; facts: PageFacts };

export async function reportFacts(facts: PageFacts): Promise<Verdict | null> {
  const message: Message = { type: 'page-facts', facts };
  const reply = (await browser.runtime.sendMessage(message)) as Verdict | null | undefined;
  return reply ?? null;
}
