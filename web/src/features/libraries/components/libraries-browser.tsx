/** The list: its title with the total, filters, search, toolbar and results for the view in the URL. */
import type { Region } from '@ice-console/shared/regions';
import { REGION_NAMES } from '@ice-console/shared/regions';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useLocation } from 'wouter';
import { CorrectionsNotice } from '../../../components/notices';
import { useI18n } from '../../../lib/i18n/i18n';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { librariesRequestOf, useLibraries } from '../api/get-libraries';
import { LazyListActions } from '../manage/lazy-list-actions';
import { OVERVIEW_ROUTE } from '../paths';
import { useLibrariesView } from '../state/use-libraries-view';
import { LibIdSearch } from './lib-id-search';
import { LibrariesResults } from './libraries-results';
import { notFoundIds } from './not-found';
import { NotFoundNotice } from './notices';
import { ViewFilters } from './view-filters';

export function LibrariesBrowser({ defaultRegion }: { defaultRegion: Region }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const { view, corrections, dismissCorrections, changeView } = useLibrariesView(defaultRegion);
  const { region, algorithm, libIds } = view;
  const request = useMemo(() => librariesRequestOf(view), [view]);
  const query = useLibraries(request);
  useScrollMemory(query.data !== undefined || query.isError);
  const missing = query.isPlaceholderData ? undefined : notFoundIds(libIds, query.data);
  // The total of the view on screen: not the previous view's while the next one loads.
  const total = query.isPlaceholderData ? undefined : query.data?.totalCount;
  const [, navigate] = useLocation();
  // A visit to the bare address whose default view turns out empty goes on to the overview: a first-time user learns
  // where the libraries are instead of facing an empty list. Decided once, on the first answer.
  const landing = useRef(window.location.search === '');
  useEffect(() => {
    if (!landing.current || query.isPending) return;
    landing.current = false;
    if (query.data?.totalCount === 0) navigate(OVERVIEW_ROUTE, { replace: true });
  }, [query.isPending, query.data, navigate]);

  return (
    <section className="browser" aria-labelledby={titleId} aria-describedby={`${titleId}-where`}>
      <h2 id={titleId} className="page-title">
        {t.listTitle(total)}
      </h2>
      <p id={`${titleId}-where`} className="sr-only">
        {t.table.caption(REGION_NAMES[region][language], t.algorithms[algorithm])}
      </p>
      <CorrectionsNotice corrections={corrections} onDismiss={dismissCorrections} />
      <div className="controls">
        <ViewFilters
          region={region}
          algorithm={algorithm}
          onRegionChange={(next) => changeView({ region: next })}
          onAlgorithmChange={(next) => changeView({ algorithm: next })}
        />
        <LibIdSearch
          libIds={libIds}
          notFound={missing?.ids ?? []}
          onApply={(next) => changeView({ libIds: next })}
        />
      </div>
      <LazyListActions where={{ region, algorithm }} />
      {missing && <NotFoundNotice ids={missing.ids} count={missing.count} />}
      <LibrariesResults view={view} request={request} query={query} changeView={changeView} />
    </section>
  );
}
