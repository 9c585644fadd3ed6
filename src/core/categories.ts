// The one table of outlet categories: what each means, in plain English and German, and which policy group it
// falls into. Wording follows the State Media Monitor typology (Media and Journalism Research Center), which is
// the public, written methodology behind every matrix-derived label; the two covert categories are ours.
import type { Category } from './types';

/**
 * The group a category belongs to, as far as policy is concerned (see `policyOf` in registry/policy.ts):
 * - `state`: the state controls funding, governance and editorial line;
 * - `captured`: formally public or private, but the government controls governance and editorial line;
 * - `covert`: not a news organisation in any typology; a hidden or sanctioned propaganda operation;
 * - `public`: state-funded and/or state-managed, but editorially independent.
 */
export type CategoryGroup = 'state' | 'captured' | 'covert' | 'public';

export interface Wording {
  en: string;
  de: string;
}

export interface CategoryInfo {
  group: CategoryGroup;
  /** State Media Monitor code, when the category comes from that typology. */
  code: string | null;
  /** Plain wording, lower case, usable mid-sentence ("… is state-controlled media"). */
  label: Wording;
  /** One or two sentences for the reader. */
  explanation: Wording;
}

export const CATEGORIES: Readonly<Record<Category, CategoryInfo>> = {
  'state-controlled': {
    group: 'state',
    code: 'SC',
    label: { en: 'state-controlled media', de: 'staatlich kontrollierte Medien' },
    explanation: {
      en: 'Funded by the state, run by people the government appoints, and editorially controlled by the government.',
      de: 'Vom Staat finanziert, von der Regierung eingesetzter Leitung geführt und redaktionell von der Regierung kontrolliert.',
    },
  },
  'captured-public': {
    group: 'captured',
    code: 'CaPu',
    label: { en: 'captured public media', de: 'vereinnahmte öffentliche Medien' },
    explanation: {
      en: 'A public or state-managed outlet whose management and editorial line the government has brought under its control.',
      de: 'Ein öffentliches oder staatlich verwaltetes Medium, dessen Leitung und redaktionelle Linie die Regierung unter ihre Kontrolle gebracht hat.',
    },
  },
  'captured-private': {
    group: 'captured',
    code: 'CaPr',
    label: { en: 'captured private media', de: 'vereinnahmte private Medien' },
    explanation: {
      en: 'Privately owned, but by owners close to the government, who keep its editorial line in step with the government.',
      de: 'In Privatbesitz, aber bei regierungsnahen Eigentümern, die die redaktionelle Linie auf Regierungskurs halten.',
    },
  },
  'covert-network': {
    group: 'covert',
    code: null,
    label: { en: 'covert influence network', de: 'verdecktes Einflussnetzwerk' },
    explanation: {
      en: 'Not a news organisation: a network of sites that hides who runs it and spreads state propaganda, as identified by government investigators or sanctions.',
      de: 'Keine Nachrichtenredaktion: ein Netz von Websites, das verschleiert, wer es betreibt, und staatliche Propaganda verbreitet – so von staatlichen Ermittlern oder Sanktionen festgestellt.',
    },
  },
  'propaganda-outlet': {
    group: 'covert',
    code: null,
    label: { en: 'sanctioned propaganda outlet', de: 'sanktioniertes Propagandamedium' },
    explanation: {
      en: 'Not in the State Media Monitor typology; listed because sanctions or government investigations name it as a state propaganda outlet.',
      de: 'Nicht in der Typologie des State Media Monitor; aufgeführt, weil Sanktionen oder staatliche Untersuchungen es als staatliches Propagandamedium benennen.',
    },
  },
  'independent-state-funded-managed': {
    group: 'public',
    code: 'ISFM',
    label: {
      en: 'independent state-funded and state-managed media',
      de: 'unabhängige, staatlich finanzierte und staatlich verwaltete Medien',
    },
    explanation: {
      en: 'Funded and overseen by the state, but with safeguards that keep its journalism independent of the government.',
      de: 'Vom Staat finanziert und beaufsichtigt, aber mit Schutzregeln, die den Journalismus von der Regierung unabhängig halten.',
    },
  },
  'independent-state-funded': {
    group: 'public',
    code: 'ISF',
    label: { en: 'independent state-funded media', de: 'unabhängige, staatlich finanzierte Medien' },
    explanation: {
      en: 'Mostly funded by the state, but governed and edited independently of the government.',
      de: 'Überwiegend vom Staat finanziert, aber unabhängig von der Regierung geleitet und redigiert.',
    },
  },
  'independent-state-managed': {
    group: 'public',
    code: 'ISM',
    label: { en: 'independent state-managed media', de: 'unabhängige, staatlich verwaltete Medien' },
    explanation: {
      en: 'Overseen by state-appointed bodies, but not mainly state-funded, and editorially independent of the government.',
      de: 'Von staatlich bestellten Gremien beaufsichtigt, aber nicht überwiegend staatlich finanziert und redaktionell unabhängig von der Regierung.',
    },
  },
  'independent-public': {
    group: 'public',
    code: 'IP',
    label: { en: 'independent public media', de: 'unabhängige öffentlich-rechtliche Medien' },
    explanation: {
      en: 'A public broadcaster funded mainly outside the government budget (for example by a licence fee), with independent governance and journalism.',
      de: 'Ein öffentlich-rechtlicher Sender, überwiegend außerhalb des Staatshaushalts finanziert (etwa durch einen Rundfunkbeitrag), mit unabhängiger Leitung und unabhängigem Journalismus.',
    },
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

export function categoryLabel(category: Category, lang: string): string {
  return pick(CATEGORIES[category].label, lang);
}

export function categoryExplanation(category: Category, lang: string): string {
  return pick(CATEGORIES[category].explanation, lang);
}

function pick(wording: Wording, lang: string): string {
  return lang.toLowerCase().startsWith('de') ? wording.de : wording.en;
}
