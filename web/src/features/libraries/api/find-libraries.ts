/** GET /api/find: where LibIds live across all 20 region × algorithm views; asked only when the user says so. */
import type { FindAnswer } from '@ice-console/shared/find-libraries';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type FetchOptions, fetchInit } from '../../../lib/api-client';

export async function findLibraries(
  libIds: readonly string[],
  options: FetchOptions = {},
): Promise<FindAnswer> {
  return apiGet('/api/find', {
    query: new URLSearchParams({ libId: libIds.join(',') }),
    init: fetchInit(options),
  });
}

export function findLibrariesQueryOptions(libIds: readonly string[]) {
  return queryOptions({
    queryKey: ['find', [...libIds].sort()],
    queryFn: ({ signal }) => findLibraries(libIds, { signal }),
  });
}

export function useFindLibraries(libIds: readonly string[], enabled: boolean) {
  return useQuery({ ...findLibrariesQueryOptions(libIds), enabled });
}
