// Options page: every change is saved at once to storage.local and applies without a reload (the content
// scripts, the popup and this page follow onSettingsChanged; other open options tabs update too).
import { render } from 'preact';
import { initI18n, onLanguageChanged, type Translator } from '../platform/i18n';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../platform/settings';
import { TranslatorContext } from '../ui/i18n';
import { OptionsView } from './OptionsView';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  let [translator, settings]: [Translator, Settings] = await Promise.all([initI18n(), loadSettings()]);

  const draw = () => {
    document.documentElement.lang = translator.lang;
    document.title = translator.t('optionsTitle');
    render(
      <TranslatorContext.Provider value={translator}>
        <OptionsView settings={settings} onChange={change} />
      </TranslatorContext.Provider>,
      root,
    );
  };
  const change = (next: Settings) => {
    settings = next; // show the change at once; storage answers with the validated value
    draw();
    void saveSettings(next).then((saved) => {
      settings = saved;
      draw();
    });
  };

  onSettingsChanged((s) => {
    settings = s;
    draw();
  });
  onLanguageChanged((next) => {
    translator = next;
    draw();
  });
  draw();
  root.setAttribute('data-rendered', 'true');
}

void main();
