// The outlet behind a verdict: name, network, classification with its source and date, country, owner, funding,
// sanctions and references. Registry facts are English text (marked lang="en"); labels, countries and dates follow
// the interface language.
import { countryName, formatDate } from '../i18n/catalogue';
import type { OutletSummary, Sanction } from '../core/types';
import { ExternalLink, hostOf } from './ExternalLink';
import { keyOf, tOr, useT } from './i18n';

interface Props {
  outlet: OutletSummary;
  /** Set for republications: the site that carries the outlet's article. */
  republishedOn?: string;
}

function Fact({ text }: { text: string }) {
  const tr = useT();
  return text.trim() ? <span lang="en">{text}</span> : <span class="not-recorded">{tr.t('outletNotRecorded')}</span>;
}

function SanctionItem({ s }: { s: Sanction }) {
  const tr = useT();
  return (
    <li class="sanction">
      <span class="jurisdiction">{s.jurisdiction}</span>
      {' · '}
      <time dateTime={/^\d{4}(-\d{2}){0,2}$/.test(s.date) ? s.date : undefined}>{formatDate(s.date, tr.locale)}</time>
      <br />
      <span class="act" lang="en">
        {s.act}
      </span>{' '}
      {s.url && (
        <ExternalLink class="source" href={s.url}>
          {tr.t('outletClassificationSource')}
        </ExternalLink>
      )}
    </li>
  );
}

export function OutletCard({ outlet: o, republishedOn }: Props) {
  const tr = useT();
  const jurisdictions = [...new Set(o.sanctions.map((s) => s.jurisdiction))].join(', ');
  return (
    <section class={`outlet policy-${o.policy}`} aria-labelledby="outlet-name">
      <h2 class="outlet-name" id="outlet-name">
        {o.name}
      </h2>
      {o.networkName && <p class="network">{tr.t('outletNetwork', o.networkName)}</p>}
      {republishedOn && <p class="republished-on">{tr.t('popupRepublishedOn', republishedOn)}</p>}
      <dl>
        <dt>{tr.t('outletClassification')}</dt>
        <dd class="classification">
          <span class="category">{tOr(tr, keyOf('category', o.category), o.category)}</span>
          <span class="category-help">{tOr(tr, keyOf('categoryHelp', o.category), '')}</span>
          {(o.typology.source || o.typology.asOf) && (
            <span class="typology">
              {o.typology.source && (
                <ExternalLink class="source" href={o.typology.source} title={o.typology.source}>
                  {tr.t('outletClassificationSource')}
                </ExternalLink>
              )}
              {o.typology.source && o.typology.asOf && ' · '}
              {o.typology.asOf && <span class="as-of">{tr.t('outletAsOf', formatDate(o.typology.asOf, tr.locale))}</span>}
            </span>
          )}
        </dd>
        <dt>{tr.t('outletCountry')}</dt>
        <dd class="country">{countryName(o.country, tr.locale)}</dd>
        <dt>{tr.t('outletOwner')}</dt>
        <dd class="owner">
          <Fact text={o.owner} />
        </dd>
        <dt>{tr.t('outletFunding')}</dt>
        <dd class="funding">
          <Fact text={o.funding} />
        </dd>
      </dl>
      {o.sanctions.length > 0 && (
        <details class="sanctions">
          <summary>
            {tr.t('outletSanctions', String(o.sanctions.length))}: {jurisdictions}
          </summary>
          <ul>
            {o.sanctions.map((s, i) => (
              <SanctionItem key={i} s={s} />
            ))}
          </ul>
        </details>
      )}
      {o.references.length > 0 && (
        <details class="references">
          <summary>{tr.t('outletReferences', String(o.references.length))}</summary>
          <ul>
            {o.references.map((r, i) => (
              <li key={i}>
                <ExternalLink href={r.url} title={r.url}>
                  <span lang="en">{r.fact || hostOf(r.url) || r.url}</span>
                </ExternalLink>{' '}
                <span class="link-host">{hostOf(r.url)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {tr.lang !== 'en' && <p class="note">{tr.t('outletRegistryInEnglish')}</p>}
    </section>
  );
}
