// Options page: credits for the registry's sources for now; the settings arrive with the reader's-view work.
import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Provenance Lens</h1>
      <section aria-label="Credits">
        <h2>Sources and licences</h2>
        <ul>
          <li>
            State Media Monitor typology (Media and Journalism Research Center), via the Alliance for Securing Democracy&apos;s
            state-media-profiles matrix (MIT licence).
          </li>
          <li>Portal Kombat and RT repost domains from the Information Laundromat&apos;s sites of concern (Alliance for Securing Democracy, MIT licence).</li>
          <li>Mozilla Readability (Apache-2.0), Preact (MIT), webextension-polyfill (MPL-2.0), tldts (MIT).</li>
        </ul>
      </section>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
