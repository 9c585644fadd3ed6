// What the extension does about an outlet's own pages.
import { CATEGORIES } from '../categories';
import type { Outlet, Policy } from '../types';

/*
 * THE RULE
 * warn:         category state-controlled, covert-network or propaganda-outlet; also captured-public and
 *               captured-private outlets that have a sanction or broadcast ban (a non-empty `sanctions` list).
 * inform:       the other captured-public and captured-private outlets.
 * public-media: independent-public, independent-state-funded, independent-state-funded-managed and
 *               independent-state-managed outlets.
 * (The propaganda-outlet entries are the EU-sanctioned pro-Kremlin sites; they are warned about like state media.)
 */
export function policyOf(outlet: Outlet): Policy {
  switch (CATEGORIES[outlet.category].group) {
    case 'state':
    case 'covert':
      return 'warn';
    case 'captured':
      return outlet.sanctions.length > 0 ? 'warn' : 'inform';
    case 'public':
      return 'public-media';
  }
}
