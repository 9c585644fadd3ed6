// Popup: renders the stored verdict of the active tab (or of ?tab=<id>), in the interface language, and follows
// changes to that verdict and to the language while open. #app gets data-rendered="true" and data-render-ms
// (time from the start of the script to the first render) once it shows a verdict or the empty state.
import { render } from 'preact';
import type { Verdict } from '../core/types';
import { extensionVersion, openOptionsPage } from '../platform/extension';
import { initI18n, onLanguageChanged, type Translator } from '../platform/i18n';
import { activeTabId, loadVerdict, onVerdictChanged } from '../platform/verdict-store';
import { TranslatorContext } from '../ui/i18n';
import { VerdictView } from '../ui/VerdictView';

const started = performance.now();

async function tabToShow(): Promise<number | null> {
  const tabParam = new URLSearchParams(location.search).get('tab');
  return tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : activeTabId();
}

function openOptions(): void {
  void openOptionsPage().then(() => window.close());
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // The language setting and the verdict are read at the same time: each first storage call costs most of the time.
  const i18n = initI18n();
  const tabId = await tabToShow();
  let verdict: Verdict | null = tabId === null ? null : await loadVerdict(tabId);
  let translator: Translator = await i18n;
  const version = extensionVersion();

  const draw = () => {
    document.documentElement.lang = translator.lang;
    document.title = translator.t('extName');
    render(
      <TranslatorContext.Provider value={translator}>
        <VerdictView verdict={verdict} onOpenOptions={openOptions} version={version} />
      </TranslatorContext.Provider>,
      root,
    );
  };
  draw();
  root.setAttribute('data-render-ms', (performance.now() - started).toFixed(1));
  root.setAttribute('data-rendered', 'true');

  onLanguageChanged((next) => {
    translator = next;
    draw();
  });
  // The page may still be being read when the popup opens: show its verdict as soon as it is stored.
  if (tabId !== null) {
    onVerdictChanged(tabId, () => {
      void loadVerdict(tabId).then((next) => {
        verdict = next;
        draw();
      });
    });
  }
}

void main();
