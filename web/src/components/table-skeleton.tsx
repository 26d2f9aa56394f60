/** The first load: the table's shape with grey bars, so the page never starts blank. */
import { useI18n } from '../lib/i18n/i18n';

interface Props {
  rows: number;
  /** Header texts and classes; the libraries list's columns when not given. */
  columns?: { label: string; className: string }[];
  /** What is loading, for screen readers; libraries when not given. */
  label?: string;
}

export function TableSkeleton({ rows, columns, label }: Props) {
  const { t } = useI18n();
  const loading = label ?? t.table.loading;
  const shown = columns ?? [
    { label: t.table.rowNumber, className: 'col-number' },
    { label: t.table.libId, className: 'col-id' },
    { label: t.table.name, className: 'col-name' },
    { label: t.table.description, className: 'col-description' },
  ];
  return (
    <div className="table-scroll">
      <table className="data-table skeleton" aria-busy="true">
        <caption className="sr-only">{loading}</caption>
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.className} scope="col" className={column.className}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, index) => index).map((index) => (
            <tr key={index}>
              {shown.map((column) => (
                <td key={column.className}>
                  <span className="bar" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sr-only" role="status">
        {loading}
      </p>
    </div>
  );
}
