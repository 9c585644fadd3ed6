import { eld } from 'eld/small';
import { randomStrings } from '../core/test-kit';
import { DETECTOR_READS, detectLanguageNode, languageSample, MIN_LETTERS, SAMPLE_CHARS, sampleHead } from './language';

// Human-written news sentences (several per language, long enough for a reliable answer).
const CASES: [string, string][] = [
  ['de', 'Der russische Präsident könnte sich diese Woche mit der Außenministerin treffen, sagte der Sprecher am Montag vor Journalisten. Die Beziehungen zwischen den beiden Ländern haben sich in letzter Zeit intensiviert.'],
  ['en', 'The restaurant chain has pledged to remove the offending advertising hoarding following complaints from residents of the town, who said it was placed on a busy road directly opposite the crematorium.'],
  ['fr', 'Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les agriculteurs, dont les revenus ont fortement baissé depuis le début de la crise sanitaire.'],
  ['cs', 'Ministerstvo zahraničí v pondělí uvedlo, že se situace na hranicích v posledních dnech výrazně zhoršila a že vláda připravuje další opatření na ochranu občanů.'],
  ['pl', 'Rząd przyjął we wtorek projekt ustawy, który ma ograniczyć wpływ zagranicznych służb na polską politykę, a także zwiększyć uprawnienia kontrwywiadu.'],
  ['ru', 'Министр иностранных дел заявил в понедельник журналистам, что переговоры продолжатся на следующей неделе, однако сроки подписания соглашения пока не определены.'],
  ['uk', 'Міністр закордонних справ заявив у понеділок журналістам, що переговори триватимуть наступного тижня, проте терміни підписання угоди поки що не визначені.'],
  ['zh', '新华社北京电 国家主席习近平日前向首届中国－拉美和加勒比国家航天合作论坛致贺信，为深化中拉航天合作指明方向，在与会人员中引发热烈反响。'],
  ['ja', '政府は月曜日、国内の物価高に対応するための新たな経済対策を発表した。対策には低所得世帯への給付金や、電気・ガス料金の補助の延長が含まれる。'],
  ['he', 'רשת המסעדות התחייבה להסיר את הפרסומות הפוגעניות בעקבות תלונות של תושבים בעיר, שאמרו כי השלט הוצב ממש מול בית הקברות.'],
  ['es', 'El Gobierno aprobó este martes un paquete de medidas para paliar los efectos de la sequía en el campo, que afecta ya a más de la mitad del territorio nacional.'],
];

describe('detectLanguageNode', () => {
  test.each(CASES)('%s', (lang, text) => {
    const r = detectLanguageNode(text);
    expect(r?.lang).toBe(lang);
    expect(r!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r!.confidence).toBeLessThanOrEqual(1);
  });

  test.each([
    ['empty', ''],
    ['too few letters', 'Putin, 2024: 15.01.'],
    ['only an address and numbers', 'https://www.rt.com/russia/590571-putin-choe-north-korea/ 12 345 678 90'],
    ['just under the letter minimum', 'a'.repeat(MIN_LETTERS - 1)],
  ])('no answer: %s', (_why, text) => {
    expect(detectLanguageNode(text)).toBeNull();
  });

  test('a list of brand names is answered below the trust bar (0.5)', () => {
    const r = detectLanguageNode('McDonald’s Burger King Starbucks KFC Subway Pizza Hut');
    expect(r).not.toBeNull();
    expect(r!.confidence).toBeLessThan(0.5);
  });

  test('a text mixing four languages gets less confidence than a clean one', () => {
    const mixed = detectLanguageNode('Der Kreml sagte am Montag. The Kremlin said on Monday. Kreml заявил в понедельник. Le Kremlin a dit lundi.');
    const clean = detectLanguageNode(CASES[0]![1]);
    expect(mixed!.confidence).toBeLessThan(clean!.confidence);
  });

  test('the sample drops addresses, handles and numbers and is capped', () => {
    const s = languageSample('Siehe https://example.org/a?b=1 und www.rt.com/x, schreibt @rt_com am 15.01.2024 um 12:30 ' + 'Wort '.repeat(2000));
    expect(s).not.toMatch(/https?:|www\.|@rt_com|\d/);
    expect(s.length).toBeLessThanOrEqual(SAMPLE_CHARS);
  });

  test('the detector reads only the first DETECTOR_READS characters (sampleHead relies on it)', () => {
    const head = CASES[0]![1].repeat(6).slice(0, DETECTOR_READS);
    const a = eld.detect(head);
    const b = eld.detect(head + ' ' + CASES[5]![1].repeat(20));
    expect(b.language).toBe(a.language);
    expect(b.getScores()).toEqual(a.getScores());
  });

  test('sampleHead is the start of languageSample, at least as much of it as the detector reads', () => {
    // Pseudo-random texts of words, addresses, e-mail, handles, numbers and odd white space, cut anywhere.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n);
    const bits = ['Wort', 'слово', '新闻', 'https://rt.com/a b', 'www.x.org/y', 'a.b@c.de', '@rt_com', '#tag', ' @h', '12.05.2024', '3/4', '1,5', '\n', '\u00a0', '  ', '\t', ':', '.', '@', 'x@y'];
    for (let i = 0; i < 300; i++) {
      const parts: string[] = [];
      const n = rnd(3_000);
      for (let j = 0; j < n; j++) parts.push(bits[rnd(bits.length)]!, rnd(3) ? ' ' : '');
      const text = parts.join('');
      const full = languageSample(text);
      const head = sampleHead(text);
      expect(full.startsWith(head)).toBe(true);
      expect(head.length).toBeGreaterThanOrEqual(Math.min(full.length, DETECTOR_READS));
    }
  });
});

describe('languageSample: the linear e-mail pattern answers as the old one', () => {
  const old = (text: string) =>
    text
      .slice(0, SAMPLE_CHARS * 2)
      .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
      .replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu, ' ')
      .replace(/(?:^|\s)[@#][\p{L}\p{N}_]+/gu, ' ')
      .replace(/[\p{N}]+(?:[.,:/-][\p{N}]+)*/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .slice(0, SAMPLE_CHARS);
  const texts = [...CASES.map((c) => c[1]), 'Mail a.b+c@x.example.org, -x@y.z or a@b.c.d-x@y.z-.', `0${'-0'.repeat(1000)}0.0`, ...randomStrings(['a', '0', '_', '.', '-', '+', '@', ' ', 'é'], 4000, 16)];
  test('same results', () => {
    for (const t of texts) expect(languageSample(t)).toBe(old(t));
  });
});
