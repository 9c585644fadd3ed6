// Every signal with its localised name and explanation, its evidence quoted as text, and its address as a link
// only when it is http(s). Used for the origin signals and for the machine-translation markers.
import { languageName } from '../i18n/catalogue';
import type { Signal } from '../core/types';
import { ExternalLink, shortUrl } from './ExternalLink';
import { keyOf, tOr, useT } from './i18n';

/** Signals whose evidence text the engine wrote (a host, "og:site_name: RT", markup), not words quoted from the page. */
const ENGINE_WRITTEN = new Set(['site-host', 'canonical', 'site-name', 'media-host', 'mt-dom-residue']);

interface Props {
  signals: Signal[];
  /** Language of the page, for the quotes' lang attribute. */
  pageLanguage: string | null;
}

function EvidenceText({ signal, pageLanguage }: { signal: Signal; pageLanguage: string | null }) {
  const tr = useT();
  const text = signal.evidence.text;
  if (signal.id === 'mt-language-mismatch' && signal.from && pageLanguage) {
    return <span class="evidence-text">{tr.t('evidenceLanguages', [languageName(pageLanguage, tr.locale), languageName(signal.from, tr.locale)])}</span>;
  }
  if (!text) return null;
  if (ENGINE_WRITTEN.has(signal.id)) return <code class="evidence-text">{text}</code>;
  return (
    <q class="evidence-text" lang={pageLanguage ?? undefined}>
      {text}
    </q>
  );
}

export function EvidenceList({ signals, pageLanguage }: Props) {
  const tr = useT();
  return (
    <ul class="evidence">
      {signals.map((s, i) => (
        <li key={`${s.id}-${i}`} class="signal" data-signal={s.id}>
          <span class="signal-name">{tOr(tr, keyOf('signal', s.id), s.id)}</span>
          <span class="signal-help">{tOr(tr, keyOf('signalHelp', s.id), '')}</span>
          <EvidenceText signal={s} pageLanguage={pageLanguage} />
          {s.evidence.url && (
            <ExternalLink class="evidence-url" href={s.evidence.url} title={s.evidence.url}>
              {shortUrl(s.evidence.url)}
            </ExternalLink>
          )}
        </li>
      ))}
    </ul>
  );
}
