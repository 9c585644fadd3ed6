// An outlet as shown with a verdict: its registry fields, its policy and its network's name.
import type { Outlet, OutletSummary } from '../types';
import type { RegistryOutlet } from './data';
import { networkOf } from './network';
import { policyOf } from './policy';

export function summarize(outlet: Outlet): OutletSummary {
  const { notes: _editorsNotes, ...fields } = outlet as RegistryOutlet;
  const network = networkOf(outlet);
  const summary: OutletSummary = { ...fields, policy: policyOf(outlet) };
  if (network.id !== outlet.id) summary.networkName = network.name;
  return summary;
}
