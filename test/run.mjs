#!/usr/bin/env node
// npm test: every stage in order, stopping at the first failure, then one closing line "N passed, N failed".
//   type-check → unit tests → corpus test → fuzz test (fixed seeds) → stress tests (CPU-time bounds) → build →
//   end-to-end tests in headless Chromium and Firefox ESR
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_PACKAGES, missingBrowsers } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const totals = { passed: 0, failed: 0 };

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (opts.capture && r.stdout) process.stdout.write(r.stdout);
  return r;
}

function finish(code) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

function stage(name) {
  console.log(`\n=== ${name} ===`);
}

function ensureBrowsers() {
  const missing = missingBrowsers();
  if (!missing.length) return;
  const cmd = `apt-get update && apt-get install -y ${BROWSER_PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`The end-to-end tests need ${missing.join(' and ')}. Install them with:\n  sudo sh -c '${cmd}'`);
    finish(1);
  }
  stage(`installing ${missing.join(', ')} with apt-get`);
  const r = run('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${cmd}`]);
  if (r.status !== 0 || missingBrowsers().length) {
    console.error('apt-get could not install the browsers');
    finish(1);
  }
}

function jestStage(project) {
  stage(`${project} tests (Jest)`);
  const out = join(tmp, `jest-${project}.json`);
  const r = run(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--selectProjects', project, '--ci', '--json', `--outputFile=${out}`]);
  let counts = { numPassedTests: 0, numFailedTests: 0, numTotalTestSuites: 0, numFailedTestSuites: 0 };
  if (existsSync(out)) counts = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += counts.numPassedTests;
  totals.failed += counts.numFailedTests;
  if (r.status !== 0) {
    if (!counts.numFailedTests) totals.failed += Math.max(1, counts.numFailedTestSuites);
    finish(1);
  }
  if (counts.numPassedTests === 0) {
    console.error(`${project}: no test ran`);
    totals.failed++;
    finish(1);
  }
}


ensureBrowsers();

// The whole tree, then src/core alone with no DOM library and no Node types (tsconfig.core.json): the engine
// compiles only against ECMAScript and the URL parser.
for (const config of ['tsconfig.json', 'tsconfig.core.json']) {
  stage(`type-check (tsc --noEmit -p ${config})`);
  if (run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', config]).status !== 0) {
    totals.failed++;
    finish(1);
  }
  totals.passed++;
}

jestStage('unit');
jestStage('corpus');
jestStage('fuzz');
jestStage('stress');

stage('build (node build.mjs)');
if (run(process.execPath, [join(root, 'build.mjs')]).status !== 0) {
  totals.failed++;
  finish(1);
}

// Every file is listed on purpose: a missing one is an error, not fewer tests.
const e2e = ['test/e2e/lint.e2e.mjs', 'test/e2e/chromium.e2e.mjs', 'test/e2e/firefox.e2e.mjs', 'test/e2e/reader.e2e.mjs', 'test/e2e/hostile.e2e.mjs', 'test/e2e/honest.e2e.mjs', 'test/e2e/platforms.e2e.mjs', 'test/e2e/impersonation.e2e.mjs'];
for (const f of e2e) {
  if (!existsSync(join(root, f))) {
    console.error(`missing end-to-end test file ${f}`);
    totals.failed++;
    finish(1);
  }
}
stage(`end-to-end tests: ${e2e.join(', ')}`);
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...e2e], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
process.stdout.write(r.stdout ?? '');
const pass = Number(/^# pass (\d+)/m.exec(r.stdout ?? '')?.[1] ?? 0);
const fail = Number(/^# fail (\d+)/m.exec(r.stdout ?? '')?.[1] ?? 0);
totals.passed += pass;
totals.failed += fail;
if (r.status !== 0 || fail > 0 || pass === 0) {
  if (!fail) totals.failed++;
  finish(1);
}
finish(0);
