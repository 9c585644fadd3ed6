import { detect } from './mt-boilerplate';
import { context } from '../test-kit';
import type { PageFacts } from '../types';

const BODY = ['Erster Absatz des Artikels.', 'Zweiter Absatz mit Einzelheiten.', 'Dritter Absatz.'];
const tail = (...lines: string[]): Partial<PageFacts> => ({ paragraphs: [...BODY, ...lines] });

type Row = [string, Partial<PageFacts>, [string, string][]];

// [case, facts, expected signals as [from, evidence text]; [] = does not fire]
const ROWS: Row[] = [
  ['de: seed share line', tail('Sie können diese Geschichte in den sozialen Medien teilen:'), [['en', 'Sie können diese Geschichte in den sozialen Medien teilen']]],
  ['de: seed follow line', tail('Folgen Sie RT weiter'), [['en', 'Folgen Sie RT weiter']]],
  ['de: both seed lines: two markers', tail('Sie können diese Geschichte in den sozialen Medien teilen:', 'Folgen Sie RT weiter'), [['en', 'Sie können diese Geschichte in den sozialen Medien teilen'], ['en', 'Folgen Sie RT weiter']]],
  ['de: the same rendering twice: one marker', tail('Folgen Sie RT weiter', 'Folgen Sie RT weiter'), [['en', 'Folgen Sie RT weiter']]],
  ['fr: "Suivez RT sur"', tail('Suivez RT sur'), [['en', 'Suivez RT sur']]],
  ['cs: share line', tail('Tento příběh můžete sdílet na sociálních sítích:'), [['en', 'Tento příběh můžete sdílet na sociálních sítích']]],
  ['uk: share line', tail('Ви можете поділитися цією історією в соціальних мережах:'), [['en', 'Ви можете поділитися цією історією в соціальних мережах']]],
  ['tr: follow line with a typographic apostrophe', tail('RT’yi takip edin'), [['en', 'RT’yi takip edin']]],
  ['ja: headline line "… - RTワールドニュース"', tail('マクドナルド、火葬場近くの「味気ない」広告を撤回 - RTワールドニュース'), [['en', 'RTワールドニュース']]],
  ['he: headline line "… - חדשות RT העולמיות"', tail("מקדונלד'ס מסירה את הפרסומת - חדשות RT העולמיות"), [['en', 'חדשות RT העולמיות']]],
  ['en: RT en Español tagline translated from Spanish', tail('The most watched international Spanish-language news channel in the world'), [['es', 'The most watched international Spanish-language news channel in the world']]],
  ['ar: Sputnik Telegram line', tail('📌اشترك في @SputnikInt'), [['en', 'اشترك في @SputnikInt']]],
  ['de: rt.com through translate.goog', { ...tail('Folgen Sie RT auf'), url: 'https://www-rt-com.translate.goog/news/1-x/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de' }, [['en', 'Folgen Sie RT auf']]],
  ['zh: the section suffix translated along with the title', { paragraphs: BODY, title: '麦当劳撤回火葬场附近的广告 - RT世界新闻' }, [['en', 'RT世界新闻']]],
  // does not fire
  ['en: the original suffix in the title', { paragraphs: BODY, title: 'McDonald’s pulls advert - RT World News' }, []],
  ['en: the English original "You can share this story on social media:"', tail('You can share this story on social media:'), []],
  ['en: the English original "Follow RT on"', tail('Follow RT on'), []],
  ['ar: RT Arabic\'s own original "تابعوا RT على"', tail('تابعوا RT على'), []],
  ['es: RT en Español\'s own tagline in Spanish', tail('El canal internacional de noticias en español más visto en el mundo'), []],
  ['de: generic "Teilen Sie diesen Artikel"', tail('Teilen Sie diesen Artikel'), []],
  ['fr: generic "Vous pouvez partager cet article sur les réseaux sociaux"', tail('Vous pouvez partager cet article sur les réseaux sociaux'), []],
  ['de: prose "Wer RT auf Telegram folgt, …"', tail('Wer RT auf Telegram folgt, sah das Video zuerst.'), []],
  ['de: "Folgen Sie RT auf" on de.rt.com itself (the outlet\'s own wording)', { ...tail('Folgen Sie RT auf'), url: 'https://de.rt.com/international/1-x/' }, []],
  ['ru: non-specific "Показать комментарии" (Show comments)', tail('Показать комментарии'), []],
  ['de: the rendering quoted inside a sentence (mention)', tail('Maschinell übersetzte Kopien enden mit „Folgen Sie RT weiter“ und Symbolen.'), []],
];

describe('mt-boilerplate', () => {
  test.each(ROWS)('%s', (_case, facts, expected) => {
    const signals = detect(context(facts));
    expect(signals.map((s) => [s.from, s.evidence.text])).toEqual(expected);
    for (const s of signals) expect(s).toMatchObject({ id: 'mt-boilerplate' });
  });
});
