#!/usr/bin/env node
// npm run corpus:regenerate: rewrites test/corpus/<case>/verdict.json and test/corpus-pending/<case>/verdict.json,
// the scanner's verdict for each page, and src/ui/samples.json (the popup's sample verdicts) from them, by running
// the corpus test with CORPUS_REGENERATE=1 (test/corpus-snapshot.ts). Review the diff (git diff test/corpus src/ui)
// like code: it is the change of behaviour.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'corpus', '--maxWorkers=1', '--ci', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CORPUS_REGENERATE: '1', FORCE_COLOR: '0' },
});
console.log(r.status === 0 ? 'corpus: snapshots and src/ui/samples.json written; review them with git diff' : 'corpus: written, but some expectation of a case.json failed (see above)');
process.exit(r.status ?? 1);
