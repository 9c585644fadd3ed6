// Verdict → toolbar badge for one tab: short text, colour and a tooltip in words.
import type { Verdict } from '../core/types';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export function badgeFor(v: Verdict | null): BadgeState {
  const name = v?.outlet?.name ?? '';
  if (!v) return { text: '', color: '#5f6368', title: 'Provenance Lens' };
  if (v.warn && v.kind === 'republished') return { text: '!', color: '#b3261e', title: `Provenance Lens: republished from ${name}` };
  if (v.warn) return { text: '!', color: '#b3261e', title: `Provenance Lens: ${name}, ${v.outlet?.category ?? 'state media'}` };
  if (v.kind === 'state-media') return { text: 'i', color: '#8a5a00', title: `Provenance Lens: ${name}, ${v.outlet?.category ?? ''}` };
  if (v.kind === 'public-media') return { text: 'PUB', color: '#5f6368', title: `Provenance Lens: ${name}, public media` };
  if (v.translation.detected) return { text: 'MT', color: '#5b3cc4', title: 'Provenance Lens: signs of machine translation' };
  return { text: '', color: '#5f6368', title: 'Provenance Lens: no state-media origin found' };
}
