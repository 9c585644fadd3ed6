import { ALL_CATEGORIES, CATEGORIES, categoryFromCode, isCategory } from './categories';

describe('categories', () => {
  test('the table covers exactly the Category union', () => {
    expect(ALL_CATEGORIES.sort()).toEqual(
      [
        'captured-private',
        'captured-public',
        'covert-network',
        'independent-public',
        'independent-state-funded',
        'independent-state-funded-managed',
        'independent-state-managed',
        'propaganda-outlet',
        'state-controlled',
      ].sort(),
    );
  });

  test.each([
    ['SC', 'state-controlled'],
    ['CaPu', 'captured-public'],
    ['CaPr', 'captured-private'],
    ['ISFM', 'independent-state-funded-managed'],
    ['ISF', 'independent-state-funded'],
    ['ISM', 'independent-state-managed'],
    ['IP', 'independent-public'],
  ])('State Media Monitor code %s → %s', (code, category) => {
    expect(categoryFromCode(code)).toBe(category);
  });

  test('unknown or stray codes map to nothing', () => {
    expect(categoryFromCode('ISFM?')).toBeNull();
    expect(categoryFromCode('')).toBeNull();
    expect(categoryFromCode(null)).toBeNull();
  });

  test('groups', () => {
    expect(CATEGORIES['state-controlled'].group).toBe('state');
    expect(CATEGORIES['covert-network'].group).toBe('covert');
    expect(CATEGORIES['propaganda-outlet'].group).toBe('covert');
    expect(CATEGORIES['captured-public'].group).toBe('captured');
    expect(CATEGORIES['captured-private'].group).toBe('captured');
    for (const c of ['independent-public', 'independent-state-funded', 'independent-state-funded-managed', 'independent-state-managed'] as const) {
      expect(CATEGORIES[c].group).toBe('public');
    }
  });

  test('isCategory', () => {
    expect(isCategory('state-controlled')).toBe(true);
    expect(isCategory('state-controlled media')).toBe(false);
    expect(isCategory('toString')).toBe(false);
  });
});
