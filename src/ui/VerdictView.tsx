// The verdict as the popup shows it: props in, events out (onOpenOptions). Page data is always rendered as text.
import { formatPercent } from '../i18n/catalogue';
import type { Verdict } from '../core/types';
import { EvidenceList } from './EvidenceList';
import { keyOf, useT } from './i18n';
import { OriginalLinks } from './OriginalLinks';
import { ImpersonationCard } from './ImpersonationCard';
import { OutletCard } from './OutletCard';
import { ReportMistake } from './ReportMistake';
import { TranslationFindings } from './TranslationFindings';

interface Props {
  verdict: Verdict | null;
  onOpenOptions?: () => void;
  /** Extension version, for the mistake report. */
  version?: string;
}

function Footer({ verdict, onOpenOptions, version }: Props) {
  const tr = useT();
  return (
    <footer class="actions">
      {verdict && <ReportMistake verdict={verdict} version={version} />}
      {onOpenOptions && (
        <button type="button" class="link-button settings" onClick={onOpenOptions}>
          {tr.t('popupSettings')}
        </button>
      )}
    </footer>
  );
}

export function VerdictView({ verdict, onOpenOptions, version }: Props) {
  const tr = useT();
  if (!verdict) {
    return (
      <main class="verdict empty-state">
        <p class="empty">{tr.t('popupEmpty')}</p>
        <Footer verdict={null} onOpenOptions={onOpenOptions} />
      </main>
    );
  }
  const v = verdict;
  return (
    <main class={`verdict kind-${v.kind}${v.warn ? ' warn' : ''}`}>
      <header class="verdict-head">
        <h1 class="kind">{tr.t(keyOf('kind', v.kind))}</h1>
        <p class="kind-help">
          {tr.t(keyOf('kindHelp', v.kind))}
          {v.kind !== 'none' && (
            <>
              {' '}
              <span class="confidence">{tr.t('popupConfidence', formatPercent(v.confidence, tr.locale))}</span>
            </>
          )}
        </p>
      </header>
      {v.impersonates && <ImpersonationCard imp={v.impersonates} host={v.site.host} />}
      {v.outlet && <OutletCard outlet={v.outlet} republishedOn={v.kind === 'republished' ? v.site.host : undefined} />}
      <OriginalLinks originals={v.originals} />
      <TranslationFindings translation={v.translation} pageLanguage={v.language} />
      {v.signals.length > 0 && (
        <section class="signals" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{tr.t('evidenceHeading')}</h2>
          <EvidenceList signals={v.signals} pageLanguage={v.language} />
        </section>
      )}
      <p class="site">
        {tr.t('popupPage')}: <span class="host">{v.site.host}</span>
        {v.site.wrapper && <span class="wrapper"> ({tr.t('popupVia', v.site.wrapper.host)})</span>}
        {v.site.account && v.outlet && <span class="account"> · {tr.t('popupAccount', [v.site.account.address, v.outlet.name])}</span>}
      </p>
      <Footer verdict={v} onOpenOptions={onOpenOptions} version={version} />
    </main>
  );
}
