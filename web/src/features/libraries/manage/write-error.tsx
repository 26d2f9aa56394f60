/**
 * A write that failed, worded for what the user can do: an unknown outcome says so and leads to the list to
 * check (never a blind retry); a RAM denial shows the exact statement to add for this action; the rest reuse the
 * read errors' texts. What the user typed stays in the form above.
 */
import type { ErrorBody } from '@ice-console/shared/errors';
import type { WriteAction } from '@ice-console/shared/writes';
import { CopyButton } from '../../../components/copy-button';
import { errorKind } from '../../../lib/error-kind';
import { useErrorTexts } from '../../../lib/i18n/use-error-texts';
import { useManageTexts } from './use-manage-texts';

interface Props {
  error: ErrorBody['error'];
  action: WriteAction;
  /** Closes the form, so the list under it (refreshed) shows whether the change was made. */
  onCheckList: () => void;
}

const statementFor = (action: WriteAction) =>
  JSON.stringify({ Effect: 'Allow', Action: [`ice:${action}`], Resource: '*' }, null, 2);

export function WriteError({ error, action, onCheckList }: Props) {
  const errors = useErrorTexts();
  const texts = useManageTexts();
  const kind = errorKind(error.code);
  const unknown = error.code === 'OutcomeUnknown';
  const own: Partial<Record<string, string>> = {
    OutcomeUnknown: texts.errors.unknown,
    WritesDisabled: texts.errors.writesDisabled,
    ReadOnlySession: texts.errors.readOnly,
    IdempotencyKeyReused: texts.errors.keyReused,
  };
  const help =
    own[error.code] ??
    (kind === 'permission'
      ? texts.errors.permission(`ice:${action}`)
      : kind === 'generic'
        ? error.message
        : errors[kind].help);
  return (
    <div className="load-error write-error" role="alert">
      <h3>
        {unknown
          ? texts.errors.unknownTitle
          : kind === 'generic'
            ? texts.errors.failedTitle
            : errors[kind].title}
      </h3>
      <p>{help}</p>
      {kind === 'permission' && (
        <div className="policy">
          <pre>
            <code>{statementFor(action)}</code>
          </pre>
          <CopyButton text={statementFor(action)} what="RAM policy" />
        </div>
      )}
      <dl className="error-facts">
        <dt>{errors.code}</dt>
        <dd>
          <code>{error.code}</code>
          {error.field && <span> · {errors.field(error.field)}</span>}
        </dd>
        {error.requestId && (
          <>
            <dt>{errors.requestId}</dt>
            <dd>
              <code>{error.requestId}</code> <CopyButton text={error.requestId} what="RequestId" />
            </dd>
          </>
        )}
      </dl>
      {unknown ? (
        <button type="button" onClick={onCheckList}>
          {texts.errors.checkList}
        </button>
      ) : (
        <p className="hint">{texts.errors.retry}</p>
      )}
    </div>
  );
}
