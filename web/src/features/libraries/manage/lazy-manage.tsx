/**
 * The write controls of the library and entity pages (the list's gate is in lazy-list-actions.tsx, so these stay
 * in those pages' own chunks), as the pages place them: each loads with the write chunk, and only for a session that may
 * use it (an editor with writes on; on the list, the writes-off line too; nothing for a viewer). Nothing here
 * weighs on the first load but these gates (docs/web-app.md).
 */
import { lazy } from 'react';
import { useWriteAccess } from '../../../lib/write-access';
import { Gate } from './lazy-list-actions';
import type { EntityAddress, Where } from './write-api';

const LibraryActions = lazy(() => import('./library-actions').then((m) => ({ default: m.LibraryActions })));
const EntityActions = lazy(() => import('./entity-actions').then((m) => ({ default: m.EntityActions })));
const DeleteSampleButton = lazy(() =>
  import('./delete-sample-button').then((m) => ({ default: m.DeleteSampleButton })),
);

export function LazyLibraryActions(props: { where: Where & { libId: string }; libName: string | undefined }) {
  return (
    <Gate open={useWriteAccess() === 'editor'}>
      <LibraryActions {...props} />
    </Gate>
  );
}

export function LazyEntityActions(props: { address: EntityAddress; entityName: string }) {
  return (
    <Gate open={useWriteAccess() === 'editor'}>
      <EntityActions {...props} />
    </Gate>
  );
}

export function LazyDeleteSample(props: { address: EntityAddress & { sampleId: string } }) {
  return (
    <Gate open={useWriteAccess() === 'editor'}>
      <DeleteSampleButton {...props} />
    </Gate>
  );
}
