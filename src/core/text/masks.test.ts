import { maskNonProse } from './masks';
import { randomStrings } from '../test-kit';

describe('maskNonProse: linear masks answer as the old ones', () => {
  const OLD = [
    /\b(?:https?:\/\/|www\.)\S+/giu,
    /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
    /(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+/gu,
    /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|de|ru|cn|uk|fr|io|html?|php)\b\S*/giu,
    /`[^`]*`/gu,
    /\b\w+(?:_\w+)+\b/gu,
  ];
  const old = (text: string) => OLD.reduce((out, re) => out.replace(re, (m) => ' '.repeat(m.length)), text);
  const texts = [
    // prose with and without things to mask (the mt-foreign-fragment table's paragraphs were the inputs here before)
    'Nach Angaben des Ministeriums ist die Entwicklung of the world durch die Sanktionen bedroht, die der Westen verhängt hat.',
    'Weitere Informationen finden Sie unter https://www.example.org/of-the-world/ und unter dem Hashtag #TheWorldIsWatching in den sozialen Netzwerken.',
    '在收到英国康沃尔郡特鲁罗(Truro)居民的投诉后，这家连锁餐厅承诺将取消“McCrispy”汉堡的广告，CornwallLive报道。',
    'Call `run_it()` or snake_case_name, mail @handle_1 at www.rt.com/news?x=1 or news.html.',
    'Write to a.b+c@mail.example.org or -x@y.z, see rt.com/news and de.rt.com.html, a@b.c.d-x@y.z.',
    `0${'-0'.repeat(400)}0.-`,
    `${'u.'.repeat(400)}u`,
    ...randomStrings(['a', 'Z', '0', '_', '.', '-', '+', '@', ' ', 'é', 'com', 'de', 'html', '/'], 4000, 16),
  ];
  test('same results', () => {
    for (const t of texts) expect(maskNonProse(t)).toBe(old(t));
  });
});
