/**
 * The list's write controls ("New library", or the line saying writes are off), loaded with the write chunk only
 * for a session that may see them. Kept apart from the pages' gates so only this one weighs on the first load.
 */
import { lazy, type ReactNode, Suspense } from 'react';
import { useWriteAccess } from '../../../lib/write-access';
import type { Where } from './write-api';

/** Renders its lazy children only when open; nothing while their chunk loads. */
export function Gate({ open, children }: { open: boolean; children: ReactNode }) {
  return open ? <Suspense fallback={null}>{children}</Suspense> : null;
}

const ListActions = lazy(() => import('./list-actions').then((m) => ({ default: m.ListActions })));

export function LazyListActions({ where }: { where: Where }) {
  return (
    <Gate open={useWriteAccess() !== 'read'}>
      <ListActions where={where} />
    </Gate>
  );
}
