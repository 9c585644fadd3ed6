// "Report a mistake": a link to a new issue, pre-filled with what the verdict was based on. It sends nothing by
// itself; the reader sees the report on the issue page and decides whether to submit it. The report is in English
// (the tracker's language) whatever the interface language.
import type { Verdict } from '../core/types';
import { useT } from './i18n';

import { ISSUES_NEW } from '../core/project';

export { ISSUES_NEW };
const MAX_URL_CHARS = 1_500;

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function reportUrl(v: Verdict, version?: string, base = ISSUES_NEW): string {
  const outlet = v.outlet ? `${v.outlet.id} (${v.outlet.name})` : 'none';
  const ids = (list: { id: string }[]) => (list.length ? [...new Set(list.map((s) => s.id))].join(', ') : 'none');
  const translation = v.translation.detected ? `detected${v.translation.from ? ` from ${v.translation.from}` : ''}` : 'not detected';
  const body = [
    `Page: ${clip(v.url, MAX_URL_CHARS)}`,
    `Verdict: ${v.kind}${v.warn ? ' (warned)' : ''}, confidence ${v.confidence}`,
    `Outlet: ${outlet}`,
    `Signals: ${ids(v.signals)}`,
    `Translation: ${translation}; markers: ${ids(v.translation.markers)}`,
    ...(version ? [`Extension version: ${version}`] : []),
    '',
    'What is wrong, and what should it say?',
    '',
  ].join('\n');
  const host = v.site.host || 'a page';
  const q = new URLSearchParams({ title: clip(`Wrong verdict: ${v.kind} on ${host}`, 200), body });
  return `${base}?${q.toString()}`;
}

export function ReportMistake({ verdict, version }: { verdict: Verdict; version?: string }) {
  const tr = useT();
  return (
    <a class="report" href={reportUrl(verdict, version)} target="_blank" rel="noopener noreferrer" title={tr.t('popupReportTitle')}>
      {tr.t('popupReport')}
    </a>
  );
}
