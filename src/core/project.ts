// Where readers report a mistake: a new issue on the project's tracker, pre-filled; nothing is sent until the reader
// submits it there (ui/ReportMistake.tsx for a page's verdict, wording/chips.ts for a chip's account or link).
export const ISSUES_NEW = 'https://github.com/provenance-lens/provenance-lens/issues/new';
