// The project's corpus as the benchmark sees it: every test/corpus/*/page.html with the address in its case.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function corpusCases(root, dir = join(root, 'test/corpus')) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'page.html');
    const caseFile = join(dir, name, 'case.json');
    if (!existsSync(file) || !existsSync(caseFile)) continue;
    const c = JSON.parse(readFileSync(caseFile, 'utf8'));
    out.push({ name, file, url: c.url, expect: c.expect ?? {} });
  }
  return out;
}
