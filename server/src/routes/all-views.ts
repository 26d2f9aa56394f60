/**
 * Reads that fan out over all 20 region × algorithm views (the overview, the search everywhere): a few at a time,
 * each failure kept as that view's error so one broken view never hides the others.
 */
import { ALGORITHMS, type Algorithm } from '@ice-console/shared/algorithms';
import type { ViewError } from '@ice-console/shared/overview';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import type { IceGateway } from '../ice/ice-gateway';
import { toApiError } from '../ice/upstream-error';

export interface View {
  region: Region;
  algorithm: Algorithm;
}

export const ALL_VIEWS: readonly View[] = REGION_IDS.flatMap((region) =>
  ALGORITHMS.map((algorithm) => ({ region, algorithm })),
);

// Twenty calls queued at once would overflow the budget's queue (18 places at the default 10 calls a second) and
// refuse the last ones with 429s of our own making; four keep the budget busy without crowding other clients.
const AT_ONCE = 4;

export type ViewOutcome<T> = View & ({ value: T } | { error: ViewError });

export function toViewError(caught: unknown): ViewError {
  const error = toApiError(caught);
  return {
    code: error.code,
    message: error.message,
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
  };
}

/** `read` for each view, at most a few at once, in the order given; a rejection becomes that view's error. */
export async function readViews<T>(
  gateway: IceGateway,
  views: readonly View[],
  read: (view: View) => Promise<T>,
): Promise<ViewOutcome<T>[]> {
  const outcomes: ViewOutcome<T>[] = new Array(views.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < views.length; index = next++) {
      const view = views[index];
      if (view === undefined) return;
      try {
        outcomes[index] = { ...view, value: await read(view) };
      } catch (caught) {
        outcomes[index] = { ...view, error: toViewError(caught) };
      }
    }
  };
  const workers = Math.max(1, Math.min(AT_ONCE, gateway.queueRoom, views.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}
