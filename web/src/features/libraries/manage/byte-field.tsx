/**
 * A text field with a live count of UTF-8 bytes against the service's limit (the service counts bytes, so a
 * Chinese character is three). The count and any problem are tied to the field for screen readers.
 */
import { utf8Bytes } from '@ice-console/shared/utf8';
import { useId } from 'react';
import { useManageTexts } from './use-manage-texts';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxBytes: number;
  /** A problem other than the length (required, invalid JSON), shown under the field. */
  problem?: string | undefined;
  /** A remark that is not a problem (valid JSON). */
  note?: string | undefined;
  multiline?: boolean;
  autoFocus?: boolean;
}

export function ByteField({ label, value, onChange, maxBytes, problem, note, multiline, autoFocus }: Props) {
  const texts = useManageTexts();
  const id = useId();
  const used = utf8Bytes(value);
  const shown = used > maxBytes ? texts.tooLong(maxBytes) : problem;
  const common = {
    id,
    value,
    autoFocus,
    'aria-invalid': shown !== undefined,
    'aria-describedby': `${id}-count${shown || note ? ` ${id}-problem` : ''}`,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="field write-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={4} spellCheck={false} {...common} /> : <input type="text" {...common} />}
      <span id={`${id}-count`} className={used > maxBytes ? 'byte-count over' : 'byte-count'}>
        {texts.bytes(used, maxBytes)}
      </span>
      {(shown ?? note) && (
        <span id={`${id}-problem`} className={shown ? 'field-error' : 'hint'}>
          {shown ?? note}
        </span>
      )}
    </div>
  );
}
