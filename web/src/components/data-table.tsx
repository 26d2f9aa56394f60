/** The rows of one page as a real table (caption, column headers) for screen readers; dimmed while stale. */
import type { RowData } from '@tanstack/react-table';
import { useI18n } from '../lib/i18n/i18n';
import type { ServerTable } from './use-server-table';

interface Props<TData extends RowData> {
  table: ServerTable<TData>;
  caption: string;
  isStale: boolean;
  /** A class per column id: widths, and the card layout on phones. */
  columnClasses: Record<string, string>;
}

export function DataTable<TData extends RowData>({ table, caption, isStale, columnClasses }: Props<TData>) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table" aria-busy={isStale}>
        <caption className="sr-only">
          {caption}
          {isStale ? ` (${t.table.updating})` : ''}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={columnClasses[header.column.id]}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className={isStale ? 'is-stale' : undefined}>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={columnClasses[cell.column.id]}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
