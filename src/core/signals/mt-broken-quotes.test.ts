import { detect } from './mt-broken-quotes';
import { context } from '../test-kit';

// [page language, paragraphs, evidence must contain]
const FIRES: [string, string[], string][] = [
  ['de', ['Das südkoreanische Vereinigungsministerium nannte sie „illegal“. Moskau und Pjöngjang „sollten sich dessen klar bewusst sein [the world] „Beobachtet Choes Besuch in Russland genau“, sagte der Sprecher des Ministeriums, Koo Byoung-sam, am Montag vor Journalisten.', 'Zuvor hatten die USA behauptet, Russland habe nordkoreanische Raketen abgefeuert.'], '„sollten sich dessen klar bewusst sein [the world]'],
  ['de', ['McDonald’s hat sich entschuldigt, nachdem eine Werbung für den McCrispy“ -Burger der Fast-Food-Kette in der Nähe eines Krematoriums platziert wurde.'], 'McCrispy“ -Burger'],
  ['de', ['Einer bemerkte, dass die Reaktion einer Person wahrscheinlich davon beeinflusst würde, "wie lange es her ist, dass Sie dem Schild mit schwarzer Krawatte gefolgt sind.', 'Eine Person sagte, sie sei vor Lachen vom Stuhl gefallen.', 'Die Restaurantkette kündigte an, die Anzeige so schnell wie möglich zu entfernen.'], '"wie lange es her ist'],
  ['cs', ['„Nevěděli jsme o dopravní značce v blízkosti této autobusové zastávky. Ve světle obav vznesených společností CornwallLive jsme však požádali o odstranění naší reklamy, „uvedla značka rychlého občerstvení.'], '„Nevěděli jsme'],
  ['ru', ['«Мы не знали о дорожном знаке вблизи этой автобусной остановки. Однако в свете опасений мы попросили удалить нашу рекламу", - говорится в сообщении бренда быстрого питания.', 'Совет Корнуолла отказался от комментариев.'], '«Мы не знали'],
  ['zh', ['“我们不知道这个公共汽车站附近的路标。然而，鉴于CornwallLive提出的担忧，我们已经要求删除我们的广告，“快餐品牌说。', '经营火葬场和展示广告的公共汽车候车亭的康沃尔委员会拒绝置评。'], '快餐品牌说'],
  ['ja', ['「私たちはこのバス停の近くの道路標識に気づいていませんでした。 しかし、CornwallLiveによって提起された懸念に照らして、私たちは広告を削除するよう求めました"とファーストフードブランドは言いました。', 'コーンウォール議会はコメントを拒否した。'], '「私たちは'],
  ['en', ['The minister said “the talks will go on for as long as it takes, and nobody here expects a deal this year.', 'Officials in Brussels declined to comment on the remarks on Tuesday.', 'The next round is planned for March in Geneva.'], '“the talks will go on'],
  ['cs', ['Jeden člověk řekl, že „smích spadl ze židle“, zatímco další poznamenal, že to „nebylo o nic horší“ než výstavba krematoria „příště“. dveře do vesnice důchodců."', 'Prohlášení vydané společností bylo zveřejněno v pátek.', '"Nevěděli jsme o dopravní značce," uvedla značka rychlého občerstvení.'], 'důchodců."'],
];

// [page language, paragraphs, why]
const SILENT: [string, string[], string][] = [
  ['en', ['“First paragraph of a long quotation, which the speaker continued without a break in the next paragraph.', '“Second paragraph of the same quotation, and here it ends,” she said on Monday.'], 'multi-paragraph convention'],
  ['en', ['“Now it’s hard to see what could persuade them” to hold up their plans, Indyk said. “That has nothing to do with negotiations, but it could lead to a collapse.', '“That could be an issue forced onto the agenda about the same time as a deal.”'], 'quotation opened mid-paragraph, reopened in the next'],
  ['de', ['„Nordkorea ist unser … nächster Nachbar, unser Partner“, sagte Peskow am Montag und fügte hinzu, dass Russland die Partnerschaft „in allen Bereichen entwickelt“.'], 'balanced German quotes'],
  ['fr', ['« Nous ne céderons pas sur ce point, ni aujourd’hui ni demain », a déclaré mardi le ministre devant les députés.'], 'balanced guillemets'],
  ['de', ['»Wir schaffen das, und wir werden es gemeinsam schaffen«, sagte die Kanzlerin damals in Berlin vor der Presse.'], 'reversed guillemets'],
  ['sv', ['”Vi har inga planer på att ändra reglerna just nu”, säger ministern till tidningen på tisdagen.'], 'Swedish ”…”'],
  ['he', ['דובר צה"ל אמר כי הכוחות פעלו באזור במשך הלילה וכי לא היו נפגעים בקרב החיילים.'], 'gershayim inside a word'],
  ['en', ['The new phone has a 6.1" screen and the tablet an 11" one, the company said at its launch event on Monday.'], 'inch marks after digits'],
  ['en', ['He said: “We will not give up, whatever they say about us in the capital.', 'We never have, and we never will.” The crowd cheered loudly.'], 'closed in the next paragraph'],
  ['en', ['Related: “Putin says the talks with Kyiv are …'], 'a truncated teaser'],
  ['ja', ['政府は「物価高への対応を最優先する」と述べ、新たな経済対策を発表した。'], 'balanced 「」'],
  ['zh', ['外交部发言人表示：“中方对此表示严重关切。”他还说，双方将继续保持沟通。'], 'balanced “”'],
  ['de', ['Der Sprecher sagte „Nein“ und ging. Die Journalisten blieben ratlos zurück und warteten noch lange vor dem Gebäude.'], 'short balanced quote'],
];

describe('mt-broken-quotes', () => {
  test.each(FIRES)('fires (%s): %j', (lang, paragraphs, evidence) => {
    const signals = detect(context({ paragraphs }, lang));
    expect(signals.length).toBeGreaterThan(0);
    const s = signals.find((x) => x.evidence.text!.includes(evidence));
    expect(s).toBeDefined();
    expect(s!.evidence.text!.length).toBeLessThanOrEqual(160);
    expect(paragraphs.some((p) => p.includes(s!.evidence.text!))).toBe(true);
    expect(s!.id).toBe('mt-broken-quotes');
  });

  test.each(SILENT)('silent (%s): %j — %s', (lang, paragraphs) => {
    expect(detect(context({ paragraphs }, lang))).toEqual([]);
  });
});

describe('mt-broken-quotes: quotation is mention', () => {
  const own = ['Die Meldung wurde am Montag von drei Portalen übernommen, wie unsere Auswertung zeigt.', 'Niemand nannte dabei die Quelle der Meldung, auch nicht im Impressum.'];
  test('a broken quotation inside a <blockquote> is the quoted text’s, not the page’s', () => {
    const paragraphs = [own[0]!, 'Moskau und Pjöngjang „sollten sich dessen klar bewusst sein „Beobachtet genau“, sagte der Sprecher am Montag.', own[1]!];
    expect(detect(context({ paragraphs }, 'de'))).toHaveLength(1);
    expect(detect(context({ paragraphs, quoted: { paragraphs: [1], inline: [] } }, 'de'))).toEqual([]);
  });
});
