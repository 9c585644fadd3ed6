// Link markers and the interface language.
import { LANGUAGES, type LanguageSetting, type Settings } from '../settings/schema';
import { useT } from '../ui/i18n';
import { Switch } from './Switch';

const LABEL: Record<LanguageSetting, { key: string; lang?: string }> = {
  auto: { key: 'optionsLanguageAuto' },
  en: { key: 'optionsLanguageEn', lang: 'en' },
  de: { key: 'optionsLanguageDe', lang: 'de' },
};

export function LinkMarkersSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const tr = useT();
  return (
    <section aria-labelledby="markers-heading">
      <h2 id="markers-heading">{tr.t('optionsLinkMarkersHeading')}</h2>
      <Switch id="link-markers" checked={settings.linkMarkers} onChange={(linkMarkers) => onChange({ ...settings, linkMarkers })}>
        {tr.t('optionsLinkMarkers')}
      </Switch>
    </section>
  );
}

export function LanguageSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const tr = useT();
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{tr.t('optionsLanguageHeading')}</h2>
      <fieldset class="languages">
        <legend class="visually-hidden">{tr.t('optionsLanguageHeading')}</legend>
        {LANGUAGES.map((l) => (
          <div class="radio" key={l}>
            <input type="radio" name="language" id={`language-${l}`} value={l} checked={settings.language === l} onChange={() => onChange({ ...settings, language: l })} />
            <label for={`language-${l}`} lang={LABEL[l].lang}>
              {tr.t(LABEL[l].key)}
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
