/**
 * What a paged query has, the same way on every page: a skeleton first, an error with help (above the rows when
 * rows are already on screen), the toolbar (refresh, export), the empty state, a page past the end, or the rows.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { toErrorBody } from '../lib/api-client';
import { ExportButtons, type ExportFormat } from './export-buttons';
import { LoadError } from './lazy-load-error';
import { PastEndNotice } from './notices';
import { RefreshControl } from './refresh-control';

interface PageFacts {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
}

interface Props<P extends PageFacts> {
  query: UseQueryResult<P, Error>;
  rowCount: (page: P) => number;
  skeleton: ReactNode;
  empty: ReactNode;
  onRefresh: () => Promise<unknown>;
  onExport: (page: P, format: ExportFormat, options: { bom: boolean }) => Promise<void>;
  onGoToPage: (page: number) => void;
  /** Offered instead of a retry when a retry cannot help. */
  recovery?: ReactNode;
  /** More tools beside the page export, for the page on screen (export all, show as code). */
  tools?: (page: P) => ReactNode;
  /** The rows and their paging controls; `stale` while the next page loads. */
  children: (page: P, stale: boolean) => ReactNode;
}

export function PagedResults<P extends PageFacts>(props: Props<P>) {
  const { query, rowCount, onRefresh, onGoToPage } = props;
  const [refreshing, setRefreshing] = useState(false);
  const page = query.data;
  const stale = query.isPlaceholderData;
  const refresh = () => {
    setRefreshing(true);
    // A failure shows through the query's error state; nothing more to do here.
    onRefresh()
      .catch(() => undefined)
      .finally(() => setRefreshing(false));
  };
  const error = query.error;
  const errorPanel = error && (
    <LoadError
      key={query.errorUpdatedAt}
      error={toErrorBody(error)}
      onRetry={() => void query.refetch()}
      recovery={props.recovery}
    />
  );
  if (!page) return query.isError ? errorPanel : props.skeleton;

  const lastPage = Math.max(1, Math.ceil(page.totalCount / page.pageSize));
  const rows = rowCount(page);
  return (
    <div className="results">
      {errorPanel}
      <div className="toolbar">
        <RefreshControl
          updatedAt={query.dataUpdatedAt}
          busy={refreshing || query.isFetching}
          onRefresh={refresh}
        />
        <ExportButtons
          disabled={stale || rows === 0}
          onExport={(format, options) => props.onExport(page, format, options)}
        />
        {props.tools?.(page)}
      </div>
      {page.totalCount === 0 ? (
        props.empty
      ) : rows === 0 ? (
        <PastEndNotice page={page.pageNumber} lastPage={lastPage} onGoLast={() => onGoToPage(lastPage)} />
      ) : (
        props.children(page, stale)
      )}
    </div>
  );
}
