// The options page: props in (settings), events out (onChange with the whole new settings). Saving is the caller's.
import type { Settings } from '../settings/schema';
import { useT } from '../ui/i18n';
import { BannerSection } from './BannerSection';
import { Credits } from './Credits';
import { LanguageSection, LinkMarkersSection } from './LanguageSection';
import { PlatformsSection } from './PlatformsSection';
import { SitesSection } from './SitesSection';

export function OptionsView({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const tr = useT();
  return (
    <main>
      <h1>{tr.t('optionsTitle')}</h1>
      <p class="help">{tr.t('optionsSavedNote')}</p>
      <BannerSection settings={settings} onChange={onChange} />
      <SitesSection settings={settings} onChange={onChange} />
      <LinkMarkersSection settings={settings} onChange={onChange} />
      <PlatformsSection settings={settings} onChange={onChange} />
      <LanguageSection settings={settings} onChange={onChange} />
      <Credits />
    </main>
  );
}
