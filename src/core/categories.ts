// The one table of outlet categories: the policy group each falls into and its State Media Monitor code. The
// typology (Media and Journalism Research Center) is the public, written methodology behind every matrix-derived
// label; the two covert categories are ours. What each means in words is in the message catalogues only
// (static/_locales: category_* and categoryHelp_*, in every interface language).
import type { Category } from './types';

/**
 * The group a category belongs to, as far as policy is concerned (see `policyOf` in registry/policy.ts):
 * - `state`: the state controls funding, governance and editorial line;
 * - `captured`: formally public or private, but the government controls governance and editorial line;
 * - `covert`: not a news organisation in any typology; a hidden or sanctioned propaganda operation;
 * - `public`: state-funded and/or state-managed, but editorially independent.
 */
export type CategoryGroup = 'state' | 'captured' | 'covert' | 'public';

export interface CategoryInfo {
  group: CategoryGroup;
  /** State Media Monitor code, when the category comes from that typology. */
  code: string | null;
}

export const CATEGORIES: Readonly<Record<Category, CategoryInfo>> = {
  'state-controlled': {
    group: 'state',
    code: 'SC',
  },
  'captured-public': {
    group: 'captured',
    code: 'CaPu',
  },
  'captured-private': {
    group: 'captured',
    code: 'CaPr',
  },
  'covert-network': {
    group: 'covert',
    code: null,
  },
  'propaganda-outlet': {
    group: 'covert',
    code: null,
  },
  'independent-state-funded-managed': {
    group: 'public',
    code: 'ISFM',
  },
  'independent-state-funded': {
    group: 'public',
    code: 'ISF',
  },
  'independent-state-managed': {
    group: 'public',
    code: 'ISM',
  },
  'independent-public': {
    group: 'public',
    code: 'IP',
  },
};

export const ALL_CATEGORIES = Object.keys(CATEGORIES) as Category[];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORIES, value);
}

/** The category a State Media Monitor code stands for (SC, CaPu, CaPr, ISFM, ISF, ISM, IP), or null. */
export function categoryFromCode(code: string | null | undefined): Category | null {
  if (!code) return null;
  for (const category of ALL_CATEGORIES) {
    if (CATEGORIES[category].code === code) return category;
  }
  return null;
}
