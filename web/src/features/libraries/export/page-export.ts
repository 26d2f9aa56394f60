/**
 * The current page as a CSV or JSON file: exactly the rows on screen, no new upstream call. Loaded with a dynamic
 * import when a user exports, so papaparse never weighs on the first page load.
 */
import type { LibraryPage } from '@ice-console/shared/libraries';
import Papa from 'papaparse';

export const CSV_COLUMNS = ['LibId', 'LibName', 'LibDescription', 'Region', 'Algorithm'];
const BOM = '\uFEFF';
// papaparse's own pattern for `escapeFormulae: true` ends in `.*$`, which misses a formula cell that also holds a
// line break; anchoring only the start catches those too.
const FORMULA_START = /^[=+\-@\t\r]/;
// Where the list separator is `;` (much of Europe), a spreadsheet splits each line at every `;` and line break,
// quotes or not: a quote inside a field is an ordinary character there. So whatever follows a `;` or a line break
// inside a cell (after spaces or quotes) must not start a formula either; a `'` after the separator makes it text.
const FORMULA_AFTER_SEPARATOR = /([;\r\n])(?=[ "]*[=+\-@\t\r])/g;

export function exportFileName(
  page: Pick<LibraryPage, 'region' | 'algorithm' | 'pageNumber'>,
  extension: string,
) {
  return `recognition-libs_${page.region}_${page.algorithm}_page-${page.pageNumber}.${extension}`;
}

const inert = (cell: string) => cell.replace(FORMULA_AFTER_SEPARATOR, "$1'");

/**
 * RFC 4180 (CRLF, quotes doubled, fields with commas, quotes or line breaks quoted), formula cells escaped, and
 * inert with either list separator: cells holding a `;` are quoted too, and no `;` or line break inside a cell is
 * followed by a formula.
 */
export function toCsv(page: LibraryPage, { bom = true } = {}): string {
  const rows = page.libraries.map((library) => [
    inert(library.libId),
    inert(library.libName),
    inert(library.libDescription),
    page.region,
    page.algorithm,
  ]);
  const csv = Papa.unparse(
    { fields: CSV_COLUMNS, data: rows },
    {
      escapeFormulae: FORMULA_START,
      quotes: (value: unknown) => typeof value === 'string' && value.includes(';'),
      newline: '\r\n',
      header: true,
    },
  );
  // A BOM makes Excel read the file as UTF-8, so Chinese names show correctly.
  return `${bom ? BOM : ''}${csv}\r\n`;
}

export function toJson(page: LibraryPage, exportedAt: Date): string {
  const { region, algorithm, pageNumber, pageSize, totalCount, requestId, libraries } = page;
  return `${JSON.stringify(
    {
      region,
      algorithm,
      pageNumber,
      pageSize,
      totalCount,
      requestId,
      exportedAt: exportedAt.toISOString(),
      libraries,
    },
    null,
    2,
  )}\n`;
}

export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob; revoking later gives slow browsers time to read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPage(page: LibraryPage, format: 'csv' | 'json', options: { bom: boolean }): void {
  if (format === 'csv') download(toCsv(page, options), exportFileName(page, 'csv'), 'text/csv;charset=utf-8');
  else download(toJson(page, new Date()), exportFileName(page, 'json'), 'application/json');
}
