/** Find samples by entity name within the library (the service's EntityName search); the name goes in the URL. */
import { type FormEvent, useId, useState } from 'react';
import { isEntityName, MAX_ENTITY_NAME_BYTES } from '../contents/contents-view';
import { useContentsTexts } from '../contents/use-contents-texts';

interface Props {
  /** The name searched for now; empty when the entities are shown. */
  entityName: string;
  onApply: (entityName: string) => void;
}

export function EntityNameSearch({ entityName, onApply }: Props) {
  const texts = useContentsTexts();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState(entityName);
  const tooLong = text.trim() !== '' && !isEntityName(text);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || tooLong) return;
    onApply(text.trim());
  };
  return (
    <div className="search">
      {/* biome-ignore lint/a11y/useSemanticElements: jsdom and pre-2023 browsers do not know <search> */}
      <form role="search" onSubmit={apply}>
        <label htmlFor={inputId}>{texts.search.label}</label>
        <div className="search-row">
          <input
            id={inputId}
            type="search"
            value={text}
            placeholder={texts.search.placeholder}
            autoComplete="off"
            aria-invalid={tooLong}
            aria-describedby={tooLong ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{texts.search.apply}</button>
          {entityName !== '' && (
            <button
              type="button"
              onClick={() => {
                setText('');
                onApply('');
              }}
            >
              {texts.search.clear}
            </button>
          )}
        </div>
        <p id={hintId} className="hint">
          {texts.search.hint}
        </p>
        {tooLong && (
          <p id={errorId} className="field-error" role="alert">
            {texts.search.tooLong(MAX_ENTITY_NAME_BYTES)}
          </p>
        )}
      </form>
    </div>
  );
}
