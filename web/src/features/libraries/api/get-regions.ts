/** GET /api/regions: which region the server's configuration makes the default. */
import type { RegionsResponse } from '@ice-console/shared/catalog-schemas';
import { DEFAULT_REGION, type Region } from '@ice-console/shared/regions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export async function getRegions(signal?: AbortSignal): Promise<RegionsResponse> {
  return apiGet('/api/regions', signal ? { init: { signal } } : {});
}

export function getRegionsQueryOptions() {
  return queryOptions({
    queryKey: ['regions'],
    queryFn: ({ signal }) => getRegions(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The region the server's configuration makes the default. */
export function defaultRegionOf(answer: RegionsResponse): Region {
  return answer.regions.find((region) => region.isDefault)?.id ?? DEFAULT_REGION;
}

/** The default region, or undefined while it is not known yet; the built-in default if the call fails. */
export function useDefaultRegion(): Region | undefined {
  const query = useQuery(getRegionsQueryOptions());
  // A failed call falls back to the built-in default, but not while a retry may still bring the configured one.
  if (query.isError && !query.isFetching) return DEFAULT_REGION;
  return query.data ? defaultRegionOf(query.data) : undefined;
}
