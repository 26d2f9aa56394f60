/** GET /api/libraries: the fetcher, its query options (the page is part of the key), the hook, prefetch, refresh. */

import type { LibrariesQuery, LibraryPage } from '@ice-console/shared/libraries';
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiGet } from '../../../lib/api-client';

/** The query the BFF validates, as its schema outputs it. */
export type LibrariesRequest = LibrariesQuery;

export interface FetchOptions {
  signal?: AbortSignal;
  /** Asks the BFF to skip its page cache and call Alibaba Cloud again (the Refresh button). */
  bypassCache?: boolean;
}

export async function getLibraries(
  request: LibrariesRequest,
  options: FetchOptions = {},
): Promise<LibraryPage> {
  const params = new URLSearchParams({
    region: request.region,
    algorithm: request.algorithm,
    pageNumber: String(request.pageNumber),
    pageSize: String(request.pageSize),
  });
  if (request.libId && request.libId.length > 0) params.set('libId', request.libId.join(','));
  const init: RequestInit = options.bypassCache ? { headers: { 'Cache-Control': 'no-cache' } } : {};
  if (options.signal) init.signal = options.signal;
  return apiGet('/api/libraries', { query: params, init });
}

export function getLibrariesQueryOptions(request: LibrariesRequest) {
  return queryOptions({
    queryKey: ['libraries', request],
    queryFn: ({ signal }) => getLibraries(request, { signal }),
    // The rows on screen stay (dimmed) while the next page loads, instead of a skeleton flashing between pages.
    placeholderData: keepPreviousData,
  });
}

export function useLibraries(request: LibrariesRequest) {
  return useQuery(getLibrariesQueryOptions(request));
}

/** Loads the page after `request` into the cache, so Next shows it at once. */
export function usePrefetchLibraries() {
  const client = useQueryClient();
  return useCallback(
    (request: LibrariesRequest) => client.prefetchQuery(getLibrariesQueryOptions(request)),
    [client],
  );
}

/**
 * Reloads `request` past every cache: the BFF's (no-cache header) and ours (other pages are dropped, so paging
 * after a refresh does not show rows older than the ones on screen).
 */
export function useRefreshLibraries() {
  const client = useQueryClient();
  return useCallback(
    async (request: LibrariesRequest) => {
      const { queryKey } = getLibrariesQueryOptions(request);
      client.removeQueries({
        queryKey: ['libraries'],
        predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(queryKey),
      });
      await client.fetchQuery({
        queryKey,
        queryFn: ({ signal }) => getLibraries(request, { signal, bypassCache: true }),
        staleTime: 0,
      });
    },
    [client],
  );
}
