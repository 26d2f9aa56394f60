/** GET /api/libraries: the fetcher, its query options (the page is part of the key) and the hook. */

import type { Algorithm } from '@ice-console/shared/algorithms';
import type { LibraryPage } from '@ice-console/shared/libraries';
import type { Region } from '@ice-console/shared/regions';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export interface LibrariesRequest {
  region: Region;
  algorithm: Algorithm;
  pageNumber: number;
  pageSize: number;
  libIds?: readonly string[];
}

export async function getLibraries(request: LibrariesRequest, signal?: AbortSignal): Promise<LibraryPage> {
  const params = new URLSearchParams({
    region: request.region,
    algorithm: request.algorithm,
    pageNumber: String(request.pageNumber),
    pageSize: String(request.pageSize),
  });
  if (request.libIds && request.libIds.length > 0) params.set('libId', request.libIds.join(','));
  // The BFF validated this page against the shared schema before sending it.
  return (await apiGet(`/api/libraries?${params}`, signal ? { signal } : {})) as LibraryPage;
}

export function getLibrariesQueryOptions(request: LibrariesRequest) {
  return queryOptions({
    queryKey: ['libraries', request],
    queryFn: ({ signal }) => getLibraries(request, signal),
    // The rows on screen stay while the next page loads.
    placeholderData: keepPreviousData,
  });
}

export function useLibraries(request: LibrariesRequest) {
  return useQuery(getLibrariesQueryOptions(request));
}
