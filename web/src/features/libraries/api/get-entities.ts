/** GET /api/libraries/:libId/entities: one page of a library's entities, prefetch of the next, refresh. */
import type { Entity, EntityPage } from '@ice-console/shared/library-contents';
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { apiGet, type FetchOptions, fetchInit } from '../../../lib/api-client';
import { usePrefetchNextPage, useRefreshPage } from '../../../lib/use-paged-query';
import type { LibraryAddress } from './get-library';

export interface EntitiesRequest extends LibraryAddress {
  pageNumber: number;
  pageSize: number;
}

export async function getEntities(request: EntitiesRequest, options: FetchOptions = {}): Promise<EntityPage> {
  return apiGet('/api/libraries/:libId/entities', {
    params: { libId: request.libId },
    query: new URLSearchParams({
      region: request.region,
      algorithm: request.algorithm,
      pageNumber: String(request.pageNumber),
      pageSize: String(request.pageSize),
    }),
    init: fetchInit(options),
  });
}

export function getEntitiesQueryOptions(request: EntitiesRequest) {
  return queryOptions({
    queryKey: ['entities', request],
    queryFn: ({ signal }) => getEntities(request, { signal }),
    // The rows on screen stay (dimmed) while the next page loads, as in the list.
    placeholderData: keepPreviousData,
  });
}

export function useEntities(request: EntitiesRequest) {
  const query = useQuery(getEntitiesQueryOptions(request));
  usePrefetchNextPage(request, query.isPlaceholderData ? undefined : query.data, getEntitiesQueryOptions);
  return query;
}

export function useRefreshEntities() {
  const refresh = useRefreshPage();
  return useCallback(
    (request: EntitiesRequest) =>
      refresh(['entities'], getEntitiesQueryOptions(request).queryKey, (signal) =>
        getEntities(request, { signal, bypassCache: true }),
      ),
    [refresh],
  );
}

/** The entity as a cached page of entities has it (name, info): no route answers one entity by its ID. */
export function useCachedEntity(libId: string, entityId: string): Entity | undefined {
  const client = useQueryClient();
  return useMemo(() => {
    for (const [, page] of client.getQueriesData<EntityPage>({ queryKey: ['entities'] })) {
      const found = page?.libId === libId ? page.entities.find((e) => e.entityId === entityId) : undefined;
      if (found) return found;
    }
    return undefined;
  }, [client, libId, entityId]);
}
