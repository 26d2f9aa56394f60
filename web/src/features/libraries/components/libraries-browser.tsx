/** Filters, search, toolbar and results for the view in the URL. */
import type { Region } from '@ice-console/shared/regions';
import { REGION_NAMES } from '@ice-console/shared/regions';
import { useMemo } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { type LibrariesRequest, useLibraries } from '../api/get-libraries';
import { useLibrariesView } from '../state/use-libraries-view';
import { LibIdSearch } from './lib-id-search';
import { LibrariesResults } from './libraries-results';
import { notFoundIds } from './not-found';
import { CorrectionsNotice, NotFoundNotice } from './notices';
import { usePrefetchNextPage } from './use-prefetch-next-page';
import { ViewFilters } from './view-filters';

export function LibrariesBrowser({ defaultRegion }: { defaultRegion: Region }) {
  const { t, language } = useI18n();
  const { view, corrections, dismissCorrections, changeView } = useLibrariesView(defaultRegion);
  const { region, algorithm, page: pageNumber, pageSize, libIds } = view;
  const request = useMemo<LibrariesRequest>(
    () => ({ region, algorithm, pageNumber, pageSize, ...(libIds.length > 0 ? { libId: libIds } : {}) }),
    [region, algorithm, pageNumber, pageSize, libIds],
  );
  const query = useLibraries(request);
  usePrefetchNextPage(request, query.isPlaceholderData ? undefined : query.data);
  const missing = query.isPlaceholderData ? undefined : notFoundIds(libIds, query.data);

  return (
    <section
      className="browser"
      aria-label={t.table.caption(REGION_NAMES[region][language], t.algorithms[algorithm])}
    >
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
      {missing && <NotFoundNotice ids={missing.ids} count={missing.count} />}
      <LibrariesResults view={view} request={request} query={query} changeView={changeView} />
    </section>
  );
}
