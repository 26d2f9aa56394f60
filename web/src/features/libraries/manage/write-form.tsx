/**
 * The frame of every write: a modal dialog (focus trapped, Escape closes) around a form whose submit button is
 * disabled while the write is on its way, and the failure under the fields, which keep what the user typed.
 */
import type { ErrorBody } from '@ice-console/shared/errors';
import type { WriteAction } from '@ice-console/shared/writes';
import type { ReactNode } from 'react';
import { Dialog } from '../../../components/dialog';
import { useManageTexts } from './use-manage-texts';
import { WriteError } from './write-error';
import './manage.css';

interface Props {
  title: string;
  action: WriteAction;
  submitLabel: string;
  busyLabel: string;
  pending: boolean;
  error: ErrorBody['error'] | undefined;
  onSubmit: () => void;
  onClose: () => void;
  /** A delete: the button says so in colour as well as in words. */
  danger?: boolean;
  /** False until a confirmation is typed. */
  ready?: boolean;
  children: ReactNode;
}

export function WriteForm(props: Props) {
  const texts = useManageTexts();
  const { title, action, pending, error, onClose, children } = props;
  return (
    <Dialog title={title} closeLabel={texts.close} onClose={onClose}>
      <form
        className="write-form"
        noValidate
        aria-busy={pending}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {children}
        {error && <WriteError error={error} action={action} onCheckList={onClose} />}
        <div className="form-actions">
          <button
            type="submit"
            className={props.danger ? 'danger' : 'primary'}
            disabled={pending || props.ready === false}
          >
            {pending ? props.busyLabel : props.submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            {texts.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
