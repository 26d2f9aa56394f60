/** A sample card's delete button, asking once; the grid reloads without the sample. */
import { useState } from 'react';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { useManageTexts } from './use-manage-texts';
import { deleteSample, type EntityAddress, useStaleAfterWrites } from './write-api';
import './manage.css';

export function DeleteSampleButton({ address }: { address: EntityAddress & { sampleId: string } }) {
  const texts = useManageTexts();
  const stale = useStaleAfterWrites();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="sample-delete" onClick={() => setOpen(true)}>
        {texts.deleteSample.open(address.sampleId)}
      </button>
      {open && (
        <ConfirmDeleteDialog
          title={texts.deleteSample.title(address.sampleId)}
          warning={texts.deleteSample.warning}
          action="DeleteRecognitionSample"
          send={(key) => deleteSample(address, key)}
          onDeleted={() => {
            setOpen(false);
            stale.samples(address.libId);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
