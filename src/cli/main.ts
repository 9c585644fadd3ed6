// provenance-lens scan FILE|DIR|- : the engine on saved pages, for researchers and for our tests;
// provenance-lens lookup URL…|- : the registry's answer for addresses alone (lookup.ts).
import { readFileSync } from 'node:fs';
import { parseArgs, parseEvaluateArgs } from './args';
import { report } from './evaluate';
import { InputError } from './decode';
import { runLookup } from './lookup';
import { isUnreadable, table, tableRow, toJson, type Row } from './format';
import { fileInput, folderInputs, isDirectory, type PageInput } from './inputs';
import { checkUrl, scanHtml } from './scan-page';

function scanOne(p: PageInput): Row {
  try {
    return scanHtml(p.read(), p.url, p.file);
  } catch (e) {
    if (e instanceof InputError) return { file: p.file, error: e.message };
    throw e;
  }
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, stdin?: () => string): number {
  try {
    if (argv[0] === 'lookup') return runLookup(argv.slice(1), out, err, stdin);
    if (argv[0] === 'evaluate') {
      const { dir, json } = parseEvaluateArgs(argv.slice(1));
      if (!isDirectory(dir)) throw new InputError(`${dir}: not a folder`);
      return report(dir, json, out);
    }
    const opts = parseArgs(argv);
    let pages: PageInput[];
    let rows: Row[] = [];
    let many = false;
    if (opts.target === '-') {
      if (!opts.url) throw new InputError('reading standard input needs --url (the address the page was served from)');
      const url = checkUrl(opts.url, '--url');
      pages = [{ file: '-', url, read: () => readFileSync(0) }];
    } else if (isDirectory(opts.target)) {
      if (opts.url) throw new InputError('--url goes with one file; a folder takes its addresses from case.json or, with --url-from-name, from file names');
      const found = folderInputs(opts.target, opts.urlFromName);
      pages = found.pages;
      rows = found.errors;
      many = true;
    } else {
      pages = [fileInput(opts.target, opts.url, opts.urlFromName)];
    }
    const format = opts.format ?? (many ? 'jsonl' : 'json');
    const tableRows: string[][] = rows.map(tableRow);
    if (format !== 'table') for (const r of rows) out(toJson(r, false));
    if (!many) {
      // One page: bad input is a one-line error and exit 2, with nothing on standard output.
      const r = scanHtml(pages[0]!.read(), pages[0]!.url, pages[0]!.file);
      out(format === 'table' ? table([tableRow(r)]) : toJson(r, format === 'json'));
      return 0;
    }
    let failed = rows.length;
    for (const p of pages) {
      const r = scanOne(p);
      if (isUnreadable(r)) failed++;
      if (format === 'table') tableRows.push(tableRow(r));
      else out(toJson(r, format === 'json'));
    }
    if (format === 'table') out(table(tableRows));
    if (failed) {
      err(`provenance-lens: ${failed} of ${pages.length + rows.length} pages could not be scanned`);
      return 2;
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err(`provenance-lens: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

/** Entry point when run as a program (bin/provenance-lens.mjs). */
export function main(): void {
  const chunks: string[] = [];
  const code = run(process.argv.slice(2), (s) => chunks.push(s), (s) => process.stderr.write(s + '\n'));
  if (chunks.length) process.stdout.write(chunks.join('\n') + '\n');
  process.exitCode = code;
}
