/**
 * The full export's file formats, written piece by piece as pages arrive: CSV through papaparse with the page
 * export's own columns and formula rule (shared/src/csv-cells.ts), or one JSON object whose rows are one per line.
 * Each piece is a string for one page; nothing holds more than a page.
 */
import {
  BOM,
  CSV_NEWLINE,
  CSV_UNPARSE_OPTIONS,
  csvRecord,
  type ENTITY_CSV_COLUMNS,
  type LIBRARY_CSV_COLUMNS,
} from '@ice-console/shared/csv-cells';
import { EXPORT_ROW_CAP, INCOMPLETE_MARKER, ROW_CAP_MARKER } from '@ice-console/shared/export-limits';
import type { ExportFormat } from '@ice-console/shared/export-queries';
import Papa from 'papaparse';

/** What a file is of: its rows' three free-text cells (CSV) or objects (JSON), and the facts it opens with. */
export interface ExportKind<Row> {
  /** `libraries` or `entities`: the JSON array's name. */
  rowsName: string;
  columns: typeof LIBRARY_CSV_COLUMNS | typeof ENTITY_CSV_COLUMNS;
  cells: (row: Row) => [string, string, string];
  facts: Record<string, unknown>;
}

export interface ExportWriter<Row> {
  start(totalCount: number): string;
  rows(rows: Row[]): string;
  /** The file's end: complete, or cut at the row cap. */
  end(rowCount: number, totalCount: number): string;
  /** The last line of a file that stopped early, saying why; after it the file is plainly incomplete. */
  incomplete(rowCount: number, totalCount: number, reason: string): string;
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

export const incompleteLine = (rowCount: number, totalCount: number, reason: string) =>
  `${INCOMPLETE_MARKER} stopped after ${rowCount} of ${totalCount} rows: ${oneLine(reason)}`;

const capNote = (totalCount: number) =>
  `this file holds the first ${EXPORT_ROW_CAP} of ${totalCount} rows (the export's row cap); narrow the view, ` +
  'e.g. by LibId, to export the rest.';

export function csvWriter<Row>(kind: ExportKind<Row>, region: string, algorithm: string, bom: boolean) {
  const unparse = (data: string[][]) => Papa.unparse(data, { ...CSV_UNPARSE_OPTIONS, header: false });
  const writer: ExportWriter<Row> = {
    start: () => `${bom ? BOM : ''}${kind.columns.join(',')}${CSV_NEWLINE}`,
    rows: (rows) =>
      rows.length === 0
        ? ''
        : `${unparse(rows.map((row) => csvRecord(kind.cells(row), region, algorithm)))}${CSV_NEWLINE}`,
    end: (_rowCount, totalCount) =>
      totalCount > EXPORT_ROW_CAP ? `${ROW_CAP_MARKER} ${capNote(totalCount)}${CSV_NEWLINE}` : '',
    incomplete: (rowCount, totalCount, reason) =>
      `${incompleteLine(rowCount, totalCount, reason)}${CSV_NEWLINE}`,
  };
  return writer;
}

/** `{ facts…, "<rows>": [` then one row per line, then `], "rowCount": n, "capped": …}`. */
export function jsonWriter<Row>(kind: ExportKind<Row>, exportedAt: Date) {
  let written = 0;
  const writer: ExportWriter<Row> = {
    start: (totalCount) => {
      const facts = {
        ...kind.facts,
        totalCount,
        rowCap: EXPORT_ROW_CAP,
        exportedAt: exportedAt.toISOString(),
      };
      return `${JSON.stringify(facts).slice(0, -1)},${JSON.stringify(kind.rowsName)}:[`;
    },
    rows: (rows) => rows.map((row) => `${written++ === 0 ? '' : ','}\n${JSON.stringify(row)}`).join(''),
    end: (rowCount, totalCount) => {
      const capped = totalCount > EXPORT_ROW_CAP;
      const tail = { rowCount, capped, ...(capped ? { note: capNote(totalCount) } : {}) };
      return `\n],${JSON.stringify(tail).slice(1)}\n`;
    },
    // No closing bracket follows: a JSON reader refuses the file instead of taking it for the whole view.
    incomplete: (rowCount, totalCount, reason) => `\n${incompleteLine(rowCount, totalCount, reason)}\n`,
  };
  return writer;
}

export function exportWriter<Row>(
  kind: ExportKind<Row>,
  query: { format: ExportFormat; bom?: '0' | '1' | undefined; region: string; algorithm: string },
): ExportWriter<Row> {
  return query.format === 'csv'
    ? csvWriter(kind, query.region, query.algorithm, query.bom === '1')
    : jsonWriter(kind, new Date());
}
