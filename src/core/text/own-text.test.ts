import { context } from '../test-kit';
import { ownText } from './own-text';
import type { PageFacts } from '../types';

const OWN = 'Moscow has not ruled out a meeting between the two ministers, the Kremlin said on Monday, and the talks would cover security.';

// [case, facts, expected own paragraphs]
const ROWS: [string, Partial<PageFacts>, string[]][] = [
  ['a <blockquote> paragraph becomes ""', { paragraphs: [OWN, 'MOSCOW (Sputnik) - quoted.', OWN], quoted: { paragraphs: [1], inline: [] } }, [OWN, '', OWN]],
  ['an inline quotation is masked', { paragraphs: [OWN, 'RT ends with “Follow RT on”.'] }, [OWN, 'RT ends with               .']],
  ['a paragraph that is one quotation stays (no own words around it)', { paragraphs: [OWN, '“Follow RT on”'] }, [OWN, '“Follow RT on”']],
  ['an inline <q> text is masked', { paragraphs: [OWN, 'It read Follow RT on and stopped.'], quoted: { paragraphs: [], inline: ['Follow RT on'] } }, [OWN, 'It read              and stopped.']],
  ['a "Claim:" paragraph becomes ""', { paragraphs: ['Claim: Source: RT says so.', OWN] }, ['', OWN]],
  ['a ClaimReview claim is masked', { paragraphs: [OWN, 'They wrote that the EU bans heating, which is false.'], jsonLd: { publishers: [], authors: [], urls: [], claimReviews: ['the EU bans heating'] } }, [OWN, 'They wrote that                    , which is false.']],
  ['a page more than 60 % quoted: nothing masked', { paragraphs: ['Worth reading:', OWN, OWN], quoted: { paragraphs: [1, 2], inline: [] } }, ['Worth reading:', OWN, OWN]],
];

describe('ownText', () => {
  it.each(ROWS)('%s', (_, f, want) => {
    expect(ownText(context(f)).paragraphs).toEqual(want);
  });
});
