#!/usr/bin/env node
// npm run package: a production build, then one store zip per browser with web-ext build (no source maps inside).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const webExt = join(root, 'node_modules', '.bin', 'web-ext');

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

sh(process.execPath, [join(root, 'build.mjs')]);
for (const browser of ['chrome', 'firefox']) {
  sh(webExt, ['build', '--source-dir', join(root, 'dist', browser), '--artifacts-dir', join(root, 'dist', 'packages'),
    '--filename', `provenance-lens-${browser}-${version}.zip`, '--overwrite-dest', '--ignore-files', '**/*.map']);
}
console.log(`store zips in dist/packages/`);
