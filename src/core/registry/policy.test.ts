import type { Category, Outlet, Sanction } from '../types';
import { policyOf } from './policy';
import { lookupHost } from './index';

function outlet(category: Category, sanctions: Sanction[] = []): Outlet {
  return {
    id: 'x',
    name: 'X',
    aliases: [],
    country: 'RU',
    owner: '',
    funding: '',
    category,
    typology: { code: null, source: null },
    sanctions,
    references: [{ url: 'https://example.org/' }],
    domains: [],
  };
}

const BAN: Sanction = { jurisdiction: 'EU', act: 'Council Regulation (EU) 2022/350', date: '2022-03-01' };

describe('policyOf', () => {
  test.each([
    ['state-controlled', [], 'warn'],
    ['covert-network', [], 'warn'],
    ['propaganda-outlet', [], 'warn'],
    ['captured-public', [BAN], 'warn'],
    ['captured-private', [BAN], 'warn'],
    ['captured-public', [], 'inform'],
    ['captured-private', [], 'inform'],
    ['independent-public', [], 'public-media'],
    ['independent-state-funded', [], 'public-media'],
    ['independent-state-funded-managed', [], 'public-media'],
    ['independent-state-managed', [], 'public-media'],
    ['independent-public', [BAN], 'public-media'],
  ] as const)('%s with %j sanctions → %s', (category, sanctions, policy) => {
    expect(policyOf(outlet(category, [...sanctions]))).toBe(policy);
  });

  test('on the data', () => {
    expect(policyOf(lookupHost('rt.com')!.outlet)).toBe('warn');
    expect(policyOf(lookupHost('1tv.ru')!.outlet)).toBe('warn'); // captured, EU-sanctioned
    expect(policyOf(lookupHost('nhk.or.jp')!.outlet)).toBe('inform'); // captured, no sanctions
    expect(policyOf(lookupHost('bbc.co.uk')!.outlet)).toBe('public-media');
  });
});
