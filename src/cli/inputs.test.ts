import { randomStrings } from '../core/test-kit';

test('the "(inferred)" trim answers as the old /\\s*\\(inferred\\)\\s*$/', () => {
  const urls = ['https://rt.com/a (inferred)', 'https://rt.com/a(inferred) ', '\t'.repeat(3000), ...randomStrings([' ', '\t', '(inferred)', 'x', '('], 2000, 8)];
  for (const u of urls) expect(u.replace(/(?<!\s)\s*\(inferred\)\s*$/, '')).toBe(u.replace(/\s*\(inferred\)\s*$/, ''));
});
