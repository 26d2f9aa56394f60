/** The rows of one page as a real table (caption, column headers) for screen readers; dimmed while stale. */
import { useI18n } from '../../../lib/i18n/i18n';
import type { LibrariesTableInstance } from './use-libraries-table';

const COLUMN_CLASSES: Record<string, string> = {
  rowNumber: 'col-number',
  libId: 'col-id',
  libName: 'col-name',
  libDescription: 'col-description',
};

export function LibrariesTable({
  table,
  caption,
  isStale,
}: {
  table: LibrariesTableInstance;
  caption: string;
  isStale: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="libraries-table" aria-busy={isStale}>
        <caption className="sr-only">
          {caption}
          {isStale ? ` (${t.table.updating})` : ''}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={COLUMN_CLASSES[header.column.id]}>
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
                <td key={cell.id} className={COLUMN_CLASSES[cell.column.id]}>
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
