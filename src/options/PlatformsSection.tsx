// Chips on social platforms and search pages: one switch per platform, and the people switch (off by default:
// a person's account is never labelled unless the reader asks for it, and then by who employs them).
import { FEED_PLATFORMS } from '../core/feed-platforms';
import type { Settings } from '../settings/schema';
import { useT } from '../ui/i18n';
import { Switch } from './Switch';

export function PlatformsSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const tr = useT();
  return (
    <section aria-labelledby="platforms-heading">
      <h2 id="platforms-heading">{tr.t('optionsPlatformsHeading')}</h2>
      <p class="help">{tr.t('optionsPlatformsHelp')}</p>
      {FEED_PLATFORMS.map((p) => (
        <Switch key={p} id={`platform-${p}`} checked={settings.platforms[p]} onChange={(on) => onChange({ ...settings, platforms: { ...settings.platforms, [p]: on } })}>
          {tr.t(`optionsPlatform_${p}`)}
        </Switch>
      ))}
      <Switch id="people" checked={settings.people} onChange={(people) => onChange({ ...settings, people })}>
        {tr.t('optionsPeople')}
      </Switch>
    </section>
  );
}
