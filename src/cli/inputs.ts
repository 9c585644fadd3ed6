// Which pages a scan covers: one file, standard input, or a folder of saved pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from './decode';
import { checkUrl } from './scan-page';

export interface PageInput {
  file: string;
  url: string;
  read: () => Uint8Array;
}

const MAX_FILES = 100_000;

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= MAX_FILES) return;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile() && /\.html?$/i.test(entry.name)) out.push(p);
  }
}

/** A file name read as an address: "www.rt.com~news~1-x.html" → https://www.rt.com/news/1-x */
export function urlFromName(file: string): string {
  let name = basename(file).replace(/\.html?$/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep it as it is */
  }
  name = name.replace(/~/g, '/');
  return checkUrl(/^https?:\/\//i.test(name) ? name : `https://${name}`, file);
}

function caseUrl(file: string): string {
  const casePath = join(file, '..', 'case.json');
  let raw: string;
  try {
    raw = readFileSync(casePath, 'utf8');
  } catch {
    throw new InputError(`${file}: no case.json beside it (use --url-from-name to read addresses from file names)`);
  }
  let url: unknown;
  try {
    url = (JSON.parse(raw) as { url?: unknown }).url;
  } catch {
    throw new InputError(`${casePath}: not valid JSON`);
  }
  if (typeof url !== 'string') throw new InputError(`${casePath}: has no "url" string`);
  // (?<!\s): a run of white space is tried from its start only, not from each of its characters (quadratic).
  return checkUrl(url.replace(/(?<!\s)\s*\(inferred\)\s*$/, ''), casePath);
}

export function folderInputs(dir: string, fromName: boolean): { pages: PageInput[]; errors: { file: string; error: string }[] } {
  const files: string[] = [];
  walk(dir, files);
  const pages: PageInput[] = [];
  const errors: { file: string; error: string }[] = [];
  for (const file of files) {
    if (!fromName && basename(file) !== 'page.html') continue;
    try {
      const url = fromName ? urlFromName(file) : caseUrl(file);
      pages.push({ file, url, read: () => readFileSync(file) });
    } catch (e) {
      errors.push({ file, error: (e as Error).message });
    }
  }
  if (!pages.length && !errors.length) throw new InputError(`${dir}: no pages found (${fromName ? 'no .html files' : 'no page.html files; try --url-from-name'})`);
  return { pages, errors };
}

export function fileInput(file: string, url: string | null, fromName: boolean): PageInput {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (!isFile) throw new InputError(`${file}: not a file`);
  const address = url !== null ? checkUrl(url, '--url') : fromName ? urlFromName(file) : null;
  if (!address) throw new InputError(`${file}: --url is needed (the address the page was served from)`);
  return { file, url: address, read: () => readFileSync(file) };
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
