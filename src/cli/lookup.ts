// provenance-lens lookup URL… | lookup - : the registry's answer for each address, one JSON line each, without
// fetching or reading any page (what the extension's badge would say from the address alone).
import { readFileSync } from 'node:fs';
import { lookupUrl, networkOf, policyOf } from '../core/registry/index';
import { InputError } from './decode';
import { checkUrl } from './scan-page';

export interface LookupRow {
  input: string;
  url?: string;
  host?: string;
  kind?: 'state-media' | 'public-media' | null;
  warn?: boolean;
  outlet?: { id: string; name: string; network: string; policy: string } | null;
  matched?: string;
  account?: { platform: string; handle: string; role: string; address: string };
  wrapper?: string;
  repostHint?: string;
  error?: string;
}

export function lookupOne(input: string): LookupRow {
  try {
    const where = lookupUrl(checkUrl(input, 'address'));
    const m = where.match;
    const policy = m ? policyOf(m.outlet) : null;
    const row: LookupRow = {
      input,
      url: where.originalUrl,
      host: where.site.host,
      kind: policy === null ? null : policy === 'public-media' ? 'public-media' : 'state-media',
      warn: policy === 'warn',
      outlet: m ? { id: m.outlet.id, name: m.outlet.name, network: networkOf(m.outlet).id, policy: policy! } : null,
    };
    if (m) row.matched = m.matchedDomain;
    if (where.site.account) row.account = { ...where.site.account };
    if (where.site.wrapper) row.wrapper = where.site.wrapper.kind;
    if (where.site.repostHint) row.repostHint = where.site.repostHint.source;
    return row;
  } catch (e) {
    // checkUrl's message, or the unwrapper's for an address it cannot read: one row, never a crash.
    return { input, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Addresses from the arguments, or one a line from standard input for "-" (blank lines and # comments skipped). */
export function lookupInputs(args: string[], stdin: () => string = () => readFileSync(0, 'utf8')): string[] {
  if (!args.length) throw new InputError('lookup needs one or more addresses, or - to read them from standard input');
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) throw new InputError(`unknown option ${unknown}`);
  if (args.includes('-')) {
    if (args.length > 1) throw new InputError('lookup - reads every address from standard input: give no others');
    return stdin().split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  }
  return args;
}

/** Prints one JSON line per address; exit code 2 when any address could not be looked up. */
export function runLookup(args: string[], out: (s: string) => void, err: (s: string) => void, stdin?: () => string): number {
  const inputs = lookupInputs(args, stdin);
  let failed = 0;
  for (const input of inputs) {
    const row = lookupOne(input);
    if (row.error) failed++;
    out(JSON.stringify(row));
  }
  if (failed) err(`provenance-lens: ${failed} of ${inputs.length} addresses could not be looked up`);
  return failed ? 2 : 0;
}
