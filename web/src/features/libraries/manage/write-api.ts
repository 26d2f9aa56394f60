/**
 * The six write routes as functions of what the user entered, and what each write makes stale in the browser's
 * cache (the BFF drops its own). Every call carries the action's Idempotency-Key.
 */
import type { Algorithm } from '@ice-console/shared/algorithms';
import type { Region } from '@ice-console/shared/regions';
import type { CreateEntityBody, CreateLibraryBody, CreateSampleBody } from '@ice-console/shared/writes';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiSend } from '../../../lib/api-client';

export interface Where {
  region: Region;
  algorithm: Algorithm;
}
export interface EntityAddress extends Where {
  libId: string;
  entityId: string;
}

const whereQuery = ({ region, algorithm }: Where) => new URLSearchParams({ region, algorithm });

export const createLibrary = (body: CreateLibraryBody, idempotencyKey: string) =>
  apiSend('POST /api/libraries', body, { idempotencyKey });

export const deleteLibrary = (where: Where & { libId: string }, idempotencyKey: string) =>
  apiSend('DELETE /api/libraries/:libId', undefined, {
    params: { libId: where.libId },
    query: whereQuery(where),
    idempotencyKey,
  });

export const createEntity = (libId: string, body: CreateEntityBody, idempotencyKey: string) =>
  apiSend('POST /api/libraries/:libId/entities', body, { params: { libId }, idempotencyKey });

export const deleteEntity = (address: EntityAddress, idempotencyKey: string) =>
  apiSend('DELETE /api/libraries/:libId/entities/:entityId', undefined, {
    params: { libId: address.libId, entityId: address.entityId },
    query: whereQuery(address),
    idempotencyKey,
  });

export const createSample = (address: EntityAddress, body: CreateSampleBody, idempotencyKey: string) =>
  apiSend('POST /api/libraries/:libId/entities/:entityId/samples', body, {
    params: { libId: address.libId, entityId: address.entityId },
    idempotencyKey,
  });

export const deleteSample = (address: EntityAddress & { sampleId: string }, idempotencyKey: string) =>
  apiSend('DELETE /api/libraries/:libId/entities/:entityId/samples/:sampleId', undefined, {
    params: { libId: address.libId, entityId: address.entityId, sampleId: address.sampleId },
    query: whereQuery(address),
    idempotencyKey,
  });

/**
 * Drops what a write made stale: the pages on screen load again at once, the others on their next visit. Keys
 * match by their prefix and by the fields given (TanStack's partial match), so one library's pages go together.
 */
function staleAfterWrites(client: QueryClient) {
  const refresh = (...keys: unknown[][]) => {
    for (const queryKey of keys) void client.invalidateQueries({ queryKey });
  };
  return {
    libraries: () => refresh(['libraries'], ['overview'], ['find']),
    libraryGone: (libId: string) => {
      for (const key of ['library', 'entities', 'samples'])
        client.removeQueries({ queryKey: [key, { libId }] });
      refresh(['libraries'], ['overview'], ['find']);
    },
    entities: (libId: string) => refresh(['entities', { libId }], ['samples', { libId }]),
    entityGone: (libId: string, entityId: string) => {
      client.removeQueries({ queryKey: ['samples', { libId, entityId }] });
      refresh(['entities', { libId }], ['samples', { libId }]);
    },
    samples: (libId: string) => refresh(['samples', { libId }]),
  };
}

export function useStaleAfterWrites() {
  const client = useQueryClient();
  return useMemo(() => staleAfterWrites(client), [client]);
}
