import type { Category, Kind, OutletSummary, Policy, Verdict } from '../core/types';
import { BADGE_COLORS, badgeFor } from './badge';

const t = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`);

function outlet(name: string, category: Category, policy: Policy): OutletSummary {
  return { id: name.toLowerCase(), name, aliases: [], country: 'RU', owner: '', funding: '', category, typology: { code: null, source: null }, sanctions: [], references: [], domains: [], policy };
}

function verdict(kind: Kind, warn: boolean, o: OutletSummary | null, translated = false): Verdict {
  return {
    url: 'https://news.example/a',
    language: 'de',
    kind,
    warn,
    confidence: 0.9,
    outlet: o,
    site: { host: 'news.example' },
    translation: { detected: translated, from: translated ? 'en' : undefined, confidence: translated ? 0.9 : 0, markers: [] },
    originals: [],
    signals: [],
  };
}

const RT = outlet('RT', 'state-controlled', 'warn');
const CAPTURED = outlet('Magyar', 'captured-public', 'inform');
const BBC = outlet('BBC', 'independent-public', 'public-media');

describe('badgeFor', () => {
  test.each([
    ['no verdict', null, '', BADGE_COLORS.none, 'extName'],
    ['republished, warned', verdict('republished', true, RT), '!', BADGE_COLORS.warn, 'badgeTitleRepublished(RT|category_state_controlled)'],
    ['republished and machine-translated: the warning wins', verdict('republished', true, RT, true), '!', BADGE_COLORS.warn, 'badgeTitleRepublished(RT|category_state_controlled)'],
    ["on the outlet's own site", verdict('state-media', true, RT), '!', BADGE_COLORS.warn, 'badgeTitleWarn(RT|category_state_controlled)'],
    ['an informed outlet', verdict('state-media', false, CAPTURED), 'i', BADGE_COLORS.inform, 'badgeTitleInform(Magyar|category_captured_public)'],
    ['a warned outlet below the warning bar', verdict('republished', false, RT), 'i', BADGE_COLORS.inform, 'badgeTitleInform(RT|category_state_controlled)'],
    ['public media', verdict('public-media', false, BBC), 'PUB', BADGE_COLORS.public, 'badgeTitlePublic(BBC)'],
    ['republished from public media', verdict('republished', false, BBC), 'PUB', BADGE_COLORS.public, 'badgeTitlePublic(BBC)'],
    ['machine translation only', verdict('none', false, null, true), 'MT', BADGE_COLORS.translated, 'badgeTitleTranslated'],
    ['cites state media', verdict('cites', false, RT), '', BADGE_COLORS.none, 'badgeTitleNone'],
    ['nothing found', verdict('none', false, null), '', BADGE_COLORS.none, 'badgeTitleNone'],
  ])('%s', (_what, v, text, color, title) => {
    expect(badgeFor(v, t)).toEqual({ text, color, title });
  });

  test('colours are distinct for distinct states and dark enough for white text', () => {
    const { warn, inform, public: pub, translated } = BADGE_COLORS;
    expect(new Set([warn, inform, pub, translated]).size).toBe(4);
    for (const c of Object.values(BADGE_COLORS)) expect(contrastWithWhite(c)).toBeGreaterThanOrEqual(4.5);
  });
});

function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}
