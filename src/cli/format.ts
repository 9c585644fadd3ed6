// Verdicts → text for people (a table) or programs (JSON, JSON Lines).
import type { ScanResult } from './scan-page';

export function toJson(r: ScanResult | { file: string; error: string }, pretty: boolean): string {
  return JSON.stringify(r, null, pretty ? 2 : undefined);
}

const COLUMNS = ['kind', 'warn', 'outlet', 'lang', 'mt', 'ms', 'page'] as const;

export function tableRow(r: ScanResult | { file: string; error: string }): string[] {
  if ('error' in r) return ['error', '', '', '', '', '', `${r.file}: ${r.error}`];
  return [r.kind, r.warn ? 'WARN' : '-', r.outlet?.id ?? '-', r.language ?? '-', r.translation.detected ? `from ${r.translation.from ?? '?'}` : '-', String(r.scan.ms), r.url];
}

export function table(rows: string[][]): string {
  const all = [COLUMNS as unknown as string[], ...rows];
  const widths = COLUMNS.map((_, i) => Math.min(40, Math.max(...all.map((r) => (r[i] ?? '').length))));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}
