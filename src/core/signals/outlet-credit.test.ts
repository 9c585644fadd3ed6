import { detect } from './outlet-credit';
import { context } from '../test-kit';
import type { PageFacts } from '../types';

const BODY = ['Opening paragraph of the story.', 'Second paragraph.', 'Third paragraph.', 'Fourth paragraph.', 'Fifth paragraph.', 'Sixth paragraph.', 'Seventh paragraph.', 'Eighth paragraph.'];

/** The sentence sits in the middle of the article. */
const mid = (sentence: string, over: Partial<PageFacts> = {}): Partial<PageFacts> => ({ paragraphs: [...BODY.slice(0, 4), sentence, ...BODY.slice(4)], ...over });

type Row = [string, Partial<PageFacts>, string | null, string | null];

// [case, facts, outlet (null = does not fire), evidence text]
const ROWS: Row[] = [
  ['it: a photo caption outside the paragraphs', { paragraphs: ['Primo paragrafo.', 'Secondo paragrafo.'], captions: ['Raccolto del grano. © Sputnik / Vitaliy Ankov'] }, 'sputnik', '© Sputnik / Vitaliy Ankov'],
  ['en: a caption without any outlet', { paragraphs: ['First paragraph.'], captions: ['Wheat harvest. Photo: Reuters/Maxim Shemetov'] }, null, null],
  ['de: "Foto: Mikhail Sinitsyn/TASS"', mid('Foto: Mikhail Sinitsyn/TASS'), 'tass', 'Mikhail Sinitsyn/TASS'],
  ['en: "according to the state news agency RIA Novosti"', mid('The talks will resume, according to the state news agency RIA Novosti.'), 'ria-novosti', 'according to the state news agency RIA Novosti'],
  ['en: "he told RT in an interview"', mid('The minister said so when he told RT in an interview on Monday.'), 'rt', 'told RT'],
  ['en: "as reported by Xinhua"', mid('The plant opened in March, as reported by Xinhua.'), 'xinhua', 'as reported by Xinhua'],
  ['de: "laut RT DE" (rt-de)', mid('Die Gespräche sollen laut RT DE fortgesetzt werden.'), 'rt-de', 'laut RT DE'],
  ['de: "Tass zufolge"', mid('Der Kreml plant Tass zufolge keine Stellungnahme.'), 'tass', 'Tass zufolge'],
  ['fr: "selon Sputnik"', mid('Les négociations reprendront lundi, selon Sputnik.'), 'sputnik', 'selon Sputnik'],
  ['es: "según la agencia Prensa Latina"', mid('La medida entra en vigor el lunes, según la agencia Prensa Latina.'), 'prensa-latina', 'según la agencia Prensa Latina'],
  ['it: "Dalla Tass si apprendeva che …"', mid('Dalla Tass si apprendeva che il Ministero aveva pianificato un’esercitazione.'), 'tass', 'Dalla Tass'],
  ['ru: "сообщает ТАСС"', mid('Переговоры продолжатся в понедельник, сообщает ТАСС.'), 'tass', 'сообщает ТАСС'],
  ['pl: "jak podała agencja RIA Nowosti"', mid('Rozmowy będą kontynuowane, jak podała agencja RIA Nowosti.'), 'ria-novosti', 'podała agencja RIA Nowosti'],
  ['zh: "据新华社报道"', mid('据新华社报道，会议于周一举行。'), 'xinhua', '据新华社'],
  ['ja: "タス通信によると"', mid('タス通信によると、会談は月曜日に再開される。'), 'tass', 'タス通信によると'],
  ['en: caption "(Xinhua/Li Xin)"', mid('Visitors at the fair in Beijing. (Xinhua/Li Xin)'), 'xinhua', '(Xinhua/Li Xin'],
  ['en: "© Sputnik / Ramil Sitdikov" in the middle of the article', mid('© Sputnik / Ramil Sitdikov'), 'sputnik', '© Sputnik / Ramil Sitdikov'],
  ['tr: "Anadolu Ajansı\'nın haberine göre"', mid("Anadolu Ajansı'nın haberine göre görüşmeler pazartesi başlayacak."), 'anadolu', "Anadolu Ajansı'nın haberine göre"],
  ['en: "BelTA learned from" in the middle (the lede is attribution-line\'s)', mid('The share is 38.9%, BelTA learned from Alesya Solovey, a researcher.'), 'belta', 'BelTA learned from'],
  ['en: "state broadcaster Press TV carried the ministry\'s statement"', mid("Iran's English-language state broadcaster Press TV carried the ministry's statement:"), 'press-tv', 'Press TV carried'],
  // no-fire
  ['pl: "szczepionka Sputnik V", "według producentów Sputnika V"', mid('Czesi kupili szczepionkę Sputnik V, według producentów Sputnika V skuteczną.'), null, null],
  ['en: "CCTV footage shows …", "according to CCTV footage"', mid('CCTV footage shows the attack, according to CCTV footage seen by police.'), null, null],
  ['en: "RT was banned in the EU in 2022" (a mention, not a citation)', mid('RT was banned in the EU in 2022.'), null, null],
  ['en: "according to Reuters"', mid('The talks will resume, according to Reuters.'), null, null],
  ['en: "according to a study that criticised RT"', mid('Audiences shrank, according to a study that criticised RT and its coverage.'), null, null],
  ['ru: "Украинская правда сообщает"', mid('Украинская правда сообщает о новых ударах.'), null, null],
  ['en: "the launch of Sputnik in 1957"', mid('The launch of Sputnik in 1957 shocked America.'), null, null],
  ['de: "laut einer Umfrage der ARD" (no state outlet)', mid('Die Mehrheit ist dafür, laut einer Umfrage der ARD.'), null, null],
  ['en: "Photo: Reuters/Maxim Shemetov"', mid('Photo: Reuters/Maxim Shemetov'), null, null],
  ['en: "RT-PCR tests, according to doctors"', mid('RT-PCR tests are reliable, according to doctors.'), null, null],
  ['en: "Quelle: RT DE" closing the article is attribution-line\'s', { paragraphs: [...BODY, 'Quelle: RT DE'] }, null, null],
  ['en: "told RT" on rt.com itself', mid('The minister told RT on Monday.', { url: 'https://www.rt.com/news/1-x/' }), null, null],
];

describe('outlet-credit', () => {
  test.each(ROWS)('%s', (_case, facts, outlet, text) => {
    const signals = detect(context(facts));
    if (outlet === null) {
      expect(signals).toEqual([]);
      return;
    }
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ id: 'outlet-credit', outlet, evidence: { text } });
  });

  test('several credits of one outlet give one signal; two outlets give two', () => {
    const facts = mid('Foto: Mikhail Sinitsyn/TASS. Die Gespräche gehen laut Tass weiter, berichtete RIA Nowosti.');
    expect(detect(context(facts)).map((s) => s.outlet)).toEqual(['tass', 'ria-novosti']);
  });
});
