/**
 * GET /api/libraries/:libId/samples: one page of an entity's samples, or of the samples of every entity with a
 * given name (the service's EntityName search); prefetch of the next page, refresh.
 */
import type { SamplePage } from '@ice-console/shared/library-contents';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiGet, type FetchOptions, fetchInit } from '../../../lib/api-client';
import { usePrefetchNextPage, useRefreshPage } from '../../../lib/use-paged-query';
import type { EntitiesRequest } from './get-entities';

/** Exactly one of the two, as the contract requires. */
export type SamplesOf = { entityId: string; entityName?: never } | { entityName: string; entityId?: never };

export type SamplesRequest = EntitiesRequest & SamplesOf;

export async function getSamples(request: SamplesRequest, options: FetchOptions = {}): Promise<SamplePage> {
  const query = new URLSearchParams({
    region: request.region,
    algorithm: request.algorithm,
    pageNumber: String(request.pageNumber),
    pageSize: String(request.pageSize),
  });
  if (request.entityId !== undefined) query.set('entityId', request.entityId);
  else query.set('entityName', request.entityName);
  return apiGet('/api/libraries/:libId/samples', {
    params: { libId: request.libId },
    query,
    init: fetchInit(options),
  });
}

export function getSamplesQueryOptions(request: SamplesRequest) {
  return queryOptions({
    queryKey: ['samples', request],
    queryFn: ({ signal }) => getSamples(request, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSamples(request: SamplesRequest) {
  const query = useQuery(getSamplesQueryOptions(request));
  usePrefetchNextPage(request, query.isPlaceholderData ? undefined : query.data, getSamplesQueryOptions);
  return query;
}

export function useRefreshSamples() {
  const refresh = useRefreshPage();
  return useCallback(
    (request: SamplesRequest) =>
      refresh(['samples'], getSamplesQueryOptions(request).queryKey, (signal) =>
        getSamples(request, { signal, bypassCache: true }),
      ),
    [refresh],
  );
}
