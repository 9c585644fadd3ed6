// provenance-lens lookup: the registry's answer per address, as JSON Lines.
import { run } from './main';

function cli(argv: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (s) => out.push(s), (s) => err.push(s), stdin === undefined ? undefined : () => stdin);
  return { code, rows: out.map((l) => JSON.parse(l)), err };
}

test('addresses as arguments: outlet sites, accounts, wrappers, nothing', () => {
  const r = cli(['lookup', 'https://x.com/RT_com/status/1', 'https://www.bbc.com/news/1', 'https://web.archive.org/web/2024/https://www.rt.com/news/1/', 'https://x.com/home']);
  expect(r.code).toBe(0);
  expect(r.rows).toEqual([
    expect.objectContaining({ input: 'https://x.com/RT_com/status/1', kind: 'state-media', warn: true, outlet: expect.objectContaining({ id: 'rt' }), matched: 'x.com/RT_com', account: { platform: 'x', handle: 'RT_com', role: 'outlet', address: 'x.com/RT_com' } }),
    expect.objectContaining({ kind: 'public-media', warn: false, outlet: expect.objectContaining({ id: 'bbc' }) }),
    expect.objectContaining({ url: 'https://www.rt.com/news/1/', kind: 'state-media', wrapper: 'wayback' }),
    expect.objectContaining({ input: 'https://x.com/home', kind: null, outlet: null }),
  ]);
  expect(r.rows[3].account).toBeUndefined();
});

test('lookup - reads one address a line; blank lines and comments skipped; a bad one is a row with an error and exit 2', () => {
  const r = cli(['lookup', '-'], '# accounts\nhttps://t.me/s/doesnotexist\n\nhttps://twitter.com/SputnikInt\nnot a url\n');
  expect(r.code).toBe(2);
  expect(r.rows.map((x) => x.error ?? x.outlet?.id ?? null)).toEqual([null, 'sputnik', expect.stringMatching(/not a valid URL/)]);
  expect(r.err).toEqual(['provenance-lens: 1 of 3 addresses could not be looked up']);
});

test.each([
  [['lookup'], /needs one or more addresses/],
  [['lookup', '--json'], /unknown option/],
  [['lookup', '-', 'https://x.com/RT_com'], /give no others/],
])('%j: one line, exit 2', (argv, message) => {
  const r = cli(argv, '');
  expect(r.code).toBe(2);
  expect(r.rows).toEqual([]);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(message);
});
