// The network an outlet belongs to: the top of its `parent` chain (RT DE → RT), or the outlet itself.
import type { Outlet } from '../types';
import { outletById } from './data';

export function networkOf(outlet: Outlet): Outlet {
  let current = outlet;
  const seen = new Set<string>([current.id]);
  while (current.parent) {
    const parent = outletById(current.parent);
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    current = parent;
  }
  return current;
}

/** The network id of an outlet id (rt-de → "rt"); an id the registry does not know stands for itself. */
export function networkIdOf(outletId: string): string {
  const o = outletById(outletId);
  return o ? networkOf(o).id : outletId;
}
