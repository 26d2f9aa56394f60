/** The list's results: the shared paged states (components/paged-results.tsx) around the libraries table. */
import type { LibraryPage } from '@ice-console/shared/libraries';
import { PAGE_SIZES } from '@ice-console/shared/paging';
import { REGION_NAMES } from '@ice-console/shared/regions';
import type { UseQueryResult } from '@tanstack/react-query';
import { DataTable } from '../../../components/data-table';
import { PagedResults } from '../../../components/paged-results';
import { PagingControls } from '../../../components/paging-controls';
import { TableSkeleton } from '../../../components/table-skeleton';
import { useI18n } from '../../../lib/i18n/i18n';
import { type LibrariesRequest, useRefreshLibraries } from '../api/get-libraries';
import type { LibrariesView } from '../state/url-state';
import { EmptyState } from './notices';
import { LIBRARY_COLUMN_CLASSES, useLibrariesTable } from './use-libraries-table';

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
  const table = useLibrariesTable({
    libraries: page?.libraries ?? NO_ROWS,
    totalCount: page?.totalCount ?? 0,
    view,
    rowOffset: page ? (page.pageNumber - 1) * page.pageSize : 0,
    onPaginationChange: (next) =>
      changeView({
        page: next.pageIndex + 1,
        pageSize: PAGE_SIZES.find((size) => size === next.pageSize) ?? view.pageSize,
      }),
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
    >
      {(shown, stale) => (
        <>
          <DataTable table={table} caption={caption} isStale={stale} columnClasses={LIBRARY_COLUMN_CLASSES} />
          <PagingControls table={table} page={{ ...shown, rowCount: shown.libraries.length }} busy={stale} />
        </>
      )}
    </PagedResults>
  );
}
