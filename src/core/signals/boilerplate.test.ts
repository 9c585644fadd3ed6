import { detect } from './boilerplate';
import { context } from '../test-kit';
import type { PageFacts } from '../types';

const BODY = ['Moscow has not ruled out a meeting between the two ministers, the Kremlin said on Monday.', 'The talks would cover security and trade, according to officials.', 'No date has been set.'];
/** A quoted story (over 500 characters) and the page's own longer text around it (under 60 % quoted). */
const STORY = [...BODY, 'Western officials said the exercise was intended as a warning to the countries that supply Ukraine with weapons and money.', 'The Kremlin has repeatedly warned that Western weapons deliveries risk a direct confrontation between Russia and NATO, a spokesman said.', 'The EU adopted its latest round of restrictions last month, targeting vessels of the so-called shadow fleet and a number of banks.'];
const OWN = [`Frontline Daily is an independent, reader-funded publication. ${'We do not take money from governments, parties or corporations. '.repeat(6)}`, `If you value this work, please consider supporting us. ${'Sharing this page with your friends and family helps us too. '.repeat(6)}`];
/** The article body followed by footer lines, as a republisher's page carries them. */
const tail = (...lines: string[]): Partial<PageFacts> => ({ paragraphs: [...BODY, ...lines] });

type Row = [string, Partial<PageFacts>, [string, string][]];

// [case, facts, expected signals as [outlet, evidence text]; [] = does not fire]
const ROWS: Row[] = [
  ['en: "You can share this story on social media:"', tail('You can share this story on social media:'), [['rt', 'You can share this story on social media']]],
  ['en: "“Follow RT on”" (curly quotes)', tail('“Follow RT on”'), [['rt', '“Follow RT on”']]],
  ['en: "FOLLOW  RT ON:" (case, double space, colon)', tail('FOLLOW  RT ON:'), [['rt', 'FOLLOW  RT ON']]],
  ['en: "Follow RT on Telegram VK X" (icon names)', tail('Follow RT on Telegram VK X'), [['rt', 'Follow RT on']]],
  ['de: seed share line', tail('Sie können diese Geschichte in den sozialen Medien teilen:'), [['rt', 'Sie können diese Geschichte in den sozialen Medien teilen']]],
  ['de: seed follow line "Folgen Sie RT weiter"', tail('Folgen Sie RT weiter'), [['rt', 'Folgen Sie RT weiter']]],
  ['de: "Folgen Sie RT auf"', tail('Folgen Sie RT auf'), [['rt', 'Folgen Sie RT auf']]],
  ['fr: share line with a space before the colon', tail('Vous pouvez partager cette histoire sur les réseaux sociaux :'), [['rt', 'Vous pouvez partager cette histoire sur les réseaux sociaux']]],
  ['ru: share line', tail('Вы можете поделиться этой историей в социальных сетях:'), [['rt', 'Вы можете поделиться этой историей в социальных сетях']]],
  ['zh: share line', tail('您可以在社交媒体上分享这个故事：'), [['rt', '您可以在社交媒体上分享这个故事']]],
  ['pl: follow line', tail('Obserwuj RT na'), [['rt', 'Obserwuj RT na']]],
  ['ar: RT Arabic\'s own "تابعوا RT على"', tail('تابعوا RT على'), [['rt-arabic', 'تابعوا RT على']]],
  ['en: copyright line with year', tail('© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2019. All rights reserved.'), [['rt', '© Autonomous Nonprofit Organization “TV-Novosti”']]],
  ['de: headline line "… – RT Welt-Nachrichten"', tail('Lawrow: Westen will Konflikt in die Länge ziehen – RT Welt-Nachrichten'), [['rt', 'RT Welt-Nachrichten']]],
  ['es: RT en Español tagline', { paragraphs: ['El canal internacional de noticias en español más visto en el mundo', ...BODY] }, [['rt-espanol', 'El canal internacional de noticias en español más visto en el mundo']]],
  ['en: Sputnik Telegram promo', tail("Let's stay in touch no matter what! Follow our Telegram channel to get all the latest news:"), [['sputnik', "Let's stay in touch no matter what! Follow our Telegram channel to get all the latest news"]]],
  ['de: share line + follow line: two signals', tail('Sie können diese Geschichte in den sozialen Medien teilen:', 'Folgen Sie RT weiter'), [['rt', 'Sie können diese Geschichte in den sozialen Medien teilen'], ['rt', 'Folgen Sie RT weiter']]],
  ['de: the share line twice, once in English: one signal', tail('Sie können diese Geschichte in den sozialen Medien teilen:', 'You can share this story on social media:'), [['rt', 'Sie können diese Geschichte in den sozialen Medien teilen']]],
  ['en: footer line only in facts.text (no block element)', { paragraphs: BODY, text: `${BODY.join('\n')}\n  Follow RT on\n` }, [['rt', 'Follow RT on']]],
  // does not fire
  ['en: prose "Users who follow RT on Telegram …"', tail('Users who follow RT on Telegram saw the clip first.'), []],
  ['en: "You can share this story" (without "on social media")', tail('You can share this story'), []],
  ['en: generic "Share this story on social media"', tail('Share this story on social media'), []],
  ['de: generic "Teilen Sie diesen Artikel in den sozialen Medien"', tail('Teilen Sie diesen Artikel in den sozialen Medien'), []],
  ['en: low specificity "Show comments"', tail('Show comments'), []],
  ['en: low specificity "This website uses cookies"', tail('This website uses cookies. Read our privacy policy.'), []],
  ['en: low specificity "Top stories" / "READ MORE:"', tail('Top stories', 'READ MORE: Kremlin comments on talks'), []],
  ['de: "Mehr zum Thema – …" (German sites in general)', tail('Mehr zum Thema – Gespräche in Minsk'), []],
  ['en: brand mention "RT DE reported that …"', tail('RT DE reported that the meeting was postponed.'), []],
  ['en: slogan words in prose', tail('We should question more of what we are told.'), []],
  ['en: "RT World News reported …" (not at the end of a line)', tail('RT World News reported on Monday that the talks had failed.'), []],
  ['en: operator named in prose', tail('The autonomous nonprofit organization TV-Novosti, which runs RT, said nothing.'), []],
  ['en: "Follow RT on" on www.rt.com itself', { ...tail('Follow RT on'), url: 'https://www.rt.com/news/590571-putin-choe-north-korea/' }, []],
  ['de: "Folgen Sie RT auf" on de.rt.com (same network)', { ...tail('Folgen Sie RT auf'), url: 'https://de.rt.com/international/1-x/' }, []],
  [
    'de: a headline line that repeats the page title (title-suffix counts it)',
    { ...tail('Lawrow: Westen will Konflikt in die Länge ziehen – RT Welt-Nachrichten'), title: 'Lawrow: Westen will Konflikt in die Länge ziehen – RT Welt-Nachrichten – Weltblick' },
    [],
  ],
  // Quotation is mention (own-text.ts); a line that is one quotation of its own stays (the “Follow RT on” row above)
  ['en: "“Follow RT on”" quoted inside a sentence', tail('RT articles end with “Follow RT on” and a row of icons.'), []],
  ['ru: «…» quoted inside a sentence', tail('Перевод выдаёт строка «Вы можете поделиться этой историей в социальных сетях:» в конце.'), []],
  ['en: the footer in a <blockquote>', { paragraphs: [...BODY, 'You can share this story on social media:'], quoted: { paragraphs: [3], inline: [] } }, []],
  ['en: the footer in a <q>', tail('The article ends: You can share this story on social media: and nothing else.'), [['rt', 'You can share this story on social media']]],
  ['en: the same <q> marked by extraction', { ...tail('The article ends: You can share this story on social media: and nothing else.'), quoted: { paragraphs: [], inline: ['You can share this story on social media:'] } }, []],
  // The outlet's share line closing a quoted story (500+ characters before it in the blockquote) counts (boilerplate/page.ts).
  ['en: a story, then the share line closing one <blockquote>, own text around it', { paragraphs: ['Our editors picked this:', ...STORY, 'You can share this story on social media:', ...OWN], quoted: { paragraphs: [1, 2, 3, 4, 5, 6, 7], inline: [] } }, [['rt', 'You can share this story on social media']]],
  ['en: a story, the share line and "Source: RT" closing one <blockquote>', { paragraphs: ['Our editors picked this:', ...STORY, 'You can share this story on social media:', 'Source: RT', ...OWN], quoted: { paragraphs: [1, 2, 3, 4, 5, 6, 7, 8], inline: [] } }, [['rt', 'You can share this story on social media']]],
  ['en: the share line opening a quoted story (not its end)', { paragraphs: ['Our editors picked this:', 'You can share this story on social media:', ...STORY, ...OWN], quoted: { paragraphs: [1, 2, 3, 4, 5, 6, 7], inline: [] } }, []],
  ['en: a story, the share line, then two more quoted lines', { paragraphs: ['Our editors picked this:', ...STORY, 'You can share this story on social media:', 'Source: RT', 'Read more: Kremlin comments', ...OWN], quoted: { paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9], inline: [] } }, []],
  ['en: one short quoted paragraph, then the share line in the <blockquote>', { paragraphs: ['RT ends its stories like this:', 'No date has been set.', 'You can share this story on social media:', ...OWN], quoted: { paragraphs: [1, 2], inline: [] } }, []],
  ['en: the share line inside a long quoted paragraph (not a line of its own)', { paragraphs: ['Our editors picked this:', ...STORY.slice(0, 5), `${STORY[5]} You can share this story on social media: and so on.`, ...OWN], quoted: { paragraphs: [1, 2, 3, 4, 5, 6], inline: [] } }, []],
  ['en: whole article and footer in one <blockquote> (mostly quoted: a copy)', { paragraphs: ['Read:', ...BODY, 'You can share this story on social media:'], quoted: { paragraphs: [1, 2, 3, 4], inline: [] } }, [['rt', 'You can share this story on social media']]],
];

describe('boilerplate', () => {
  test.each(ROWS)('%s', (_case, facts, expected) => {
    const signals = detect(context(facts));
    expect(signals.map((s) => [s.outlet, s.evidence.text])).toEqual(expected);
    for (const s of signals) expect(s).toMatchObject({ id: 'boilerplate' });
  });
});
