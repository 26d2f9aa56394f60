/** GET /api/libraries: the fetcher, its query options (the page is part of the key), the hook, prefetch, refresh. */

import type { LibrariesQuery, LibraryPage } from '@ice-console/shared/libraries';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiGet, type FetchOptions, fetchInit } from '../../../lib/api-client';
import { usePrefetchNextPage, useRefreshPage } from '../../../lib/use-paged-query';
import type { LibrariesView } from '../state/url-state';

/** The query the BFF validates, as its schema outputs it. */
export type LibrariesRequest = LibrariesQuery;

/** The request for the list a URL describes (state/url-state.ts). */
export function librariesRequestOf({
  region,
  algorithm,
  page,
  pageSize,
  libIds,
}: LibrariesView): LibrariesRequest {
  return { region, algorithm, pageNumber: page, pageSize, ...(libIds.length > 0 ? { libId: libIds } : {}) };
}

export async function getLibraries(
  request: LibrariesRequest,
  options: FetchOptions = {},
): Promise<LibraryPage> {
  const query = new URLSearchParams({
    region: request.region,
    algorithm: request.algorithm,
    pageNumber: String(request.pageNumber),
    pageSize: String(request.pageSize),
  });
  if (request.libId && request.libId.length > 0) query.set('libId', request.libId.join(','));
  return apiGet('/api/libraries', { query, init: fetchInit(options) });
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
  const query = useQuery(getLibrariesQueryOptions(request));
  usePrefetchNextPage(request, query.isPlaceholderData ? undefined : query.data, getLibrariesQueryOptions);
  return query;
}

/** Reloads `request` past every cache, ours and the BFF's. */
export function useRefreshLibraries() {
  const refresh = useRefreshPage();
  return useCallback(
    (request: LibrariesRequest) =>
      refresh(['libraries'], getLibrariesQueryOptions(request).queryKey, (signal) =>
        getLibraries(request, { signal, bypassCache: true }),
      ),
    [refresh],
  );
}
