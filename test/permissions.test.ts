// The manifest asks for exactly what the README's permission table lists, with a reason for each; and the
// extension pages' CSP forbids eval, remote code and network requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Rows of the table under "### Permissions and host access": first cell (unquoted) → reason. */
export function documented(md: string): Map<string, string> {
  const section = md.split(/^### Permissions and host access$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(line);
    if (!m || /^-+$/.test(m[1]!) || m[1] === 'permission or access') continue;
    rows.set(m[1]!.replace(/`/g, ''), m[2]!);
  }
  return rows;
}

/** What the manifest asks for, in the table's words. */
export function requested(m: typeof manifest): string[] {
  const out: string[] = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
  for (const p of [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])]) out.push(`host ${p}`);
  for (const cs of m.content_scripts ?? []) for (const match of cs.matches ?? []) out.push(`content script on ${match}`);
  return out.sort();
}

test('every permission and host access is in the README with a reason, and nothing else is', () => {
  const rows = documented(readme);
  expect([...rows.keys()].sort()).toEqual(requested(manifest));
  for (const reason of rows.values()) expect(reason.length).toBeGreaterThan(20);
});

test('the check fails when a permission is added without updating the README', () => {
  const more = { ...manifest, permissions: [...manifest.permissions, 'tabs'] };
  expect(requested(more)).not.toEqual([...documented(readme).keys()].sort());
  const host = { ...manifest, host_permissions: ['<all_urls>'] };
  expect(requested(host)).toContain('host <all_urls>');
});

test('the content script runs in the top frame only; only the embed script runs in frames, of the embed hosts only', () => {
  const { EMBED_HOSTS } = require('../src/core/feed-platforms') as typeof import('../src/core/feed-platforms');
  const [content, ...rest] = manifest.content_scripts;
  expect(content.js).toEqual(['content.js']);
  expect(content.all_frames).toBe(false);
  expect(rest).toHaveLength(1);
  const embed = rest[0];
  expect(embed.js).toEqual(['embed.js']);
  expect(embed.all_frames).toBe(true);
  for (const m of embed.matches as string[]) expect(EMBED_HOSTS).toContain(new URL(m.replace('*', 'x')).hostname);
});

test('the extension pages\' CSP forbids eval, remote code and requests', () => {
  const csp: string = manifest.content_security_policy.extension_pages;
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toMatch(/connect-src 'none'/);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
});

test('no eval or new Function anywhere in our source', () => {
  const { execSync } = require('node:child_process') as typeof import('node:child_process');
  const hits = execSync(`grep -rnE "\\beval\\(|new Function\\(" src --include=*.ts --include=*.tsx || true`, { cwd: ROOT, encoding: 'utf8' });
  expect(hits.split('\n').filter((l) => l && !/\.test\.tsx?:/.test(l))).toEqual([]);
});
