/**
 * A library's write controls: "Add entity" (then a notice with a link to it) and "Delete library", which asks for
 * the library's name and leads back to the list once it is gone.
 */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { PageLink } from '../components/page-link';
import { entityPath, listPath } from '../paths';
import { AddEntityDialog } from './add-entity-dialog';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { useManageTexts } from './use-manage-texts';
import { deleteLibrary, useStaleAfterWrites, type Where } from './write-api';
import './manage.css';

interface Props {
  where: Where & { libId: string };
  /** The library's name, once loaded: deleting needs it typed. */
  libName: string | undefined;
}

export function LibraryActions({ where, libName }: Props) {
  const texts = useManageTexts();
  const [, navigate] = useLocation();
  const stale = useStaleAfterWrites();
  const [open, setOpen] = useState<'add' | 'delete' | undefined>();
  const [added, setAdded] = useState<{ entityId: string; entityName: string } | undefined>();
  const close = () => setOpen(undefined);
  return (
    <>
      <div className="write-actions">
        <button type="button" className="primary" onClick={() => setOpen('add')}>
          {texts.addEntity.open}
        </button>
        <button type="button" disabled={libName === undefined} onClick={() => setOpen('delete')}>
          {texts.deleteLibrary.open}
        </button>
      </div>
      {added && (
        <p className="notice" role="status">
          {texts.addEntity.done(added.entityName)}{' '}
          <PageLink href={entityPath(where.libId, added.entityId, where)}>{texts.addEntity.openIt}</PageLink>
        </p>
      )}
      {open === 'add' && (
        <AddEntityDialog
          where={where}
          onClose={close}
          onAdded={(entity) => {
            setAdded(entity);
            close();
          }}
        />
      )}
      {open === 'delete' && libName !== undefined && (
        <ConfirmDeleteDialog
          title={texts.deleteLibrary.title(libName)}
          warning={texts.deleteLibrary.warning}
          action="DeleteRecognitionLib"
          typeToConfirm={{ name: libName, label: texts.deleteLibrary.typeName(libName) }}
          send={(key) => deleteLibrary(where, key)}
          onDeleted={() => {
            // Away first: the page would otherwise reload a library that is gone and flash its 404.
            navigate(listPath(where));
            stale.libraryGone(where.libId);
          }}
          onClose={close}
        />
      )}
    </>
  );
}
