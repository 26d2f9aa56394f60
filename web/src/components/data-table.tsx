/**
 * The rows of one page as a real table (caption, column headers) for screen readers; dimmed while stale. A plain
 * component: the BFF pages, sorts nothing and filters nothing, so a table library would only add first-load bytes.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n';

export interface Column<Row> {
  header: string;
  /** Widths, and the card layout on phones. */
  className: string;
  cell: (row: Row) => ReactNode;
}

interface Props<Row> {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  caption: string;
  isStale: boolean;
}

export function DataTable<Row>({ rows, columns, rowKey, caption, isStale }: Props<Row>) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table" aria-busy={isStale}>
        <caption className="sr-only">
          {caption}
          {isStale ? ` (${t.table.updating})` : ''}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.className} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={isStale ? 'is-stale' : undefined}>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.className} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
