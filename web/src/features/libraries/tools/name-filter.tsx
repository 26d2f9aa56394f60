/**
 * Filters the rows on screen by name, at once, in the browser. Labelled as this page only: the service cannot
 * search by name, so rows on other pages are never looked at.
 */
import { useId } from 'react';
import type { NameFilterState } from './tools-view';
import { useToolsTexts } from './use-tools-texts';

export function NameFilter({ value, onChange, none }: NameFilterState) {
  const texts = useToolsTexts().nameFilter;
  const id = useId();
  return (
    <div className="name-filter">
      <label htmlFor={id}>{texts.label}</label>
      <input
        id={id}
        type="search"
        value={value}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-hint`} className="hint" role="status">
        {none ? texts.none : texts.hint}
      </span>
    </div>
  );
}
