/**
 * The current page as a CSV or JSON file: exactly the rows on screen, no new upstream call. Loaded with a dynamic
 * import when a user exports, so papaparse never weighs on the first page load.
 */
import { BOM, CSV_UNPARSE_OPTIONS, csvRecord, LIBRARY_CSV_COLUMNS } from '@ice-console/shared/csv-cells';
import type { LibraryPage } from '@ice-console/shared/libraries';
import Papa from 'papaparse';
import { download } from './save-file';

export { download };
export const CSV_COLUMNS: string[] = [...LIBRARY_CSV_COLUMNS];

export function exportFileName(
  page: Pick<LibraryPage, 'region' | 'algorithm' | 'pageNumber'>,
  extension: string,
) {
  return `recognition-libs_${page.region}_${page.algorithm}_page-${page.pageNumber}.${extension}`;
}

/**
 * RFC 4180 with formula cells escaped, inert with either list separator (shared/src/csv-cells.ts, the rule the
 * server's full export follows too).
 */
export function toCsv(page: LibraryPage, { bom = true } = {}): string {
  const rows = page.libraries.map((library) =>
    csvRecord([library.libId, library.libName, library.libDescription], page.region, page.algorithm),
  );
  const csv = Papa.unparse({ fields: CSV_COLUMNS, data: rows }, { ...CSV_UNPARSE_OPTIONS, header: true });
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

export function exportPage(page: LibraryPage, format: 'csv' | 'json', options: { bom: boolean }): void {
  if (format === 'csv') download(toCsv(page, options), exportFileName(page, 'csv'), 'text/csv;charset=utf-8');
  else download(toJson(page, new Date()), exportFileName(page, 'json'), 'application/json');
}
