/**
 * `/overview` (a lazy chunk): how many libraries each of the 4 regions × 5 algorithms holds, so nobody has to guess
 * where theirs are. Cells fill as their answers arrive; Refresh reads them all again past every cache.
 */
import { ALGORITHMS } from '@ice-console/shared/algorithms';
import { REGION_IDS, REGION_NAMES } from '@ice-console/shared/regions';
import { useId, useState } from 'react';
import { RefreshControl } from '../../../components/refresh-control';
import { useI18n } from '../../../lib/i18n/i18n';
import { CELL_VIEWS, useOverview, useRefreshOverview } from './get-overview';
import { OverviewCell } from './overview-cell';
import { useOverviewTexts } from './use-overview-texts';
import '../../../styles/overview.css';

export default function OverviewPage() {
  const { t, language } = useI18n();
  const texts = useOverviewTexts();
  const titleId = useId();
  const queries = useOverview();
  const refresh = useRefreshOverview();
  const [refreshing, setRefreshing] = useState(false);
  const counts = queries.flatMap((query) =>
    typeof query.data?.totalCount === 'number' ? [query.data.totalCount] : [],
  );
  const updatedAt = Math.min(...queries.map((query) => query.dataUpdatedAt || Number.POSITIVE_INFINITY));
  const onRefresh = () => {
    setRefreshing(true);
    // A failed cell shows its own error; nothing more to do here.
    refresh()
      .catch(() => undefined)
      .finally(() => setRefreshing(false));
  };
  return (
    <section className="overview-page" aria-labelledby={titleId}>
      <h2 id={titleId} className="page-title">
        {texts.title}
      </h2>
      <p className="hint">{texts.intro}</p>
      <div className="toolbar">
        <RefreshControl
          updatedAt={Number.isFinite(updatedAt) ? updatedAt : 0}
          busy={refreshing || queries.some((query) => query.isFetching)}
          onRefresh={onRefresh}
        />
        {counts.length > 0 && (
          <p className="updated">
            {texts.total(
              counts.reduce((sum, count) => sum + count, 0),
              counts.length,
            )}
          </p>
        )}
      </div>
      <div className="table-scroll">
        <table className="overview-matrix">
          <caption className="sr-only">{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.region}</th>
              {ALGORITHMS.map((algorithm) => (
                <th key={algorithm} scope="col">
                  {t.algorithms[algorithm]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REGION_IDS.map((region) => (
              <tr key={region}>
                <th scope="row">
                  {REGION_NAMES[region][language]} <span className="hint">{region}</span>
                </th>
                {ALGORITHMS.map((algorithm) => {
                  const index = CELL_VIEWS.findIndex((v) => v.region === region && v.algorithm === algorithm);
                  const query = queries[index];
                  return (
                    <td key={algorithm}>
                      {query && <OverviewCell view={{ region, algorithm }} query={query} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint overview-legend">
        <span aria-hidden="true">–</span> {texts.legend.empty} · <span aria-hidden="true">⚠</span>{' '}
        {texts.legend.error}
      </p>
    </section>
  );
}
