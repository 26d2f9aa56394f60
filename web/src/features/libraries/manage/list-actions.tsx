/** The list's write control: "New library", or the line that says how an operator turns writes on. */
import { useState } from 'react';
import { useWriteAccess } from '../../../lib/write-access';
import { NewLibraryDialog } from './new-library-dialog';
import { useManageTexts } from './use-manage-texts';
import type { Where } from './write-api';
import './manage.css';

export function ListActions({ where }: { where: Where }) {
  const texts = useManageTexts();
  const [open, setOpen] = useState(false);
  if (useWriteAccess() === 'off') return <p className="hint writes-off">{texts.writesOff}</p>;
  return (
    <div className="write-actions">
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        {texts.newLibrary.open}
      </button>
      {open && <NewLibraryDialog where={where} onClose={() => setOpen(false)} />}
    </div>
  );
}
