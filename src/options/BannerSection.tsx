// The banner switch and one switch per category group.
import { BANNER_GROUPS, type Settings } from '../settings/schema';
import { useT } from '../ui/i18n';
import { Switch } from './Switch';

export function BannerSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const tr = useT();
  return (
    <section aria-labelledby="banner-heading">
      <h2 id="banner-heading">{tr.t('optionsBannerHeading')}</h2>
      <Switch id="banner" checked={settings.banner} onChange={(banner) => onChange({ ...settings, banner })}>
        {tr.t('optionsBanner')}
      </Switch>
      <fieldset class="groups" disabled={!settings.banner}>
        <legend>{tr.t('optionsBannerGroups')}</legend>
        {BANNER_GROUPS.map((g) => (
          <Switch
            key={g}
            id={`group-${g}`}
            checked={settings.bannerCategories[g]}
            disabled={!settings.banner}
            help={tr.t(`groupHelp_${g}`)}
            onChange={(on) => onChange({ ...settings, bannerCategories: { ...settings.bannerCategories, [g]: on } })}
          >
            {tr.t(`group_${g}`)}
          </Switch>
        ))}
      </fieldset>
    </section>
  );
}
