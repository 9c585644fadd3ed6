// The brand table: how state outlets' names appear in page text. The names are data (src/data/brands.json);
// the matching rules are in find.ts.
import data from '../../data/brands.json';

export interface BrandEntry {
  /** Registry outlet id: the most specific edition the name stands for. */
  outlet: string;
  /** Names matched case-sensitively, anywhere a brand may appear. */
  names: string[];
  /** Names that are also common words or other things' initials: only in datelines, source lines, title segments. */
  ambiguous?: string[];
  /** Addresses written as text ("rt.com"), matched in any case. */
  hosts?: string[];
  /** Extra patterns (regex source, case-sensitive), for name families such as "Pravda EN". */
  patterns?: string[];
}

export const BRANDS: BrandEntry[] = data.brands;

/** Section names the outlets themselves put after their titles (see the registry's boilerplate list). */
export const SECTION_NAMES: { outlet: string; name: string }[] = Object.entries(data.sections as Record<string, string[]>).flatMap(([outlet, names]) => names.map((name) => ({ outlet, name })));
