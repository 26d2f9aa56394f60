/** The list's results: the shared paged states (components/paged-results.tsx) around the libraries table. */
import type { LibraryPage } from '@ice-console/shared/libraries';
import { REGION_NAMES } from '@ice-console/shared/regions';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { PagedResults } from '../../../components/paged-results';
import { PagingControls } from '../../../components/paging-controls';
import { TableSkeleton } from '../../../components/table-skeleton';
import { useI18n } from '../../../lib/i18n/i18n';
import { type LibrariesRequest, useRefreshLibraries } from '../api/get-libraries';
import type { LibrariesView } from '../state/url-state';
import { LazyViewTools } from '../tools/lazy-tools';
import { EmptyState } from './notices';
import { useLibraryColumns } from './use-library-columns';

const NO_ROWS: LibraryPage['libraries'] = [];

interface Props {
  view: LibrariesView;
  request: LibrariesRequest;
  query: UseQueryResult<LibraryPage, Error>;
  changeView: (change: Partial<LibrariesView>) => void;
}

export function LibrariesResults({ view, request, query, changeView }: Props) {
  const { t, language } = useI18n();
  const refresh = useRefreshLibraries();
  const page = query.data;
  const libraries = page?.libraries ?? NO_ROWS;
  // Names on the page on screen that contain it: the service cannot search by name. Kept from page to page.
  const [nameFilter, setNameFilter] = useState('');
  const wanted = nameFilter.trim().toLowerCase();
  const shownRows = useMemo(
    () =>
      wanted === ''
        ? libraries
        : libraries.filter((library) => library.libName.toLowerCase().includes(wanted)),
    [libraries, wanted],
  );
  const columns = useLibraryColumns({
    libraries,
    view,
    rowOffset: page ? (page.pageNumber - 1) * page.pageSize : 0,
  });
  const caption = t.table.caption(REGION_NAMES[view.region][language], t.algorithms[view.algorithm]);
  return (
    <PagedResults
      query={query}
      rowCount={(shown) => shown.libraries.length}
      skeleton={<TableSkeleton rows={Math.min(view.pageSize, 10)} />}
      empty={<EmptyState view={view} />}
      onRefresh={() => refresh(request)}
      onExport={async (shown, format, options) => {
        const { exportPage } = await import('../export/page-export');
        exportPage(shown, format, options);
      }}
      onGoToPage={(next) => changeView({ page: next })}
      tools={(shown) => (
        <LazyViewTools
          view={{
            kind: 'libraries',
            request,
            totalCount: query.isPlaceholderData ? undefined : shown.totalCount,
          }}
          filter={{ value: nameFilter, onChange: setNameFilter, none: shownRows.length === 0 }}
        />
      )}
    >
      {(shown, stale) => (
        <>
          {shownRows.length > 0 && (
            <DataTable
              rows={shownRows}
              columns={columns}
              rowKey={(library) => library.libId}
              caption={caption}
              isStale={stale}
            />
          )}
          <PagingControls
            wanted={view}
            page={{ ...shown, rowCount: shown.libraries.length }}
            busy={stale}
            onChange={changeView}
          />
        </>
      )}
    </PagedResults>
  );
}
