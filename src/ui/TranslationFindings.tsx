// What points to machine translation: whether it was detected, from which language, how sure, and each marker.
import { formatPercent, languageName } from '../i18n/catalogue';
import type { TranslationFindings as Findings } from '../core/types';
import { EvidenceList } from './EvidenceList';
import { useT } from './i18n';

export function TranslationFindings({ translation, pageLanguage }: { translation: Findings; pageLanguage: string | null }) {
  const tr = useT();
  if (!translation.detected && translation.markers.length === 0) return null;
  const summary = !translation.detected
    ? tr.t('translationWeak')
    : translation.from
      ? tr.t('translationFrom', languageName(translation.from, tr.locale))
      : tr.t('translationDetected');
  return (
    <section class={`translation${translation.detected ? ' detected' : ''}`} aria-labelledby="translation-heading">
      <h2 id="translation-heading">{tr.t('translationHeading')}</h2>
      <p class="translation-summary">
        {summary}
        {translation.detected && <span class="confidence"> · {tr.t('popupConfidence', formatPercent(translation.confidence, tr.locale))}</span>}
      </p>
      {translation.markers.length > 0 && (
        <details class="markers">
          <summary>
            {tr.t('translationMarkers')} ({translation.markers.length})
          </summary>
          <EvidenceList signals={translation.markers} pageLanguage={pageLanguage} />
        </details>
      )}
    </section>
  );
}
