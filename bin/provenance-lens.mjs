#!/usr/bin/env node
// The scanner's launcher: builds the Node bundle from src/ when it is missing or older than the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'node', 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const srcDir = join(root, 'src');
if (!existsSync(bundle) || (existsSync(srcDir) && newestSource(srcDir) > statSync(bundle).mtimeMs)) {
  const { buildCli } = await import(pathToFileURL(join(root, 'build.mjs')).href);
  await buildCli();
}
const { main } = await import(pathToFileURL(bundle).href);
main();
