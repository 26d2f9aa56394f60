/** The first load: the table's shape with grey bars, so the page never starts blank. */
import { useI18n } from '../../../lib/i18n/i18n';

export function TableSkeleton({ rows }: { rows: number }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="libraries-table skeleton" aria-busy="true">
        <caption className="sr-only">{t.table.loading}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-number">
              {t.table.rowNumber}
            </th>
            <th scope="col" className="col-id">
              {t.table.libId}
            </th>
            <th scope="col" className="col-name">
              {t.table.name}
            </th>
            <th scope="col" className="col-description">
              {t.table.description}
            </th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, index) => index).map((index) => (
            <tr key={index}>
              {[1, 2, 3, 4].map((cell) => (
                <td key={cell}>
                  <span className="bar" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sr-only" role="status">
        {t.table.loading}
      </p>
    </div>
  );
}
