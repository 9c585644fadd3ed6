// Sites where the banner never shows (add, remove) and the pages whose banner was dismissed (forget them).
import { useState } from 'preact/hooks';
import { normalizeHost, withNeverOnSite, withoutNeverOnSite, type Settings } from '../settings/schema';
import { useT } from '../ui/i18n';

export function SitesSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const tr = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    if (!normalizeHost(draft)) {
      setError(tr.t('optionsNeverInvalid', draft.trim()));
      return;
    }
    setError(null);
    setDraft('');
    onChange(withNeverOnSite(settings, draft));
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{tr.t('optionsNeverHeading')}</h2>
      <p class="help">{tr.t('optionsNeverHelp')}</p>
      {settings.neverOnSites.length === 0 ? (
        <p class="sites-empty">{tr.t('optionsNeverEmpty')}</p>
      ) : (
        <ul class="sites">
          {settings.neverOnSites.map((site) => (
            <li key={site}>
              <span class="site-host">{site}</span>
              <button type="button" class="remove" aria-label={tr.t('optionsNeverRemove', site)} title={tr.t('optionsNeverRemove', site)} onClick={() => onChange(withoutNeverOnSite(settings, site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="site-input">{tr.t('optionsNeverInput')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.org"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{tr.t('optionsNeverAdd')}</button>
      </form>
      {error && (
        <p class="error" id="site-error" role="alert">
          {error}
        </p>
      )}
      <h3>{tr.t('optionsDismissedHeading')}</h3>
      <p class="dismissed-count">
        {tr.t('optionsDismissedCount', String(settings.dismissed.length))}{' '}
        {settings.dismissed.length > 0 && (
          <button type="button" class="forget-dismissed" onClick={() => onChange({ ...settings, dismissed: [] })}>
            {tr.t('optionsDismissedClear')}
          </button>
        )}
      </p>
    </section>
  );
}
