// The outlet registry and address look-up. Pure TypeScript: no DOM, no browser APIs.
export { policyOf } from './policy';
export { lookupHost, matchHost, type HostMatch } from './lookup-host';
export { lookupUrl, type UrlLookup } from './lookup-url';
export { unwrapUrl, type UnwrapHints, type UnwrapResult } from './unwrap';
export { outletById, allOutlets } from './data';
export { summarize } from './summarize';
export { networkIdOf, networkOf } from './network';
export { normalizeHost } from './normalize';
export { accountOfKey, accountOfUrl, parseAccountUrl, allAccounts, type AccountEntry, type AccountMatch } from './accounts/index';
