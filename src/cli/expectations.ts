// A corpus case's expectations checked against a verdict, metric by metric. Used by the corpus test and by
// `provenance-lens evaluate`, so the figures and the test can never disagree.
import type { Verdict } from '../core/types';

export interface Expectation {
  kind?: string;
  kindIn?: string[];
  outlet?: string;
  warn: boolean;
  translated?: boolean;
  language?: string;
  originals?: string[];
  evidence?: string[];
  /** For kind 'impersonation': the real outlet's domain the verdict must name. */
  impersonates?: string;
  borderline?: boolean;
}

export type Metric = 'warn' | 'impersonation' | 'kind' | 'outlet' | 'translation' | 'originals' | 'evidence' | 'language';
export const METRICS: Metric[] = ['warn', 'impersonation', 'kind', 'outlet', 'translation', 'originals', 'evidence', 'language'];

export interface Check {
  metric: Metric;
  ok: boolean;
  expected: string;
  got: string;
}

function norm(s: string): string {
  return s.normalize('NFKC').replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every quoted piece of evidence in a verdict: signals, translation markers and their addresses. */
export function evidenceTexts(v: Verdict): string[] {
  return [...v.signals, ...v.translation.markers].flatMap((s) => [s.evidence.text ?? '', s.evidence.url ?? '']).filter(Boolean);
}

export function checkCase(e: Expectation, v: Verdict): Check[] {
  const out: Check[] = [];
  out.push({ metric: 'warn', ok: v.warn === e.warn, expected: String(e.warn), got: String(v.warn) });
  // Every case says whether the page imitates an outlet (no: unless its kind or impersonates says so), and whom.
  const imitates = e.kind === 'impersonation' || !!e.impersonates;
  const got = v.kind === 'impersonation' ? v.impersonates?.domain ?? '?' : 'false';
  const expected = imitates ? e.impersonates ?? '(any)' : 'false';
  out.push({ metric: 'impersonation', ok: imitates ? v.kind === 'impersonation' && (!e.impersonates || e.impersonates === got) : v.kind !== 'impersonation', expected, got });
  const kinds = e.kind ? [e.kind] : e.kindIn ?? [];
  if (kinds.length) out.push({ metric: 'kind', ok: kinds.includes(v.kind), expected: kinds.join('|'), got: v.kind });
  if (e.outlet) {
    const ids = [v.outlet?.id, v.outlet?.parent].filter(Boolean) as string[];
    out.push({ metric: 'outlet', ok: ids.includes(e.outlet), expected: e.outlet, got: ids.join('/') || '-' });
  }
  const translated = e.translated === true;
  out.push({ metric: 'translation', ok: v.translation.detected === translated, expected: String(translated), got: String(v.translation.detected) });
  if (e.originals?.length) {
    const offered = new Set(v.originals.map((o) => o.url));
    const missing = e.originals.filter((u) => !offered.has(u));
    out.push({ metric: 'originals', ok: missing.length === 0, expected: e.originals.join(' '), got: missing.length ? `missing ${missing.join(' ')}` : 'all offered' });
  }
  if (e.evidence?.length) {
    const quoted = evidenceTexts(v).map(norm);
    const missing = e.evidence.filter((x) => !quoted.some((q) => q.includes(norm(x))));
    out.push({ metric: 'evidence', ok: missing.length === 0, expected: e.evidence.join(' | '), got: missing.length ? `missing ${missing.join(' | ')}` : 'all quoted' });
  }
  if (e.language) {
    const got = (v.language ?? '').split('-')[0]!.toLowerCase();
    // Norwegian: "nb"/"nn" are written forms of "no".
    const same = got === e.language || (e.language === 'no' && (got === 'nb' || got === 'nn'));
    out.push({ metric: 'language', ok: same, expected: e.language, got: v.language ?? '-' });
  }
  return out;
}
