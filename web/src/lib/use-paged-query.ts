/**
 * What every paged route shares in the browser: the prefetch of the next page (so Next is instant; `?prefetch=0`
 * turns it off for benchmarks) and a refresh past every cache.
 */
import { type FetchQueryOptions, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { isPrefetchEnabled } from './prefetch-flag';

interface PageRequest {
  pageNumber: number;
  pageSize: number;
}

/** Prefetches the page after `request` once the page on screen (`shown`) says there is one. */
export function usePrefetchNextPage<R extends PageRequest, TData, TKey extends QueryKey>(
  request: R,
  shown: { totalCount: number } | undefined,
  /** Stable (a module's function): the query options of a page. */
  optionsFor: (request: R) => FetchQueryOptions<TData, Error, TData, TKey>,
): void {
  const client = useQueryClient();
  const hasNext = shown !== undefined && request.pageNumber * request.pageSize < shown.totalCount;
  useEffect(() => {
    if (!hasNext || !isPrefetchEnabled()) return;
    void client.prefetchQuery(optionsFor({ ...request, pageNumber: request.pageNumber + 1 }));
  }, [client, hasNext, request, optionsFor]);
}

/**
 * Reloads one page past every cache: the BFF's (the fetch sends no-cache) and ours (other cached pages under
 * `scope` are dropped, so paging after a refresh does not show rows older than the ones on screen).
 */
export function useRefreshPage() {
  const client = useQueryClient();
  return useCallback(
    async (scope: QueryKey, queryKey: QueryKey, fetchFresh: (signal: AbortSignal) => Promise<unknown>) => {
      const key = JSON.stringify(queryKey);
      client.removeQueries({ queryKey: scope, predicate: (query) => JSON.stringify(query.queryKey) !== key });
      await client.fetchQuery({ queryKey, queryFn: ({ signal }) => fetchFresh(signal), staleTime: 0 });
    },
    [client],
  );
}
