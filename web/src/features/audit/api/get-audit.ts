/** GET /api/audit?limit=&action=: the newest lines of the audit trail, newest first. */
import type { AuditAnswer, WriteAction } from '@ice-console/shared/writes';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

/** As many as the page shows; the file keeps everything for whoever needs more. */
export const AUDIT_LIMIT = 200;

export async function getAudit(action: WriteAction | undefined, signal?: AbortSignal): Promise<AuditAnswer> {
  const query = new URLSearchParams({ limit: String(AUDIT_LIMIT) });
  if (action) query.set('action', action);
  return apiGet('/api/audit', { query, init: signal ? { signal } : {} });
}

export function getAuditQueryOptions(action: WriteAction | undefined) {
  return queryOptions({
    queryKey: ['audit', action ?? 'all'],
    queryFn: ({ signal }) => getAudit(action, signal),
    // A trail is read to see what just happened: always asked again when the page opens.
    staleTime: 0,
  });
}

export function useAudit(action: WriteAction | undefined) {
  return useQuery(getAuditQueryOptions(action));
}
