// The bundled registry, loaded once, on first use.
import outletsJson from '../../data/outlets.json';
import repostersJson from '../../data/reposters.json';
import type { Outlet } from '../types';
import { DomainTable } from './domain-table';

/** An outlet as stored: the `Outlet` fields plus the editors' notes, which are never shown to readers. */
export type RegistryOutlet = Outlet & { notes?: string };

export interface Reposter {
  host: string;
  source: string;
  url?: string;
}

interface Registry {
  outlets: readonly RegistryOutlet[];
  byId: ReadonlyMap<string, RegistryOutlet>;
  domains: DomainTable<RegistryOutlet>;
  reposters: DomainTable<Reposter>;
}

let registry: Registry | null = null;

export function getRegistry(): Registry {
  if (registry) return registry;
  const outlets = outletsJson as unknown as RegistryOutlet[];
  const reposters = repostersJson as Reposter[];
  registry = {
    outlets,
    byId: new Map(outlets.map((o) => [o.id, o])),
    domains: new DomainTable(outlets.flatMap((o) => o.domains.map((d) => [d, o] as const))),
    reposters: new DomainTable(reposters.map((r) => [r.host, r] as const)),
  };
  return registry;
}

export function allOutlets(): readonly Outlet[] {
  return getRegistry().outlets;
}

export function outletById(id: string): Outlet | null {
  return getRegistry().byId.get(id) ?? null;
}
