/** Prefetches the page after the one on screen so Next is instant; switchable for benchmarks (?prefetch=0). */
import type { LibraryPage } from '@ice-console/shared/libraries';
import { useEffect } from 'react';
import { isPrefetchEnabled } from '../../../lib/prefetch-flag';
import { type LibrariesRequest, usePrefetchLibraries } from '../api/get-libraries';

export function usePrefetchNextPage(request: LibrariesRequest, shown: LibraryPage | undefined): void {
  const prefetch = usePrefetchLibraries();
  const hasNext = shown !== undefined && request.pageNumber * request.pageSize < shown.totalCount;
  useEffect(() => {
    if (!hasNext || !isPrefetchEnabled()) return;
    void prefetch({ ...request, pageNumber: request.pageNumber + 1 });
  }, [hasNext, prefetch, request]);
}
