import { readdirSync } from 'node:fs';
import { context } from '../test-kit';
import { CITATION_SIGNALS, ORIGIN_SIGNALS, SIGNALS, SITE_HOST, TRANSLATION_SIGNALS, runSignals, weightOf } from './index';

/** The detector files of this folder: everything but the table, the context and the tests. */
const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'context.ts');
const ids = SIGNALS.map((s) => s.id);

describe('the signals table', () => {
  test('every detector file of the folder is in the table, and every signal of the table has its file', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
  });
  test('ids are unique', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });
  test.each(SIGNALS.map((s) => [s.id, s] as const))('%s: the detector is the detect of the file named by the id, and it has its table test', async (id, spec) => {
    const mod = (await import(`./${id}`)) as { detect: unknown };
    expect(mod.detect).toBe(spec.detect);
    expect(readdirSync(__dirname)).toContain(`${id}.test.ts`);
  });
  test.each(SIGNALS.map((s) => [s.id, s.weight, s.group] as const))('%s: weight %p in (0, 1], group %p valid', (_id, weight, group) => {
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThanOrEqual(1);
    expect(['origin', 'citation', 'translation']).toContain(group);
  });
  test('the group sets split the table', () => {
    expect([...ORIGIN_SIGNALS, ...CITATION_SIGNALS, ...TRANSLATION_SIGNALS].sort()).toEqual([...ids].sort());
    expect([...CITATION_SIGNALS].sort()).toEqual(['outlet-credit', 'outlet-link']);
    expect([...TRANSLATION_SIGNALS].every((id) => id.startsWith('mt-'))).toBe(true);
    expect([...ORIGIN_SIGNALS].some((id) => id.startsWith('mt-'))).toBe(false);
  });
  test('no origin signal alone reaches the republication threshold (1.0); site-host is no detector', () => {
    for (const s of SIGNALS.filter((x) => x.group === 'origin')) expect([s.id, s.weight < 1]).toEqual([s.id, true]);
    expect(ids).not.toContain(SITE_HOST.id);
  });
  test('weightOf: the table, site-host, nothing for an unknown id', () => {
    expect(weightOf('canonical')).toBe(0.9);
    expect(weightOf('outlet-link')).toBe(0.1);
    expect(weightOf('site-host')).toBe(1);
    expect(weightOf('no-such-signal')).toBe(0);
  });
});

describe('runSignals', () => {
  test('each finding carries the weight of its signal in the table', () => {
    const signals = runSignals(context({ canonical: 'https://www.rt.com/russia/590571-x/', links: [] }));
    expect(signals).toContainEqual(expect.objectContaining({ id: 'canonical', weight: 0.9, outlet: 'rt' }));
    expect(Object.keys(signals.find((s) => s.id === 'canonical')!).slice(0, 2)).toEqual(['id', 'weight']);
  });
  test('a detector that throws is skipped, the others still run', () => {
    const spec = SIGNALS.find((s) => s.id === 'canonical')!;
    const original = spec.detect;
    spec.detect = () => {
      throw new Error('hostile page');
    };
    try {
      const signals = runSignals(context({ canonical: 'https://www.rt.com/russia/590571-x/', ogUrl: 'https://www.rt.com/russia/590571-x/', siteName: 'RT International' }));
      expect(signals.map((s) => s.id)).not.toContain('canonical');
      expect(signals.map((s) => s.id)).toContain('site-name');
    } finally {
      spec.detect = original;
    }
  });
});
