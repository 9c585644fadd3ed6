// Where the registry comes from and under which licences (see src/data/LICENSES.md), and the bundled libraries.
import { useT } from '../ui/i18n';

const SOURCES = [
  { name: 'State Media Monitor', url: 'https://statemediamonitor.com/', key: 'creditsStateMediaMonitor' },
  { name: 'state-media-profiles', url: 'https://github.com/ASD-at-GMF/state-media-profiles', key: 'creditsMatrix' },
  { name: 'Information Laundromat', url: 'https://github.com/ASD-at-GMF/disinfo-laundromat', key: 'creditsLaundromat' },
];

const LIBRARIES = [
  { name: 'Mozilla Readability', url: 'https://github.com/mozilla/readability', licence: 'Apache-2.0' },
  // The background parses each analysed page's markup with linkedom; with it come htmlparser2, dom-serializer
  // (MIT), domhandler, domutils, domelementtype, entities, css-select, css-what, nth-check (BSD-2-Clause),
  // boolbase, uhyphen (ISC) and cssomnom (Apache-2.0).
  { name: 'linkedom', url: 'https://github.com/WebReflection/linkedom', licence: 'ISC' },
  { name: 'Preact', url: 'https://preactjs.com/', licence: 'MIT' },
  { name: 'tldts', url: 'https://github.com/remusao/tldts', licence: 'MIT' },
];

const link = (name: string, url: string) => (
  <a href={url} target="_blank" rel="noopener noreferrer">
    {name}
  </a>
);

export function Credits() {
  const tr = useT();
  return (
    <section aria-labelledby="credits-heading" class="credits">
      <h2 id="credits-heading">{tr.t('creditsHeading')}</h2>
      <p>{tr.t('creditsRegistry')}</p>
      <ul>
        {SOURCES.map((s) => (
          <li key={s.name}>
            {link(s.name, s.url)}: {tr.t(s.key)}
          </li>
        ))}
        <li>{tr.t('creditsCurated')}</li>
      </ul>
      <p>{tr.t('creditsLibraries')}</p>
      <ul class="libraries">
        {LIBRARIES.map((l) => (
          <li key={l.name}>
            {link(l.name, l.url)} ({l.licence})
          </li>
        ))}
      </ul>
      <p>{tr.t('creditsLicence')}</p>
    </section>
  );
}
