import { allOutlets, lookupHost, networkOf, outletById, summarize } from './index';

describe('outletById, allOutlets', () => {
  test('finds outlets by id', () => {
    expect(outletById('rt')?.name).toBe('RT');
    expect(outletById('no-such-outlet')).toBeNull();
    expect(allOutlets().length).toBeGreaterThan(600);
    expect(allOutlets().find((o) => o.id === 'sputnik')).toBe(outletById('sputnik'));
  });
});

describe('networkOf', () => {
  test('editions belong to their network; others are their own', () => {
    expect(networkOf(outletById('rt-de')!).id).toBe('rt');
    expect(networkOf(outletById('rt')!).id).toBe('rt');
    expect(networkOf(outletById('sputnik')!).id).toBe('sputnik');
  });
});

describe('summarize', () => {
  test('adds the policy and, for an edition, the network name; leaves out the editors’ notes', () => {
    const s = summarize(outletById('rt-de')!);
    expect(s.id).toBe('rt-de');
    expect(s.policy).toBe('warn');
    expect(s.networkName).toBe('RT');
    expect(s.domains).toContain('de.rt.com');
    const rt = summarize(outletById('rt')!);
    expect(rt.networkName).toBeUndefined();
    expect('notes' in rt).toBe(false);
  });

  test('public media', () => {
    expect(summarize(lookupHost('tagesschau.de')!.outlet).policy).toBe('public-media');
    expect(summarize(lookupHost('dailynews.co.tz')!.outlet)).toMatchObject({ policy: 'inform', category: 'captured-public' });
  });
});
