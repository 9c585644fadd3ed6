import { context, randomStrings } from '../test-kit';
import { SEPARATOR, SITE_SEPARATOR, SITE_SEPARATOR_END, detect, splitAtLastDash } from './title-suffix';
import type { PageFacts } from '../types';

type Row = [string, Partial<PageFacts>, string | null, string | null];

// [case, facts, outlet it points to (null = does not fire), evidence text]
const ROWS: Row[] = [
  [
    'de: founding example, brand segment before the site name',
    { title: 'Treffen zwischen Putin und nordkoreanischem Außenminister „nicht ausgeschlossen“ – Kreml – RT Russland und ehemalige Sowjetunion – Weltblick Nachrichten', siteName: 'Weltblick Nachrichten', url: 'https://weltblick-nachrichten.example/2024/01/15/treffen/' },
    'rt',
    'RT Russland und ehemalige Sowjetunion',
  ],
  ['en: "— RT World News"', { title: "McDonald's withdraws 'tasteless' advert near crematorium — RT World News" }, 'rt', 'RT World News'],
  ['de: "- RT Deutsch" (edition rt-de)', { title: 'McDonald\'s zieht „geschmacklose“ Werbung in der Nähe des Krematoriums zurück - RT Deutsch' }, 'rt-de', 'RT Deutsch'],
  ['cs: "– RT World News"', { title: "McDonald's stahuje „nevkusnou“ reklamu poblíž krematoria – RT World News" }, 'rt', 'RT World News'],
  ['zh: unspaced dash after CJK, translated section', { title: '麦当劳撤回火葬场附近的“无味”广告-RT世界新闻' }, 'rt', 'RT世界新闻'],
  ['ja: translated section', { title: 'マクドナルド、火葬場近くの「味気ない」広告を撤回 - RTワールドニュース' }, 'rt', 'RTワールドニュース'],
  ['ru: brand at the end of a translated section', { title: 'McDonald\'s снимает "безвкусную" рекламу возле крематория - Мировые новости RT' }, 'rt', 'Мировые новости RT'],
  ['he: brand inside a translated section', { title: "מקדונלד'ס מסירה את הפרסומת - חדשות RT העולמיות" }, 'rt', 'חדשות RT העולמיות'],
  ['en: "- RT in Russian"', { title: 'Lithuania sent Bofors L70 anti-aircraft guns to Ukraine - RT in Russian' }, 'rt', 'RT in Russian'],
  ['en: Sputnik section before the site name', { title: 'Royal self-indicting arrogance - Sputnik International | Portal24', siteName: 'Portal24' }, 'sputnik', 'Sputnik International'],
  ['fr: "| RT France" in the headline', { title: 'Actualités', headline: 'Moscou répond à Paris | RT France' }, 'rt-france', 'RT France'],
  ['es: Xinhua before the site name', { title: 'China y Rusia firman acuerdo - Xinhua | Noticias Hoy', siteName: 'Noticias Hoy' }, 'xinhua', 'Xinhua'],
  [
    'ja: site name after " : "',
    { title: 'マクドナルドは火葬場の近くで「味のない」広告を撤回します-RTワールドニュース : 海外ニュース速報まとめ', siteName: '海外ニュース速報まとめ' },
    'rt',
    'RTワールドニュース',
  ],
  [
    'de: title line copied into the first paragraphs',
    { title: 'Der Zaungast: Fast Food und Friedhofsruhe', paragraphs: ['Was ich heute gelesen habe:', 'McDonald\'s zieht "geschmacklose" Werbung in der Nähe eines Krematoriums zurück - RT World News', 'McDonald\'s hat sich entschuldigt.'] },
    'rt',
    'RT World News',
  ],
  // no-fire
  ['en: "RT (TV network) – Wikipedia"', { title: 'RT (TV network) – Wikipedia', url: 'https://en.wikipedia.org/wiki/RT_(TV_network)' }, null, null],
  ['en: "Why RT was banned – The Guardian"', { title: 'Why RT was banned – The Guardian', url: 'https://www.theguardian.com/media/2022/mar/01/rt' }, null, null],
  ['en: "Sputnik V vaccine: what we know | BBC News"', { title: 'Sputnik V vaccine: what we know | BBC News' }, null, null],
  ['pl: "Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy"', { title: 'Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy' }, null, null],
  ['en: "COVID-19 testing explained - RT-PCR"', { title: 'COVID-19 testing explained - RT-PCR' }, null, null],
  [
    'en: two segments after the brand segment',
    { title: 'Kremlin says talks possible – TASS reports – Politics – World – Daily Planet', url: 'https://dailyplanet.example/politics/1' },
    null,
    null,
  ],
  ['en: on rt.com itself (the site decides)', { title: 'Headline – RT World News', url: 'https://www.rt.com/news/1-headline/' }, null, null],
  ['de: "… | DW"', { title: 'Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära | DW', url: 'https://www.dw.com/de/a-68117411' }, null, null],
  ['it: "… - ilGiornale.it"', { title: 'I jet russi accendono i motori - ilGiornale.it', url: 'https://www.ilgiornale.it/news/difesa/x.html' }, null, null],
  ['en: ambiguous name ("CCTV") is not enough in a title', { title: 'Man caught breaking into a shop – CCTV' }, null, null],
  ['fr: " : " is no segment separator', { title: 'Guerre en Ukraine : RT France interdite' }, null, null],
  ['en: a first paragraph that is a sentence, not a title', { title: 'Local news', paragraphs: ['The Kremlin said so, according to a report by RT.'] }, null, null],
  [
    'en: a result title in the first paragraphs of a listing (a search page: its entries\' titles are not its own)',
    { url: 'https://html.duckduckgo.com/html/?q=peskov', title: 'peskov at DuckDuckGo', paragraphs: ['Peskov: Moscow ready to hand over memorandum in Istanbul — RT Russia & Former Soviet Union'], structure: { entries: 5, entryHosts: 5, bodyChars: 0, jsonLdTypes: [], ogType: null } },
    null,
    null,
  ],
];

describe('title-suffix', () => {
  test.each(ROWS)('%s', (_case, facts, outlet, text) => {
    const signals = detect(context(facts));
    if (outlet === null) {
      expect(signals).toEqual([]);
      return;
    }
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ id: 'title-suffix', outlet, evidence: { text } });
  });

  test.each([
    ['a site name of its own: a copying mark', { title: 'Kirby refused to comment - Lenta.ru | World Wire Today', siteName: 'World Wire Today' }, true],
    ['a JSON-LD publisher of its own: a copying mark', { title: 'Kirby refused to comment - Lenta.ru', jsonLd: { publishers: ['World Wire Today'], authors: [], urls: [] } }, true],
    ['no site name declared: not marked', { title: 'Kirby refused to comment - Lenta.ru' }, false],
    ["the site names itself after the outlet: not marked", { title: '麦当劳撤回广告-RT世界新闻', siteName: 'RT 中文' }, false],
  ] as [string, Partial<PageFacts>, boolean][])('copy: %s', (_case, facts, copy) => {
    const [s] = detect(context(facts));
    expect(s?.id).toBe('title-suffix');
    expect(s?.copy === true).toBe(copy);
  });

  test('title and headline naming the same outlet give one signal', () => {
    expect(detect(context({ title: 'A – RT World News', headline: 'A – RT World News' }))).toHaveLength(1);
  });
});

describe('title-suffix: linear patterns answer as the old ones', () => {
  const attacks = ['\t'.repeat(600) + '\t\u0000｜', '\t'.repeat(600) + '\t/：', '\t'.repeat(600) + '\u0000/', `-${'\t'.repeat(150)}-${'\t'.repeat(150)}\t-\u0000`];
  const titles = [...ROWS.flatMap(([, f]) => [f.title ?? '', f.headline ?? '']), ...attacks, ...randomStrings(['a', 'B', ' ', '\t', '\n', '-', '–', '—', '|', '·', ':', '/', '»', '：', '｜', '界'], 3000, 14)];
  test('separators split the same', () => {
    for (const t of titles) {
      expect(t.split(SEPARATOR)).toEqual(t.split(/\s+(?:--|[-–—|·]|::)\s+|\s*[｜]\s*/u));
      expect(t.split(SITE_SEPARATOR)).toEqual(t.split(/\s+[:/»«]\s+|\s*[：]\s*/u));
      expect(t.replace(SITE_SEPARATOR_END, '')).toBe(t.replace(/\s*[:/»«：]\s*$/u, ''));
    }
  });
  test('splitAtLastDash is the old /^(.+?)\\s*[-–—]\\s*([^-–—]+)$/u', () => {
    for (const t of titles) {
      const m = /^(.+?)\s*[-–—]\s*([^-–—]+)$/u.exec(t);
      expect(splitAtLastDash(t)).toEqual(m ? [m[1], m[2]] : null);
    }
  });
});
