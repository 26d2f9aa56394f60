/** GET /api/session: whether sign-in is on, whether this browser is signed in, and the server's mode. */
import type { Session } from '@ice-console/shared/session';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export async function getSession(signal?: AbortSignal): Promise<Session> {
  return apiGet('/api/session', signal ? { init: { signal } } : {});
}

export const SESSION_QUERY_KEY = ['session'] as const;

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}
