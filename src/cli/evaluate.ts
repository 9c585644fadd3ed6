// provenance-lens evaluate DIR: per-metric figures over a folder of cases (page.html + case.json with "expect").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './decode';
import { checkCase, METRICS, type Check, type Expectation } from './expectations';
import { folderInputs } from './inputs';
import { scanHtml } from './scan-page';

export interface CaseResult {
  file: string;
  borderline: boolean;
  checks: Check[];
  ms: number;
}

export function evaluateFolder(dir: string): { results: CaseResult[]; errors: { file: string; error: string }[] } {
  const { pages, errors } = folderInputs(dir, false);
  const results: CaseResult[] = [];
  for (const p of pages) {
    const expect = (JSON.parse(readFileSync(join(p.file, '..', 'case.json'), 'utf8')) as { expect?: Expectation }).expect;
    if (!expect || typeof expect.warn !== 'boolean') {
      errors.push({ file: p.file, error: 'case.json has no "expect" with a boolean "warn"' });
      continue;
    }
    try {
      const r = scanHtml(p.read(), p.url, p.file);
      // A page the engine failed on is counted as unreadable too: its verdict is the address's alone.
      if (r.error) errors.push({ file: p.file, error: `engine error: ${r.error}` });
      results.push({ file: p.file, borderline: !!expect.borderline, checks: checkCase(expect, r), ms: r.scan.ms });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push({ file: p.file, error: e.message });
    }
  }
  return { results, errors };
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

export function summarise(results: CaseResult[]): Record<string, unknown> {
  const main = results.filter((r) => !r.borderline);
  const figures: Record<string, unknown> = { cases: results.length, borderline: results.length - main.length };
  // Warn precision and recall: a banner where none belongs is as costly as a missed one.
  let tp = 0, fp = 0, fn = 0;
  for (const r of main) {
    const c = r.checks.find((x) => x.metric === 'warn')!;
    if (c.expected === 'true' && c.got === 'true') tp++;
    else if (c.expected === 'false' && c.got === 'true') fp++;
    else if (c.expected === 'true' && c.got === 'false') fn++;
  }
  figures.warn = { precision: pct(tp, tp + fp), recall: pct(tp, tp + fn), tp, fp, fn };
  // Impersonation precision and recall (issue 14): a look-alike named, with the right real outlet.
  let itp = 0, ifp = 0, ifn = 0;
  for (const r of main) {
    const c = r.checks.find((x) => x.metric === 'impersonation')!;
    const expected = c.expected !== 'false', got = c.got !== 'false';
    if (expected && got && c.ok) itp++;
    else if (got && (!expected || !c.ok)) ifp++;
    if (expected && !c.ok) ifn++;
  }
  figures.impersonation = { precision: pct(itp, itp + ifp), recall: pct(itp, itp + ifn), tp: itp, fp: ifp, fn: ifn };
  for (const m of METRICS.filter((x) => x !== 'warn' && x !== 'impersonation')) {
    const cs = main.flatMap((r) => r.checks.filter((c) => c.metric === m));
    figures[m] = { correct: cs.filter((c) => c.ok).length, of: cs.length, rate: pct(cs.filter((c) => c.ok).length, cs.length) };
  }
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  figures.msPerPage = { median: ms[Math.floor(ms.length / 2)] ?? 0, worst: ms[ms.length - 1] ?? 0 };
  return figures;
}

export function report(dir: string, asJson: boolean, out: (s: string) => void): number {
  const { results, errors } = evaluateFolder(dir);
  const figures = summarise(results);
  const failures = results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => ({ file: r.file, borderline: r.borderline, ...c })));
  if (asJson) {
    out(JSON.stringify({ figures, failures, errors }, null, 2));
  } else {
    out(`${results.length} cases in ${dir}${errors.length ? `, ${errors.length} unreadable` : ''}`);
    const w = figures.warn as { precision: string; recall: string; tp: number; fp: number; fn: number };
    out(`warn         precision ${w.precision}  recall ${w.recall}  (tp ${w.tp}, fp ${w.fp}, fn ${w.fn})`);
    const im = figures.impersonation as typeof w;
    out(`impersonation precision ${im.precision}  recall ${im.recall}  (tp ${im.tp}, fp ${im.fp}, fn ${im.fn})`);
    for (const m of METRICS.filter((x) => x !== 'warn' && x !== 'impersonation')) {
      const f = figures[m] as { correct: number; of: number; rate: string };
      out(`${m.padEnd(12)} ${f.rate.padStart(6)}  (${f.correct}/${f.of})`);
    }
    const t = figures.msPerPage as { median: number; worst: number };
    out(`time         median ${t.median} ms, worst ${t.worst} ms per page`);
    if (failures.length) out('\nfailures:');
    for (const f of failures) out(`  ${f.borderline ? '(borderline) ' : ''}${f.file} ${f.metric}: expected ${f.expected}, got ${f.got}`);
    for (const e of errors) out(`  ${e.file}: ${e.error}`);
  }
  return failures.some((f) => !f.borderline) || errors.length ? 1 : 0;
}
