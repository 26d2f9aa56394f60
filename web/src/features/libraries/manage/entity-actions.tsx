/** An entity's write controls: "Add sample" and "Delete entity", which leads back to its library once gone. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { libraryPath } from '../paths';
import { AddSampleDialog } from './add-sample-dialog';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { useManageTexts } from './use-manage-texts';
import { deleteEntity, type EntityAddress, useStaleAfterWrites } from './write-api';
import './manage.css';

export function EntityActions({ address, entityName }: { address: EntityAddress; entityName: string }) {
  const texts = useManageTexts();
  const [, navigate] = useLocation();
  const stale = useStaleAfterWrites();
  const [open, setOpen] = useState<'add' | 'delete' | undefined>();
  const [added, setAdded] = useState<string | undefined>();
  const close = () => setOpen(undefined);
  return (
    <>
      <div className="write-actions">
        <button type="button" className="primary" onClick={() => setOpen('add')}>
          {texts.addSample.open}
        </button>
        <button type="button" onClick={() => setOpen('delete')}>
          {texts.deleteEntity.open}
        </button>
      </div>
      {added && (
        <p className="notice" role="status">
          {texts.addSample.done(added)}
        </p>
      )}
      {open === 'add' && (
        <AddSampleDialog
          address={address}
          onClose={close}
          onAdded={(sampleId) => {
            setAdded(sampleId);
            close();
          }}
        />
      )}
      {open === 'delete' && (
        <ConfirmDeleteDialog
          title={texts.deleteEntity.title(entityName)}
          warning={texts.deleteEntity.warning}
          action="DeleteRecognitionEntity"
          send={(key) => deleteEntity(address, key)}
          onDeleted={() => {
            navigate(libraryPath(address.libId, address));
            stale.entityGone(address.libId, address.entityId);
          }}
          onClose={close}
        />
      )}
    </>
  );
}
