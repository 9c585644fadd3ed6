import { DASH_AFTER, SENTENCE_MARK, closingBracket, detect } from './attribution-line';
import { context, randomStrings } from '../test-kit';
import type { PageFacts } from '../types';

const MIDDLE = ['The second paragraph goes on with the story.', 'A third paragraph adds detail.', 'A fourth paragraph quotes an official.', 'A fifth paragraph.', 'A sixth paragraph.', 'A seventh paragraph.', 'An eighth paragraph.', 'A ninth paragraph.', 'The closing paragraph.'];

const first = (p: string): Partial<PageFacts> => ({ paragraphs: [p, ...MIDDLE] });
const last = (p: string): Partial<PageFacts> => ({ paragraphs: ['The opening paragraph of the story.', ...MIDDLE, p] });

type Row = [string, Partial<PageFacts>, string | null, string | null];

// [case, facts, outlet (null = does not fire), evidence text]
const ROWS: Row[] = [
  ['en: "MOSCOW (Sputnik) -"', first("MOSCOW (Sputnik) - Russia's foreign minister said on Monday that talks would continue."), 'sputnik', 'MOSCOW (Sputnik) -'],
  ['en: "BEIJING, Jan. 5 (Xinhua) --"', first('BEIJING, Jan. 5 (Xinhua) -- China on Friday announced new measures.'), 'xinhua', 'BEIJING, Jan. 5 (Xinhua) --'],
  ['en: "MOSCOW, January 5. /TASS/."', first('MOSCOW, January 5. /TASS/. The Kremlin has no plans to comment.'), 'tass', 'MOSCOW, January 5. /TASS/'],
  ['ru: "МОСКВА, 5 янв — РИА Новости."', first('МОСКВА, 5 янв — РИА Новости. Президент России провел совещание.'), 'ria-novosti', 'МОСКВА, 5 янв — РИА Новости.'],
  ['de: last paragraph "Quelle: RT DE"', last('Quelle: RT DE'), 'rt-de', 'Quelle: RT DE'],
  ['es: last paragraph "Fuente: Sputnik"', last('Fuente: Sputnik'), 'sputnik', 'Fuente: Sputnik'],
  ['fr: "Source : RT France"', last('Source : RT France'), 'rt-france', 'Source : RT France'],
  ['ru: "Источник: РИА Новости"', last('Источник: РИА Новости'), 'ria-novosti', 'Источник: РИА Новости'],
  ['zh: "来源：新华社"', last('来源：新华社'), 'xinhua', '来源：新华社'],
  ['zh: "新华社北京1月5日电"', first('新华社北京1月5日电 国家主席习近平5日在人民大会堂会见外宾。'), 'xinhua', '新华社北京1月5日电'],
  ['en: "… said. (Xinhua)" as the last paragraph', last('The two sides agreed to meet again next year, the ministry said. (Xinhua)'), 'xinhua', '(Xinhua)'],
  ['tr: "ANKARA (AA) -" (ambiguous name in a dateline)', first('ANKARA (AA) - Türkiye elektrikli araç şarj istasyonlarını artırıyor.'), 'anadolu', 'ANKARA (AA) -'],
  ['en: "© Sputnik" alone at the end', last('© Sputnik'), 'sputnik', '© Sputnik'],
  ['en: "(Source: Global Times, Author: Niu Ruifei)"', last('(Source: Global Times, Author: Niu Ruifei)'), 'global-times', 'Source: Global Times'],
  ['en: bracketed source tag after a date', first('February 11, 2023, 13:09:10 [Source: Xinhua News Agency] [Editor: Li Xufeng] Font: [Large Medium Small]'), 'xinhua', 'Source: Xinhua News Agency'],
  ['it: "MOSCA (Sputnik) –" (translated dateline)', first("MOSCA (Sputnik) – Il Ministero dell'Agricoltura russo ha rivisto la previsione."), 'sputnik', 'MOSCA (Sputnik) –'],
  ['en: lede "…, BelTA learned from Alesya Solovey"', first('In Belarus, the share of women among researchers is 38.9%, BelTA learned from Alesya Solovey, a researcher.'), 'belta', 'BelTA learned from'],
  [
    'en: lede "BelTA learned from" while a "Read more at <a>BelTA</a>" link closes the article',
    { paragraphs: ['The share is 38.9%, BelTA learned from Alesya Solovey.', ...MIDDLE, 'Read more at BelTA'], links: [{ href: 'https://www.belta.by/society/view/x-1/', text: 'BelTA', inArticle: true }] },
    'belta',
    'BelTA learned from',
  ],
  ['ru: lede "Как стало известно ТАСС, …"', first('Как стало известно ТАСС, переговоры продолжатся в понедельник.'), 'tass', 'стало известно ТАСС'],
  ['en: byline "By Xinhua"', { byline: 'By Xinhua', paragraphs: ['Story.', ...MIDDLE] }, 'xinhua', 'By Xinhua'],
  // no-fire
  ['de: "Foto: Mikhail Sinitsyn/TASS" (photo credit)', first('Foto: Mikhail Sinitsyn/TASS'), null, null],
  ['de: "Foto: Sputnik/Ramil Sitdikov"', last('Foto: Sputnik/Ramil Sitdikov'), null, null],
  ['en: "© Sputnik / Ramil Sitdikov"', last('© Sputnik / Ramil Sitdikov'), null, null],
  ['en: caption "(Xinhua/Li Xin)"', last('Visitors at the fair in Beijing. (Xinhua/Li Xin)'), null, null],
  ['pl: "Sputnik V (szczepionka) - Zeman …"', first('Sputnik V (szczepionka) - Zeman, posługując się m.in. argumentami, zabiegał o zakup.'), null, null],
  ['en: "Source: Reuters"', last('Source: Reuters'), null, null],
  ['en: "He joined Alcoholics Anonymous (AA) – and stayed"', first('He joined Alcoholics Anonymous (AA) – and stayed sober for ten years.'), null, null],
  ['en: "According to TASS, …" in the middle (outlet-credit)', { paragraphs: ['Opening.', ...MIDDLE.slice(0, 4), 'According to TASS, the talks will resume.', ...MIDDLE.slice(4)] }, null, null],
  ['de: "Bildquelle: Sputnik" (image source)', last('Bildquelle: Sputnik'), null, null],
  ['en: "Source: RT" in the middle of the article', { paragraphs: ['Opening.', ...MIDDLE.slice(0, 4), 'Source: RT', ...MIDDLE.slice(4)] }, null, null],
  ['en: essay quoting a dateline in its first paragraph', first('Every dispatch opens with "BEIJING, Feb. 11 (Xinhua) --" and readers rarely notice it.'), null, null],
  ['it: lede "Dalla Tass si apprendeva che …" (a citation)', first('Dalla Tass si apprendeva che il Ministero aveva pianificato un’esercitazione.'), null, null],
  ['en: "…, BelTA learned from …" in the third paragraph (not the lede)', { paragraphs: ['Opening.', 'Second.', 'The share is 38.9%, BelTA learned from Alesya Solovey.', ...MIDDLE] }, null, null],
  [
    'en: "Source: <a>RT</a>" (the linked name is source-link\'s)',
    { ...last('Source: RT'), links: [{ href: 'https://www.rt.com/news/1-x/', text: 'RT', inArticle: true }] },
    null,
    null,
  ],
  ['en: "(Sputnik)" dateline on sputnikglobe.com itself', { ...first('MOSCOW (Sputnik) - Talks go on.'), url: 'https://sputnikglobe.com/20240101/x.html' }, null, null],
  // Quotation is mention (own-text.ts)
  ['de: "MOSKAU (Sputnik) –" in a <blockquote> of a press review', { paragraphs: ['Die Meldung eröffnete so:', 'MOSKAU (Sputnik) – Russland hat die Initiative beendet.', ...MIDDLE], quoted: { paragraphs: [1], inline: [] } }, null, null],
  ['en: dateline in quotation marks', first('Its reports open “MOSCOW (Sputnik) -” and go on from there, the study found.'), null, null],
  ['en: last paragraph "Claim: Source: RT …" (a claim being checked)', last('Claim: Source: RT says the sanctions failed.'), null, null],
  ['en: the whole article one <blockquote> (mostly quoted: a copy)', { paragraphs: ['Read:', "MOSCOW (Sputnik) - Russia's foreign minister said on Monday that talks would continue.", ...MIDDLE], quoted: { paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], inline: [] } }, 'sputnik', 'MOSCOW (Sputnik) -'],
];

describe('attribution-line', () => {
  test.each(ROWS)('%s', (_case, facts, outlet, text) => {
    const signals = detect(context(facts));
    if (outlet === null) {
      expect(signals).toEqual([]);
      return;
    }
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ id: 'attribution-line', outlet, evidence: { text } });
  });

  test('a dateline and a closing source line of one outlet: two signals, no more', () => {
    const facts = { paragraphs: ['BEIJING, Feb. 11 (Xinhua) -- The forum was held.', ...MIDDLE, 'Source: Xinhua', '(Xinhua)'] };
    const signals = detect(context(facts));
    expect(signals.map((s) => s.evidence.text)).toEqual(['BEIJING, Feb. 11 (Xinhua) --', 'Source: Xinhua']);
  });
});

describe('attribution-line: linear patterns answer as the old ones', () => {
  const attacks = ['\t'.repeat(2000), `${'aaaa'.repeat(500)}!`, `(${'\t\t'.repeat(60)}\u0000`, `(${'  '.repeat(60)}x)`, `x. (${' '.repeat(45)}Xinhua${' '.repeat(30)}) .`];
  const texts = [
    ...ROWS.flatMap(([, f]) => [...(f.paragraphs ?? []), f.byline ?? '']),
    ...attacks,
    ...randomStrings(['a', 'X', ' ', '\t', '\n', '.', '!', '"', '»', '(', ')', '（', '）', '-', '–', ':', '😀'], 4000, 16),
    ...randomStrings(['a', ' ', '(', ')', '.'], 300, 60, 7),
  ];
  test('DASH_AFTER and SENTENCE_MARK', () => {
    for (const t of texts) {
      expect(DASH_AFTER.test(t)).toBe(/^\s*\)?\s*(?:[-–—]{1,2}|:)/u.test(t));
      expect(SENTENCE_MARK.test(t)).toBe(/[!?;"“”«»]|\p{Ll}{4,}\.\s/u.test(t));
    }
  });
  test('closingBracket is the old closing-credit pattern', () => {
    for (const t of texts) {
      const m = /(?:^|[.!?。"”»])\s*([(（]\s*([^()（）]{1,40})\s*[)）])\s*\.?$/u.exec(t);
      expect(closingBracket(t)).toEqual(m ? { bracket: m[1], inner: m[2]!.trim() } : null);
    }
  });
});
