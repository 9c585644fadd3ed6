import { outletById } from '../registry/index';
import { BOILERPLATE } from './data';
import { matchPage } from './match';
import { normalizeText, tokenize } from './tokens';

const REQUIRED = ['de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'cs', 'ru', 'uk', 'tr', 'ar'];

describe('data: src/data/boilerplate.json', () => {
  const entries = BOILERPLATE.entries;

  test('keeps all 56 originals from the shared registry (plus 2 added by this project from WMT23), with source and confidence', () => {
    expect(entries).toHaveLength(58);
    expect(entries.filter((e) => e.source.startsWith('WMT23'))).toHaveLength(2);
    for (const e of entries) {
      expect(e.source).toEqual(expect.any(String));
      expect(e.confidence).toMatch(/^verified/);
      expect(typeof e.specific).toBe('boolean');
      expect(e.judgement.length).toBeGreaterThan(10);
    }
  });

  test('strings the source marks low specificity are not specific', () => {
    for (const e of entries.filter((x) => x.confidence === 'verified-low-specificity')) expect(e.specific).toBe(false);
  });

  test('every specific entry points to a registered outlet and has an anchor', () => {
    for (const e of entries.filter((x) => x.specific)) {
      expect(outletById(e.outlet)?.id).toBe(e.outlet);
      expect(['phrase', 'line', 'exact', 'end']).toContain(e.anchor);
    }
  });

  test('every rendering: BCP 47 primary language tag, kind machine-translation, not the original language', () => {
    for (const e of entries) {
      for (const r of e.renderings ?? []) {
        expect(r.lang).toMatch(/^[a-z]{2,3}$/);
        expect(() => Intl.getCanonicalLocales(r.lang)).not.toThrow();
        expect(r.kind).toBe('machine-translation');
        expect(r.lang).not.toBe(e.lang);
      }
    }
  });

  test('no two patterns (originals and renderings) are the same after normalisation; none is a single word', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of entries.filter((x) => x.specific)) {
      for (const text of [e.string, ...(e.renderings ?? []).map((r) => r.text)]) {
        const key = normalizeText(text);
        expect(key.split(' ').length).toBeGreaterThanOrEqual(2);
        if (seen.has(key)) dups.push(`${text} = ${seen.get(key)}`);
        seen.set(key, text);
      }
    }
    expect(dups).toEqual([]);
  });

  test('every specific, translatable original has renderings in the 12 required languages', () => {
    const missing: string[] = [];
    for (const e of entries.filter((x) => x.specific && x.translate !== false)) {
      const langs = new Set((e.renderings ?? []).map((r) => r.lang));
      for (const l of REQUIRED) if (l !== e.lang && !langs.has(l)) missing.push(`${e.string}: ${l}`);
      if (e.lang !== 'en' && !langs.has('en')) missing.push(`${e.string}: en`);
    }
    expect(missing).toEqual([]);
  });

  test('non-specific and untranslated entries carry no renderings', () => {
    for (const e of entries.filter((x) => !x.specific || x.translate === false)) expect(e.renderings ?? []).toEqual([]);
  });
});

describe('tokens', () => {
  test.each([
    ['“Follow RT on”', 'follow rt on'],
    ['FOLLOW  RT\u00a0ON:', 'follow rt on'],
    ['Keep up … RT’s extension', "keep up rt's extension"],
    ['Straße', 'strasse'],
    ['Urmăriți  RT pe', 'urmariti rt pe'],
    ['Urmăriţi RT pe', 'urmariti rt pe'], // cedilla ţ and comma ț alike
    ['RT世界新闻', 'rt 世 界 新 闻'],
    ['RT 世界新闻', 'rt 世 界 新 闻'],
    ['ＲＴ　ワールド', 'rt ワ ー ル ト'], // full-width letters, ideographic space; voiced kana folded
    ['اقرأ المقال كاملاً', 'اقرا المقال كاملا'],
    ['#اسأل_أكثر #Question_More', 'اسال اكثر question more'],
    ['TV-Novosti', 'tv novosti'],
    ['Σ ΟΔΟΣ', 'σ οδοσ'],
  ])('%s → %s', (input, folded) => {
    expect(normalizeText(input)).toBe(folded);
  });

  test('offsets point into the original string', () => {
    const s = 'x „Folgen Sie RT weiter“';
    const t = tokenize(s);
    expect(s.slice(t.start[1], t.end[3])).toBe('Folgen Sie RT');
  });
});

describe('matchPage', () => {
  // [case, paragraphs, expected: [original, lang, translated, page text] | null]
  const FIRES: [string, string[], [string, string, boolean, string]][] = [
    ['en original with colon', ['Body.', 'You can share this story on social media:'], ['You can share this story on social media:', 'en', false, 'You can share this story on social media']],
    ['en curly quotes', ['“Follow RT on”'], ['Follow RT on', 'en', false, '“Follow RT on”']],
    ['en double spaces, upper case, trailing colon', ['FOLLOW  RT  ON:'], ['Follow RT on', 'en', false, 'FOLLOW  RT  ON']],
    ['en icons after the line', ['Follow RT on Telegram VK X Facebook'], ['Follow RT on', 'en', false, 'Follow RT on']],
    ['de seed share line', ['Sie können diese Geschichte in den sozialen Medien teilen:'], ['You can share this story on social media:', 'de', true, 'Sie können diese Geschichte in den sozialen Medien teilen']],
    ['de seed follow line', ['Folgen Sie RT weiter'], ['Follow RT on', 'de', true, 'Folgen Sie RT weiter']],
    ['de no article', ['Sie können diese Geschichte in sozialen Medien teilen'], ['You can share this story on social media:', 'de', true, 'Sie können diese Geschichte in sozialen Medien teilen']],
    ['fr narrow no-break space before colon', ['Vous pouvez partager cette histoire sur les réseaux sociaux\u202f:'], ['You can share this story on social media:', 'fr', true, 'Vous pouvez partager cette histoire sur les réseaux sociaux']],
    ['ro without diacritics', ['Urmariti RT pe'], ['Follow RT on', 'ro', true, 'Urmariti RT pe']],
    ['tr typographic apostrophe', ['RT’yi takip edin'], ['Follow RT on', 'tr', true, 'RT’yi takip edin']],
    ['zh with full-width colon', ['您可以在社交媒体上分享这个故事：'], ['You can share this story on social media:', 'zh', true, '您可以在社交媒体上分享这个故事']],
    ['ja title line suffix', ['マクドナルド、火葬場近くの「味気ない」広告を撤回 - RTワールドニュース'], ['— RT World News', 'ja', true, 'RTワールドニュース']],
    ['he title line suffix', ["מקדונלד'ס מסירה את הפרסומת - חדשות RT העולמיות"], ['— RT World News', 'he', true, 'חדשות RT העולמיות']],
    ['ru copyright line with year', ['© Автономная некоммерческая организация “TV-Novosti”, 2005–2024. Все права защищены.'], ['© Autonomous Nonprofit Organization “TV-Novosti”', 'ru', true, '© Автономная некоммерческая организация “TV-Novosti”']],
    ['es tagline inside a longer masthead', ['RT en Español: El canal internacional de noticias en español más visto en el mundo'], ['El canal internacional de noticias en español más visto en el mundo', 'es', false, 'El canal internacional de noticias en español más visto en el mundo']],
    ['ar hashtags', ['#اسأل_أكثر #Question_More'], ['#اسأل_أكثر #Question_More', 'ar', false, '#اسأل_أكثر #Question_More']],
    ['sputnik caption', ['A protester in Paris - Sputnik International, 1920, 18.11.2019'], ['- Sputnik International, 1920,', 'en', false, 'Sputnik International, 1920']],
    ['uk telegram handle', ['📌Підписуйтесь на @SputnikInt'], ['📌Subscribe to @SputnikInt', 'uk', true, 'Підписуйтесь на @SputnikInt']],
  ];
  test.each(FIRES)('fires: %s', (_name, paragraphs, [original, lang, translated, pageText]) => {
    const found = matchPage(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ original, lang, translated, pageText });
  });

  const NO_FIRE: [string, string[]][] = [
    ['prose: follow RT on', ['Users who follow RT on Telegram saw the clip before it was removed from YouTube.']],
    ['RT = retweet', ['RT @someone: follow me on X']],
    ['share line cut short', ['You can share this story']],
    ['generic share prompt', ['Share this story on social media']],
    ['generic article share prompt', ['You can share this article on social media:']],
    ['de generic article share', ['Teilen Sie diesen Artikel in den sozialen Medien']],
    ['low specificity', ['Show comments', 'This website uses cookies', 'Top stories', 'READ MORE:', 'Podcasts', 'Subscribe']],
    ['de generic related-links label', ['Mehr zum Thema – Wahlen in Berlin']],
    ['brand mention', ['RT DE reported that the Kremlin declined to comment.']],
    ['slogan words in prose', ['We should question more of what we are told.']],
    ['title suffix words mid-sentence', ['RT World News reported on Monday that the talks had failed.']],
    ['operator named in prose', ['The autonomous nonprofit organization TV-Novosti, which runs RT, said nothing.']],
    ['section words with "and"', ['Russia and former Soviet Union states met in Minsk.']],
    ['word boundary', ['ART World News']],
    ['empty', ['', '   ']],
  ];
  test.each(NO_FIRE)('does not fire: %s', (_name, paragraphs) => {
    expect(matchPage(paragraphs)).toEqual([]);
  });

  test('overlapping patterns: the longest wins', () => {
    const found = matchPage(['Folgen Sie RT auf Telegram']);
    expect(found.map((m) => m.pageText)).toEqual(['Folgen Sie RT auf']);
  });

  test('finds footer lines in facts.text when no paragraph holds them', () => {
    const text = `Headline\n\nBody of the article.\n   Follow RT on\n  Telegram`;
    expect(matchPage([], text).map((m) => m.original)).toEqual(['Follow RT on']);
  });

  test('searches the last paragraphs of a long article', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} of an ordinary article about the weather.`);
    paragraphs.push('Sie können diese Geschichte in den sozialen Medien teilen:');
    expect(matchPage(paragraphs)).toHaveLength(1);
  });
});
