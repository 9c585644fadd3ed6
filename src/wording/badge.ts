// Verdict → toolbar badge for one tab: short text, colour and a tooltip in words (the reader's language).
//
// | verdict                                              | text  | colour  | tooltip key           |
// |------------------------------------------------------|-------|---------|-----------------------|
// | none yet / tab left the page                         | ''    | neutral | extName               |
// | imitates a real outlet (a look-alike site)           | !     | red     | badgeTitleImpersonation |
// | warns, republished                                   | !     | red     | badgeTitleRepublished |
// | warns (outlet's own site, mirror, archive copy)      | !     | red     | badgeTitleWarn        |
// | state media or republished, outlet not warned about  | i     | amber   | badgeTitleInform      |
// | public media                                         | PUB   | grey    | badgeTitlePublic      |
// | only signs of machine translation                    | MT    | violet  | badgeTitleTranslated  |
// | nothing found (also: cites state media)              | ''    | neutral | badgeTitleNone        |
import type { Verdict } from '../core/types';

export type Translate = (key: string, subs?: string | string[]) => string;

export interface BadgeState {
  text: string;
  /** Background; the text is white on every one of them (contrast ≥ 4.5:1). */
  color: string;
  title: string;
}

export const BADGE_COLORS = { warn: '#b3261e', inform: '#8a5a00', public: '#5f6368', translated: '#5b3cc4', none: '#5f6368' } as const;

export const categoryKey = (category: string) => `category_${category.replace(/-/g, '_')}`;

export function badgeFor(v: Verdict | null, t: Translate): BadgeState {
  if (!v) return { text: '', color: BADGE_COLORS.none, title: t('extName') };
  const o = v.outlet;
  const subs = o ? [o.name, t(categoryKey(o.category))] : [];
  const origin = v.kind === 'state-media' || v.kind === 'republished';
  if (v.warn && v.kind === 'impersonation' && v.impersonates) return { text: '!', color: BADGE_COLORS.warn, title: t('badgeTitleImpersonation', [v.impersonates.name]) };
  if (v.warn && o) return { text: '!', color: BADGE_COLORS.warn, title: t(v.kind === 'republished' ? 'badgeTitleRepublished' : 'badgeTitleWarn', subs) };
  if (o && (v.kind === 'public-media' || (origin && o.policy === 'public-media'))) return { text: 'PUB', color: BADGE_COLORS.public, title: t('badgeTitlePublic', [o.name]) };
  // An informed outlet, or a warned one the evidence was too weak to warn about: worth a look, not a warning.
  if (o && origin) return { text: 'i', color: BADGE_COLORS.inform, title: t('badgeTitleInform', subs) };
  if (v.translation.detected) return { text: 'MT', color: BADGE_COLORS.translated, title: t('badgeTitleTranslated') };
  return { text: '', color: BADGE_COLORS.none, title: t('badgeTitleNone') };
}
