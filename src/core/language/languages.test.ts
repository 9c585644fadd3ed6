import data from '../../data/languages.json';
import { FUNCTION_WORDS, LOAN_PHRASES, baseLanguage, scriptOfLanguage } from './languages';

const SCRIPTS = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'han', 'kana', 'hangul', 'thai', 'other'];

describe('src/data/languages.json', () => {
  test.each(Object.entries(data.functionWords))('%s: function words in lower case, sorted, each once, no spaces', (_lang, words) => {
    expect(words.length).toBeGreaterThan(5);
    for (const w of words) expect(w).toMatch(/^[^\s]+$/u);
    expect(words.map((w) => w.toLowerCase())).toEqual(words);
    expect([...new Set(words)].sort()).toEqual(words);
  });
  test('every alias names a language with function words, and is none itself', () => {
    for (const [alias, lang] of Object.entries(data.aliases)) {
      expect(FUNCTION_WORDS.has(lang)).toBe(true);
      expect(FUNCTION_WORDS.has(alias)).toBe(false);
    }
  });
  test('every script entry is a known script other than Latin', () => {
    for (const s of Object.values(data.scripts)) expect(SCRIPTS.filter((x) => x !== 'latin')).toContain(s);
  });
  test('loan phrases: lower case, each once', () => {
    expect(LOAN_PHRASES.map((p) => p.toLowerCase())).toEqual(LOAN_PHRASES);
    expect(new Set(LOAN_PHRASES).size).toBe(LOAN_PHRASES.length);
  });
  test('the tables keep their size (40 languages, 2,272 function words)', () => {
    expect(FUNCTION_WORDS.size).toBe(40);
    expect([...FUNCTION_WORDS.values()].reduce((n, s) => n + s.size, 0)).toBe(2272);
  });
});

test.each([
  ['de-CH', 'de', 'latin'],
  ['nb', 'no', 'latin'],
  ['IW', 'he', 'hebrew'],
  ['ru_RU', 'ru', 'cyrillic'],
  ['zh-Hant', 'zh', 'han'],
  ['ko', 'ko', 'hangul'],
  ['xx', 'xx', null],
  ['', null, null],
  [null, null, null],
])('baseLanguage(%p) = %p, written in %p', (code, base, script) => {
  expect(baseLanguage(code)).toBe(base);
  expect(scriptOfLanguage(baseLanguage(code))).toBe(script);
});
