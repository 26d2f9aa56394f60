/** GET /api/libraries/:libId: one library's name and description (404 LibraryNotFound when it is not there). */
import type { Algorithm } from '@ice-console/shared/algorithms';
import type { LibraryAnswer } from '@ice-console/shared/library-contents';
import type { Region } from '@ice-console/shared/regions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type FetchOptions, fetchInit } from '../../../lib/api-client';

/** Where a library lives: it is addressed by (region, algorithm, LibId). */
export interface LibraryAddress {
  region: Region;
  algorithm: Algorithm;
  libId: string;
}

export async function getLibrary(
  address: LibraryAddress,
  options: FetchOptions = {},
): Promise<LibraryAnswer> {
  return apiGet('/api/libraries/:libId', {
    params: { libId: address.libId },
    query: new URLSearchParams({ region: address.region, algorithm: address.algorithm }),
    init: fetchInit(options),
  });
}

export function getLibraryQueryOptions(address: LibraryAddress) {
  return queryOptions({
    queryKey: ['library', address],
    queryFn: ({ signal }) => getLibrary(address, { signal }),
  });
}

export function useLibrary(address: LibraryAddress) {
  return useQuery(getLibraryQueryOptions(address));
}
