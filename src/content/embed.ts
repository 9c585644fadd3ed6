// Embedded posts and videos on other sites' pages (an X post, a YouTube player in an iframe): the manifest injects
// this into frames of the embed hosts only (core/feed-platforms.ts EMBED_HOSTS), where it puts chips on the
// embedded post's author through the same adapters as on the platform itself. Nothing else of ours runs in frames.
import { EMBED_HOSTS } from '../core/feed-platforms';
import { send } from '../platform/runtime';
import { startFeed, type Feed } from './feed';
import { orphaned } from './orphaned';
import { adapterFor } from './platforms/index';

function run(): void {
  if (window.top === window || !EMBED_HOSTS.includes(location.hostname)) return;
  const adapter = adapterFor(location.hostname, location.pathname);
  if (!adapter) return;
  const platform = adapter.platform;
  let feed: Feed | null = null;
  const ask = (accounts: string[], hosts: string[]) =>
    send({ type: 'chips', url: location.origin, platform, accounts, hosts }).catch((e: unknown) => {
      if (orphaned(e)) feed?.stop();
      else console.error('Provenance Lens: embed chips failed', e);
      return null;
    });
  const filter = () => send({ type: 'chip-filter', url: location.origin, platform }).catch(() => null);
  feed = startFeed(document, adapter, ask, () => (feed = null), filter);
  window.addEventListener('pagehide', () => feed?.stop());
}

try {
  run();
} catch (e) {
  console.error('Provenance Lens: embed script error', e);
}
