// Every way back to the original: the source link, the canonical address, archived copies, a search. Only
// http(s) addresses become links; each opens in a new tab, and nothing is fetched before the reader clicks.
import type { OriginalLink } from '../core/types';
import { ExternalLink, hostOf, httpUrl } from './ExternalLink';
import { useT } from './i18n';
import type { Translator } from '../i18n/catalogue';

/** The site a search is restricted to ("site:tassphoto.com …" in the query), else the search engine's host. */
function searchedSite(url: string): string {
  const safe = httpUrl(url);
  if (!safe) return '';
  const q = new URL(safe).searchParams.get('q') ?? '';
  return /(?:^|\s)site:(\S+)/.exec(q)?.[1] ?? hostOf(safe);
}

function labelOf(link: OriginalLink, tr: Translator): string {
  switch (link.kind) {
    case 'source-link':
      return tr.t('originalSource');
    case 'canonical':
      return tr.t('originalCanonical');
    case 'archive':
      return tr.t('originalArchive');
    case 'search':
      return tr.t('originalSearch', searchedSite(link.url));
    default:
      return link.label;
  }
}

export function OriginalLinks({ originals }: { originals: OriginalLink[] }) {
  const tr = useT();
  if (originals.length === 0) return null;
  return (
    <section class="originals" aria-labelledby="originals-heading">
      <h2 id="originals-heading">{tr.t('originalsHeading')}</h2>
      <ul>
        {originals.map((o, i) => (
          <li key={`${o.kind}-${i}`} class={`original original-${o.kind}`}>
            <ExternalLink href={o.url} title={o.url}>
              {labelOf(o, tr)}
            </ExternalLink>{' '}
            <span class="link-host">{hostOf(o.url)}</span>
          </li>
        ))}
      </ul>
      <p class="note">{tr.t('originalsNote')}</p>
    </section>
  );
}
