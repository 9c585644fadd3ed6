// Verdicts → text for people (a table) or programs (JSON, JSON Lines).
import type { ScanResult } from './scan-page';

/** A page that could not be read as HTML at all (InputError): no verdict, only why. */
export interface Unreadable {
  file: string;
  error: string;
}

export type Row = ScanResult | Unreadable;

export function isUnreadable(r: Row): r is Unreadable {
  return !('scan' in r);
}

export function toJson(r: Row, pretty: boolean): string {
  return JSON.stringify(r, null, pretty ? 2 : undefined);
}

const COLUMNS = ['kind', 'warn', 'outlet', 'lang', 'mt', 'ms', 'page'] as const;

export function tableRow(r: Row): string[] {
  if (isUnreadable(r)) return ['error', '', '', '', '', '', `${r.file}: ${r.error}`];
  const page = r.error ? `${r.url} (engine error: ${r.error})` : r.url;
  return [r.kind, r.warn ? 'WARN' : '-', r.outlet?.id ?? '-', r.language ?? '-', r.translation.detected ? `from ${r.translation.from ?? '?'}` : '-', String(r.scan.ms), page];
}

export function table(rows: string[][]): string {
  const all = [COLUMNS as unknown as string[], ...rows];
  const widths = COLUMNS.map((_, i) => Math.min(40, Math.max(...all.map((r) => (r[i] ?? '').length))));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}
