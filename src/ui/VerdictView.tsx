// The verdict as the popup shows it: props in, nothing else. Page data is always rendered as text.
import type { Verdict } from '../core/types';

const KIND_TEXT: Record<Verdict['kind'], string> = {
  'state-media': 'State media',
  republished: 'Republished state-media article',
  cites: 'Cites state media',
  'public-media': 'Public media',
  none: 'No state-media origin found',
};

export function VerdictView({ verdict }: { verdict: Verdict | null }) {
  if (!verdict) return <p class="empty">No verdict for this tab yet. Provenance Lens reads http and https pages.</p>;
  const o = verdict.outlet;
  return (
    <article class={`verdict kind-${verdict.kind}${verdict.warn ? ' warn' : ''}`}>
      <h1 class="kind">{KIND_TEXT[verdict.kind]}</h1>
      {o && (
        <section class="outlet" aria-label="Outlet">
          <h2 class="outlet-name">{o.name}</h2>
          <dl>
            <dt>Country</dt>
            <dd>{o.country}</dd>
            <dt>Owner</dt>
            <dd>{o.owner}</dd>
            <dt>Funding</dt>
            <dd>{o.funding}</dd>
            <dt>Classification</dt>
            <dd>
              {o.category}
              {o.typology.source && (
                <>
                  {' '}
                  (<a href={o.typology.source} target="_blank" rel="noopener noreferrer">source</a>)
                </>
              )}
            </dd>
          </dl>
        </section>
      )}
      <p class="site">
        Page: <span class="host">{verdict.site.host}</span>
        {verdict.site.wrapper && <span class="wrapper"> via {verdict.site.wrapper.host}</span>}
      </p>
      {verdict.signals.length > 0 && (
        <section class="signals" aria-label="Evidence">
          <h2>Evidence</h2>
          <ul>
            {verdict.signals.map((s, i) => (
              <li key={i} class="signal">
                <span class="signal-id">{s.id}</span> <q>{s.evidence.text ?? s.evidence.url ?? ''}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
