// The scanner's command line: files, folders and standard input; bad input is one line and exit code 2.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './main';

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'test', 'corpus', 'seed-rt-de-republish');
const SEED_URL = JSON.parse(readFileSync(join(SEED, 'case.json'), 'utf8')).url as string;

function cli(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out, err };
}

describe('scan FILE --url URL', () => {
  test('prints the verdict as JSON', () => {
    const r = cli(['scan', join(SEED, 'page.html'), '--url', SEED_URL]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out.join('\n'));
    expect(v).toMatchObject({ url: SEED_URL, kind: 'republished', warn: true, outlet: { id: 'rt' } });
    expect(v.scan.ms).toBeGreaterThan(0);
  });
  test('--format table prints one row under a header', () => {
    const r = cli(['scan', join(SEED, 'page.html'), '--url', SEED_URL, '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.out.join('\n').split('\n');
    expect(lines[0]).toMatch(/^kind\s+warn\s+outlet/);
    expect(lines[1]).toMatch(/^republished\s+WARN\s+rt\s/);
  });
});

describe('bad input: one line on stderr, exit code 2, nothing on stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
  const binary = join(dir, 'image.html');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'just some notes, no markup at all\n');
  const empty = join(dir, 'empty.html');
  writeFileSync(empty, '');
  test.each([
    ['a missing file', ['scan', join(dir, 'nope.html'), '--url', 'https://a.example/'], /no such file/],
    ['a binary file', ['scan', binary, '--url', 'https://a.example/'], /not an HTML file/],
    ['a text file without markup', ['scan', text, '--url', 'https://a.example/'], /not an HTML file/],
    ['an empty file', ['scan', empty, '--url', 'https://a.example/'], /empty/],
    ['a malformed URL', ['scan', join(SEED, 'page.html'), '--url', 'not a url'], /not a valid URL/],
    ['a javascript: URL', ['scan', join(SEED, 'page.html'), '--url', 'javascript:alert(1)'], /only http\(s\)/],
    ['no --url for a file', ['scan', join(SEED, 'page.html')], /--url is needed/],
    ['an unknown option', ['scan', join(SEED, 'page.html'), '--colour'], /unknown option/],
    ['an unknown command', ['inspect', 'x'], /unknown command/],
    ['a bad --format', ['scan', join(SEED, 'page.html'), '--url', SEED_URL, '--format', 'xml'], /--format takes/],
  ])('%s', (_name, argv, message) => {
    const r = cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message as RegExp);
    expect(r.err[0]).not.toMatch(/\n/);
  });
});

test('scan of a saved X profile page of a listed account: state media, outlet RT, the account as evidence', () => {
  const r = cli(['scan', join(__dirname, 'testdata', 'x-profile-rt_com.html'), '--url', 'https://x.com/RT_com']);
  expect(r.code).toBe(0);
  const v = JSON.parse(r.out.join('\n'));
  expect(v).toMatchObject({ kind: 'state-media', warn: true, outlet: { id: 'rt' }, site: { host: 'x.com', account: { platform: 'x', handle: 'RT_com', role: 'outlet' } } });
  expect(v.signals).toContainEqual(expect.objectContaining({ id: 'site-host', evidence: expect.objectContaining({ text: 'x.com/RT_com' }) }));
});

describe('scan DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-dir-'));
  for (const name of ['seed-rt-de-republish', 'rdb-bbc-1']) {
    mkdirSync(join(dir, name));
    copyFileSync(join(ROOT, 'test', 'corpus', name, 'page.html'), join(dir, name, 'page.html'));
    copyFileSync(join(ROOT, 'test', 'corpus', name, 'case.json'), join(dir, name, 'case.json'));
  }
  test('every page.html with the url from its case.json, as JSON Lines', () => {
    const r = cli(['scan', dir]);
    expect(r.code).toBe(0);
    const rows = r.out.map((l) => JSON.parse(l));
    expect(rows.map((x) => x.kind).sort()).toEqual(['public-media', 'republished']);
  });
  test('--url-from-name reads addresses from file names', () => {
    const flat = mkdtempSync(join(tmpdir(), 'pl-flat-'));
    copyFileSync(join(ROOT, 'test', 'corpus', 'rt-com-news-473849-morales', 'page.html'), join(flat, 'www.rt.com~news~473849-morales~.html'));
    const r = cli(['scan', flat, '--url-from-name']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0]!)).toMatchObject({ url: 'https://www.rt.com/news/473849-morales/', kind: 'state-media', warn: true });
  });
  test('a folder with an unreadable page still scans the others and exits 2', () => {
    const mixed = mkdtempSync(join(tmpdir(), 'pl-mixed-'));
    mkdirSync(join(mixed, 'good'));
    copyFileSync(join(ROOT, 'test', 'corpus', 'rdb-bbc-1', 'page.html'), join(mixed, 'good', 'page.html'));
    copyFileSync(join(ROOT, 'test', 'corpus', 'rdb-bbc-1', 'case.json'), join(mixed, 'good', 'case.json'));
    mkdirSync(join(mixed, 'bad'));
    writeFileSync(join(mixed, 'bad', 'page.html'), '<html><body>x</body></html>');
    const r = cli(['scan', mixed]);
    expect(r.code).toBe(2);
    expect(r.out.map((l) => JSON.parse(l)).map((x) => x.error ?? x.kind)).toEqual([expect.stringMatching(/no case.json/), 'public-media']);
    expect(r.err[0]).toMatch(/1 of 2 pages could not be scanned/);
  });
  test('evaluate prints figures per metric', () => {
    const r = cli(['evaluate', dir]);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toMatch(/warn\s+precision 100\.0%\s+recall 100\.0%/);
    expect(text).toMatch(/kind\s+100\.0%\s+\(2\/2\)/);
  });
});

test('standard input through the installed command', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'provenance-lens.mjs'), 'scan', '-', '--url', SEED_URL], { input: readFileSync(join(SEED, 'page.html')), encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'republished', outlet: { id: 'rt' }, translation: { detected: true, from: 'en' } });
  const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'provenance-lens.mjs'), 'scan', '-'], { input: '<p>x</p>', encoding: 'utf8', timeout: 60_000 });
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
});
