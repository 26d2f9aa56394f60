/**
 * How every CSV this console writes keeps a spreadsheet from running a cell as a formula: the one rule, used by the
 * browser's page export and the server's full export alike, both through papaparse's `unparse`. Free of zod and of
 * papaparse (the options below are plain values papaparse takes): the browser imports it.
 */
export const BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

export const LIBRARY_CSV_COLUMNS = ['LibId', 'LibName', 'LibDescription', 'Region', 'Algorithm'] as const;
export const ENTITY_CSV_COLUMNS = ['EntityId', 'EntityName', 'EntityInfo', 'Region', 'Algorithm'] as const;

// papaparse's own pattern for `escapeFormulae: true` ends in `.*$`, which misses a formula cell that also holds a
// line break; anchoring only the start catches those too.
const FORMULA_START = /^[=+\-@\t\r]/;
// Where the list separator is `;` (much of Europe), a spreadsheet splits each line at every `;` and line break,
// quotes or not: a quote inside a field is an ordinary character there. So whatever follows a `;` or a line break
// inside a cell (after spaces or quotes) must not start a formula either; a `'` after the separator makes it text.
const FORMULA_AFTER_SEPARATOR = /([;\r\n])(?=[ "]*[=+\-@\t\r])/g;

/** A free-text cell with no formula behind any `;` or line break; its start is papaparse's (below). */
export const inertCell = (cell: string): string => cell.replace(FORMULA_AFTER_SEPARATOR, "$1'");

/**
 * papaparse's `unparse` options: RFC 4180 (CRLF, quotes doubled, fields with commas, quotes or line breaks quoted),
 * a `'` before a cell that starts a formula, and cells holding a `;` quoted too, so either list separator reads them.
 */
export const CSV_UNPARSE_OPTIONS = {
  escapeFormulae: FORMULA_START,
  quotes: (value: unknown) => typeof value === 'string' && value.includes(';'),
  newline: CSV_NEWLINE,
};

/** One record: three free-text cells made inert, then the region and algorithm (ours, never free text). */
export function csvRecord(
  cells: readonly [string, string, string],
  region: string,
  algorithm: string,
): string[] {
  return [...cells.map(inertCell), region, algorithm];
}
