// Popup: renders the stored verdict of the active tab.
import { render } from 'preact';
import { activeTabId, loadVerdict } from '../platform/verdict-store';
import { VerdictView } from '../ui/VerdictView';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const tabParam = new URLSearchParams(location.search).get('tab');
  const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : await activeTabId();
  const verdict = tabId === null ? null : await loadVerdict(tabId);
  render(<VerdictView verdict={verdict} />, root);
  root.setAttribute('data-rendered', 'true');
}

void main();
