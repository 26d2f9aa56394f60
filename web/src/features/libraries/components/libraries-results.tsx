/** What the query has: a skeleton, an error with help, the empty state, a page past the end, or the table. */
import type { LibraryPage } from '@ice-console/shared/libraries';
import { PAGE_SIZES } from '@ice-console/shared/paging';
import { REGION_NAMES } from '@ice-console/shared/regions';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n/i18n';
import { type LibrariesRequest, useRefreshLibraries } from '../api/get-libraries';
import type { LibrariesView } from '../state/url-state';
import { ExportButtons } from './export-buttons';
import { LibrariesTable } from './libraries-table';
import { LoadError } from './load-error';
import { EmptyState, PastEndNotice } from './notices';
import { PagingControls } from './paging-controls';
import { RefreshControl } from './refresh-control';
import { TableSkeleton } from './table-skeleton';
import { useLibrariesTable } from './use-libraries-table';

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
  const [refreshing, setRefreshing] = useState(false);
  const page = query.data;
  const stale = query.isPlaceholderData;
  const table = useLibrariesTable({
    libraries: page?.libraries ?? NO_ROWS,
    totalCount: page?.totalCount ?? 0,
    pagination: { pageIndex: view.page - 1, pageSize: view.pageSize },
    rowOffset: page ? (page.pageNumber - 1) * page.pageSize : 0,
    onPaginationChange: (next) =>
      changeView({
        page: next.pageIndex + 1,
        pageSize: PAGE_SIZES.find((size) => size === next.pageSize) ?? view.pageSize,
      }),
  });
  const onRefresh = () => {
    setRefreshing(true);
    // A failure shows through the query's error state; nothing more to do here.
    refresh(request)
      .catch(() => undefined)
      .finally(() => setRefreshing(false));
  };
  const error = query.error;
  const errorPanel = error && (
    <LoadError
      key={query.errorUpdatedAt}
      error={
        error instanceof ApiRequestError
          ? error.body
          : { code: 'UnknownError', message: error.message, retryable: true }
      }
      onRetry={() => void query.refetch()}
    />
  );
  if (!page) return query.isError ? errorPanel : <TableSkeleton rows={Math.min(view.pageSize, 10)} />;

  const lastPage = Math.max(1, Math.ceil(page.totalCount / page.pageSize));
  const caption = t.table.caption(REGION_NAMES[view.region][language], t.algorithms[view.algorithm]);
  return (
    <div className="results">
      {errorPanel}
      <div className="toolbar">
        <RefreshControl
          updatedAt={query.dataUpdatedAt}
          busy={refreshing || query.isFetching}
          onRefresh={onRefresh}
        />
        <ExportButtons page={page} disabled={stale || page.libraries.length === 0} />
      </div>
      {page.totalCount === 0 ? (
        <EmptyState view={view} />
      ) : page.libraries.length === 0 ? (
        <PastEndNotice
          page={page.pageNumber}
          lastPage={lastPage}
          onGoLast={() => changeView({ page: lastPage })}
        />
      ) : (
        <>
          <LibrariesTable table={table} caption={caption} isStale={stale} />
          <PagingControls table={table} page={page} busy={stale} />
        </>
      )}
    </div>
  );
}
