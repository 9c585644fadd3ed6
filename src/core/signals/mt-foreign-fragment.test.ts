import { detect } from './mt-foreign-fragment';
import { context } from '../test-kit';

// [page language, paragraph, evidence the signal must quote, from]
const FIRES: [string, string, string, string | undefined][] = [
  ['de', 'Moskau und Pjöngjang „sollten sich dessen klar bewusst sein [the world] „Beobachtet Choes Besuch in Russland genau“, sagte der Sprecher des Ministeriums am Montag vor Journalisten.', '[the world]', 'en'],
  ['de', 'Die Regierung in Washington wolle den Konflikt [the West] weiter anheizen, sagte die Sprecherin des Außenministeriums am Donnerstag in Moskau.', '[the West]', 'en'],
  ['de', 'Ein Sprecher (the Kremlin) sagte am Montag, dass ein Treffen der beiden Präsidenten in dieser Woche nicht ausgeschlossen sei.', '(the Kremlin)', 'en'],
  ['de', 'Nach Angaben des Ministeriums ist die Entwicklung of the world durch die Sanktionen bedroht, die der Westen verhängt hat.', 'of the world', 'en'],
  ['fr', 'Le porte-parole a déclaré mardi que la situation in the region restait très tendue et que les négociations allaient continuer.', 'in the region', 'en'],
  ['ru', 'Официальный представитель МИД заявил [the world] в понедельник, что переговоры продолжатся на следующей неделе в Москве.', '[the world]', 'en'],
  ['zh', '外交部发言人在例行记者会上表示（the world）正在密切关注朝鲜外长访问俄罗斯的情况。', '（the world）', 'en'],
  ['en', 'The newspaper said ( 来自) the Global Times that the forum would be held in Beijing next month with delegates from both countries.', '( 来自)', 'zh'],
  ['en', 'Officials said on Monday that the talks [что в мире] would continue next week, although no date for the signing has been set.', '[что в мире]', 'ru'],
  ['pl', 'Jak powiedział rzecznik ministerstwa, Moskwa i Pjongjang powinny być świadome, że [the world] uważnie obserwuje tę wizytę.', '[the world]', 'en'],
  ['es', 'El portavoz del Kremlin dijo el lunes que la reunión entre los dos presidentes with the minister no está descartada por ahora.', 'with the minister', 'en'],
  ['ja', '政府は月曜日、北朝鮮の外相の訪問について（of the world）注視していると述べた。', '（of the world）', 'en'],
];

// [page language, paragraph, why it must stay silent]
const SILENT: [string, string, string][] = [
  ['de', 'Der Film „The Zone of Interest“ von Jonathan Glazer wurde bei den Filmfestspielen in Cannes mit dem Großen Preis der Jury ausgezeichnet.', 'quoted foreign title'],
  ['de', 'Die Anwohner kritisierten die Idee des Stadtrates, ein Krematorium "next door to a retirement village" zu errichten, und sammelten Unterschriften.', 'quoted foreign phrase (a citation)'],
  ['de', 'Das Ziel der Nachhaltigkeit (sustainability) ist seit Jahren ein zentrales Thema in der Politik der Bundesregierung und der Länder.', 'gloss without function words'],
  ['de', 'Ein Sprecher sagte, der Kreml (the Kremlin) habe die Vorwürfe der Vereinigten Staaten am Montag entschieden zurückgewiesen.', 'gloss sharing the stem of the word before'],
  ['de', 'Die Zeit nach der „Wende“ (the turn) wird in dem Buch ausführlich und mit vielen Zeitzeugen aus dem Osten beschrieben.', 'gloss of a quoted term'],
  ['de', 'Ein Sprecher des Außenministeriums (Ministry of Foreign Affairs) sagte am Montag, dass die Gespräche fortgesetzt werden.', 'Title Case: a name'],
  ['en', 'European Commission President Ursula von der Leyen said on Monday that the sanctions would stay in place until the end of the war.', 'name particles between capitalised words'],
  ['en', 'The trilogy based on the Lord of the Rings was filmed in New Zealand, and the crew later returned to the Place de la Concorde in Paris.', 'titles and place names'],
  ['en', 'The company said the new plant was state of the art, and that the agreement had become a de facto standard for the whole industry.', 'established loan phrases'],
  ['de', 'Weitere Informationen finden Sie unter https://www.example.org/of-the-world/ und unter dem Hashtag #TheWorldIsWatching in den sozialen Netzwerken.', 'address and hashtag'],
  ['zh', '在收到英国康沃尔郡特鲁罗(Truro)居民的投诉后，这家连锁餐厅承诺将取消“McCrispy”汉堡的广告，CornwallLive报道。', 'Latin names and brands in a Chinese text'],
  ['en', 'President Xi Jinping (习近平) said the Belt and Road Initiative would continue, while the banner read «Мы за мир» in Moscow.', 'gloss without function characters; quoted Cyrillic'],
  ['cs', 'Jeden člověk řekl, že je to nevkusné, ale že to nebylo o nic horší než rozhodnutí rady postavit krematorium vedle domova důchodců.', '"to" is Czech'],
  ['de', 'Thank you for the support of the people of this great country, wrote the president, and we will never forget what you did for us.', 'the paragraph as a whole is English (a quoted tweet)'],
  ['no', 'Det var ikke tolv utøvere som klarte å hoppe, og da sa treneren at alle som hoppet på første forsøk er med til finalen.', 'two-letter words shared with other languages'],
  ['fr', 'Le ministre a rappelé que cette politique avait été menée en plein accord avec les partenaires européens, à la demande de la Commission.', 'French function words in a French text'],
  ['ru', 'Агентство сослалось на газету The New York Times и на британскую телерадиокорпорацию BBC, которые первыми сообщили об этом.', 'Latin names in a Russian text'],
];

describe('mt-foreign-fragment', () => {
  test.each(FIRES)('fires (%s): %s', (lang, paragraph, evidence, from) => {
    const signals = detect(context({ paragraphs: [paragraph] }, lang));
    expect(signals.map((s) => s.evidence.text)).toContain(evidence);
    const s = signals.find((x) => x.evidence.text === evidence)!;
    expect(paragraph).toContain(s.evidence.text!);
    expect(s.id).toBe('mt-foreign-fragment');
    if (from) expect(s.from).toBe(from);
  });

  test.each(SILENT)('silent (%s): %s — %s', (lang, paragraph) => {
    expect(detect(context({ paragraphs: [paragraph] }, lang))).toEqual([]);
  });

  test('the same fragment is reported once, at most a few per page', () => {
    const p = 'Moskau und Pjöngjang sollten sich dessen bewusst sein [the world] und die Welt beobachtet den Besuch in Russland genau.';
    const signals = detect(context({ paragraphs: [p, p, p, p, p, p] }, 'de'));
    expect(signals).toHaveLength(1);
  });
});

describe('mt-foreign-fragment: quotation is mention', () => {
  test('a fragment inside a <blockquote> is the quoted text’s, not the page’s', () => {
    const quoted = 'Die Regierung in Washington wolle den Konflikt [the West] weiter anheizen, sagte die Sprecherin am Donnerstag in Moskau.';
    const own = 'Die Übersetzung stammt von einem Portal, das Texte ohne Quellenangabe übernimmt und maschinell übersetzt, wie wir zeigen.';
    expect(detect(context({ paragraphs: [own, quoted, own] }, 'de'))).toHaveLength(1);
    expect(detect(context({ paragraphs: [own, quoted, own], quoted: { paragraphs: [1], inline: [] } }, 'de'))).toEqual([]);
  });
});
