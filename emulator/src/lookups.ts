/** Finding a library or an entity a call names, or refusing the call with the field that named it. */
import type { ActionContext } from './action-context';
import { notFound } from './params';
import type { ServiceAlgorithm } from './service-model';
import type { EntityRecord, LibRecord } from './store-records';

export function libraryOf(context: ActionContext, algorithm: ServiceAlgorithm, libId: string): LibRecord {
  const lib = context.store.findLibrary(context.accountId, context.region, algorithm, libId);
  if (!lib) throw notFound('LibId', libId);
  return lib;
}

export function entityOf(
  context: ActionContext,
  algorithm: ServiceAlgorithm,
  lib: LibRecord,
  entityId: string,
): EntityRecord {
  const entity = context.store.entities(context.region, algorithm, lib).find((e) => e.EntityId === entityId);
  if (!entity) throw notFound('EntityId', entityId);
  return entity;
}

/** Removes the item with `id` from a list the store handed to a write; it was checked to be there. */
export function removeById<T>(items: T[], matches: (item: T) => boolean): void {
  const index = items.findIndex(matches);
  if (index >= 0) items.splice(index, 1);
}
