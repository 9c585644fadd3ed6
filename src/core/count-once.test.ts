import { countOnce } from './count-once';
import type { Signal } from './types';

const sig = (id: string, weight: number, text: string, outlet = 'rt'): Signal => ({ id, weight, outlet, evidence: { text } });

// [case, signals, ids that count]
const ROWS: [string, Signal[], string[]][] = [
  ['title suffix and the same footer string: title-suffix', [sig('title-suffix', 0.7, 'RT Russia & Former Soviet Union'), sig('boilerplate', 0.5, '-- RT Russia & Former Soviet Union')], ['title-suffix']],
  ['copyright line that is footer and attribution: attribution-line', [sig('boilerplate', 0.5, '© Autonomous Nonprofit Organization “TV-Novosti”'), sig('attribution-line', 0.8, '© Autonomous Nonprofit Organization “TV-Novosti”')], ['attribution-line']],
  ['title line ending in a source line: attribution-line', [sig('title-suffix', 0.7, 'RT World News'), sig('attribution-line', 0.8, 'Source: RT World News')], ['attribution-line']],
  ['different strings: both', [sig('title-suffix', 0.7, 'RT World News'), sig('boilerplate', 0.5, 'You can share this story on social media')], ['title-suffix', 'boilerplate']],
  ['short shared text ("RT"): both', [sig('title-suffix', 0.7, 'RT'), sig('attribution-line', 0.8, 'Source: RT')], ['title-suffix', 'attribution-line']],
  ['unpaired signals (site-name, title-suffix): both', [sig('site-name', 0.6, 'RT World News'), sig('title-suffix', 0.7, 'RT World News')], ['site-name', 'title-suffix']],
  ['two boilerplate strings: both (repeats are sumWithRepeats’ matter)', [sig('boilerplate', 0.5, 'Follow RT on'), sig('boilerplate', 0.5, 'Follow RT on Telegram')], ['boilerplate', 'boilerplate']],
];

describe('countOnce', () => {
  test.each(ROWS)('%s', (_, signals, ids) => {
    expect(countOnce(signals).map((s) => s.id)).toEqual(ids);
  });
});
