/**
 * GET /api/overview, asked one cell at a time so the matrix fills as the answers arrive. At most four cells are
 * asked at once: twenty at once would crowd the BFF's budget queue (and a browser's six connections to a host).
 */
import { ALGORITHMS, type Algorithm } from '@ice-console/shared/algorithms';
import type { OverviewCell } from '@ice-console/shared/overview';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import { queryOptions, useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiGet, type FetchOptions, fetchInit } from '../../../lib/api-client';
import { requestSlots } from '../../../lib/request-slots';

export interface CellView {
  region: Region;
  algorithm: Algorithm;
}

export const CELL_VIEWS: readonly CellView[] = REGION_IDS.flatMap((region) =>
  ALGORITHMS.map((algorithm) => ({ region, algorithm })),
);

const slots = requestSlots(4);

export function getOverviewCell(view: CellView, options: FetchOptions = {}): Promise<OverviewCell> {
  return slots.run(async () => {
    const answer = await apiGet('/api/overview', {
      query: new URLSearchParams({ region: view.region, algorithm: view.algorithm }),
      init: fetchInit(options),
    });
    const cell = answer.cells[0];
    if (!cell) throw new Error('The overview answered no cell.');
    return cell;
  }, options.signal);
}

export function getOverviewCellQueryOptions(view: CellView) {
  return queryOptions({
    queryKey: ['overview', view.region, view.algorithm],
    queryFn: ({ signal }) => getOverviewCell(view, { signal }),
  });
}

/** The twenty cells' queries, in CELL_VIEWS order (regions, then algorithms). */
export function useOverview() {
  return useQueries({ queries: CELL_VIEWS.map(getOverviewCellQueryOptions) });
}

/** Reads every cell again past the BFF's cache; the counts on screen stay until their new ones arrive. */
export function useRefreshOverview() {
  const client = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        CELL_VIEWS.map((view) =>
          client.fetchQuery({
            queryKey: getOverviewCellQueryOptions(view).queryKey,
            queryFn: ({ signal }) => getOverviewCell(view, { signal, bypassCache: true }),
            staleTime: 0,
          }),
        ),
      ),
    [client],
  );
}
