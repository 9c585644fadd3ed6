// Command-line arguments → options; every mistake is an InputError with a one-line message.
import { InputError } from './decode';

export type Format = 'json' | 'jsonl' | 'table';

export interface ScanOptions {
  target: string; // a file, a folder, or - for standard input
  url: string | null;
  urlFromName: boolean;
  format: Format | null;
}

export const USAGE = `usage: provenance-lens scan FILE|DIR|- [--url URL] [--url-from-name] [--format json|jsonl|table]
       provenance-lens evaluate DIR [--json]
       provenance-lens lookup URL…|-
  FILE   a saved HTML page; --url gives the address it was served from
  DIR    every page.html with the url in its case.json beside it, or with --url-from-name every .html file,
         its name read as an address (https:// added when missing; ~ stands for /)
  -      the page on standard input (needs --url)
Prints the verdict as JSON for one page, JSON Lines for many, or a table with --format table.
evaluate scans every page.html under DIR and compares it with the "expect" of its case.json: warn precision
and recall, kind, outlet, translation, originals, evidence and language, then lists every miss.
lookup prints the registry's answer for each address (one a line on standard input with -) as JSON Lines:
outlet, kind and warn from the address alone, the listed account it names, the wrapper it came through.`;

export function parseEvaluateArgs(rest: string[]): { dir: string; json: boolean } {
  let dir = '';
  let json = false;
  for (const a of rest) {
    if (a === '--json') json = true;
    else if (a.startsWith('--')) throw new InputError(`unknown option ${a}`);
    else if (dir) throw new InputError('evaluate takes one folder');
    else dir = a;
  }
  if (!dir) throw new InputError('evaluate needs a folder of cases (page.html + case.json)');
  return { dir, json };
}

export function parseArgs(argv: string[]): ScanOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') throw new InputError(USAGE);
  if (command !== 'scan') throw new InputError(`unknown command ${JSON.stringify(command)}; try: provenance-lens scan FILE --url URL`);
  const opts: ScanOptions = { target: '', url: null, urlFromName: false, format: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--url') {
      const v = rest[++i];
      if (v === undefined) throw new InputError('--url needs an address');
      opts.url = v;
    } else if (a.startsWith('--url=')) opts.url = a.slice(6);
    else if (a === '--url-from-name') opts.urlFromName = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? rest[++i] : a.slice(9);
      if (v !== 'json' && v !== 'jsonl' && v !== 'table') throw new InputError(`--format takes json, jsonl or table, got ${JSON.stringify(v ?? '')}`);
      opts.format = v;
    } else if (a.startsWith('--') && a !== '--') throw new InputError(`unknown option ${a}`);
    else if (opts.target) throw new InputError(`only one FILE, DIR or - can be scanned at a time (got ${JSON.stringify(opts.target)} and ${JSON.stringify(a)})`);
    else opts.target = a;
  }
  if (!opts.target) throw new InputError('scan needs a FILE, a DIR or - (standard input)');
  return opts;
}
