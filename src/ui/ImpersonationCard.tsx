// Whom a look-alike site imitates: the real outlet and its address, the list that names the domain (when listed),
// and every place the page claims to be the outlet, as written. Page text is shown as text, marked with no language
// of ours; the real address is a link to its home page only (https://<domain>/, built from a bare domain).
import type { Impersonation } from '../core/types';
import { listedBy } from '../wording/banner-model';
import { ExternalLink } from './ExternalLink';
import { keyOf, tOr, useT } from './i18n';

export function ImpersonationCard({ imp, host }: { imp: Impersonation; host: string }) {
  const tr = useT();
  return (
    <section class="impersonation" aria-labelledby="imitates-heading">
      <h2 id="imitates-heading">{tr.t('popupImitates')}</h2>
      <p class="imitates">
        <span class="real-name">{imp.name}</span>
        {imp.domain && (
          <>
            {' · '}
            <ExternalLink class="real-domain" href={`https://${imp.domain}/`}>
              {imp.domain}
            </ExternalLink>
          </>
        )}
      </p>
      <p class="lookalike-host">{host}</p>
      {imp.listed && (
        <p class="listed">
          {tr.t('popupListedBy')}: {imp.listed.source.url ? <ExternalLink href={imp.listed.source.url}>{listedBy(imp.listed)}</ExternalLink> : listedBy(imp.listed)}
        </p>
      )}
      {imp.claims.length > 0 && (
        <>
          <h3>{tr.t('popupClaims')}</h3>
          <ul class="claims">
            {imp.claims.map((c, i) => (
              <li key={`${c.where}-${i}`} class="claim">
                <span class="where">{tOr(tr, keyOf('claim', c.where.replace(/[:-]/g, '_')), c.where)}</span>: <q dir="auto">{c.text}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
