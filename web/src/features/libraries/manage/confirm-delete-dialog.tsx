/**
 * Asks before a delete: once for an entity or a sample; for a library, the user types its name, since its
 * entities and samples go with it. The Idempotency-Key is kept across retries of the same delete.
 */
import type { WriteAction } from '@ice-console/shared/writes';
import { useId, useState } from 'react';
import { useManageTexts } from './use-manage-texts';
import { useWriteAction } from './use-write-action';
import { WriteForm } from './write-form';

interface Props {
  title: string;
  warning: string;
  action: WriteAction;
  /** The name to type before the delete goes (a library's), and the label that asks for it. */
  typeToConfirm?: { name: string; label: string };
  send: (idempotencyKey: string) => Promise<unknown>;
  onDeleted: () => void;
  onClose: () => void;
}

export function ConfirmDeleteDialog({
  title,
  warning,
  action,
  typeToConfirm,
  send,
  onDeleted,
  onClose,
}: Props) {
  const texts = useManageTexts();
  const id = useId();
  const [typed, setTyped] = useState('');
  const write = useWriteAction((_: null, key: string) => send(key), onDeleted);
  return (
    <WriteForm
      title={title}
      action={action}
      submitLabel={texts.confirmDelete}
      busyLabel={texts.deleting}
      pending={write.pending}
      error={write.error}
      onClose={onClose}
      danger
      ready={typeToConfirm === undefined || typed === typeToConfirm.name}
      onSubmit={() => void write.submit(null)}
    >
      <p className="write-warning">{warning}</p>
      {typeToConfirm && (
        <div className="field write-field">
          <label htmlFor={id}>{typeToConfirm.label}</label>
          <input
            id={id}
            type="text"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
      )}
    </WriteForm>
  );
}
