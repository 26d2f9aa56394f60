/**
 * The LibId search: one field for one ID or many (commas, spaces or lines; a pasted spreadsheet column works).
 * Applied IDs show as removable chips; invalid IDs are pointed out before anything is sent.
 */
import { MAX_LIB_IDS, parseLibIds } from '@ice-console/shared/lib-ids';
import { type ClipboardEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSlashToFocus } from './use-slash-to-focus';

interface Props {
  libIds: string[];
  notFound: readonly string[];
  onApply: (libIds: string[]) => void;
}

export function LibIdSearch({ libIds, notFound, onApply }: Props) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [tooMany, setTooMany] = useState(false);
  useSlashToFocus(input);

  const { ids, invalid } = parseLibIds(text);
  const error =
    invalid.length > 0 ? t.search.invalid(invalid.join(', ')) : tooMany ? t.search.tooMany(MAX_LIB_IDS) : '';

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (invalid.length > 0) return;
    const merged = [...new Set([...libIds, ...ids])];
    if (merged.length > MAX_LIB_IDS) return setTooMany(true);
    setText('');
    if (ids.length > 0) onApply(merged);
  };
  // A text field drops line breaks from pasted text, which would glue a pasted column's IDs together.
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (!/[\r\n\t]/.test(pasted)) return;
    event.preventDefault();
    const { selectionStart, selectionEnd } = event.currentTarget;
    const joined = pasted
      .trim()
      .split(/[\r\n\t]+/)
      .join(', ');
    setText(text.slice(0, selectionStart ?? text.length) + joined + text.slice(selectionEnd ?? text.length));
  };
  const clear = () => {
    setText('');
    if (libIds.length > 0) onApply([]);
    input.current?.focus();
  };

  return (
    <div className="search">
      {/* biome-ignore lint/a11y/useSemanticElements: jsdom and pre-2023 browsers do not know <search> */}
      <form role="search" onSubmit={apply}>
        <label htmlFor={inputId}>{t.search.label}</label>
        <div className="search-row">
          <input
            ref={input}
            id={inputId}
            type="search"
            value={text}
            placeholder={t.search.placeholder}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error !== ''}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => {
              setText(event.target.value);
              setTooMany(false);
            }}
            onPaste={paste}
          />
          <button type="submit">{t.search.apply}</button>
          <button type="button" onClick={clear} disabled={text === '' && libIds.length === 0}>
            {t.search.clear}
          </button>
        </div>
        <p id={hintId} className="hint">
          {t.search.hint}
        </p>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        {libIds.length > 0 && (
          <ul className="chips" aria-label={t.search.chipsLabel}>
            {libIds.map((id) => (
              <li key={id} className={notFound.includes(id) ? 'chip not-found' : 'chip'}>
                <code>{id}</code>
                <button
                  type="button"
                  aria-label={t.search.remove(id)}
                  onClick={() => onApply(libIds.filter((other) => other !== id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
    </div>
  );
}
