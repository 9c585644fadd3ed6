import type { WrapperKind } from '../../types';

/**
 * What a wrapper recogniser says about a URL: null when it is not that wrapper; otherwise the wrapped address,
 * or null as `inner` when the wrapper does not carry it (an archive.today short link without a header hint).
 */
export type Unwrapped = { kind: WrapperKind; inner: string | null } | null;

export interface UnwrapHints {
  /** For archive.today pages: the original address from the archive's own header (extracted from the page). */
  archivedFrom?: string | null;
}
