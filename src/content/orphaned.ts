// Errors that only mean the extension was reloaded or updated under this page: the content and embed scripts then
// stop quietly instead of logging.
export function orphaned(e: unknown): boolean {
  return /context invalidated|receiving end does not exist|extension context/i.test(String((e as Error)?.message ?? e));
}
