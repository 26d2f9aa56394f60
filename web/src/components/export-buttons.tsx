/** CSV and JSON export of the page on screen; the export code is fetched on the first click, not at start-up. */
import type { LibraryPage } from '@ice-console/shared/libraries';
import { useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

export function ExportButtons({ page, disabled }: { page: LibraryPage; disabled: boolean }) {
  const { t } = useI18n();
  const bomId = useId();
  const [bom, setBom] = useState(true);
  const [failed, setFailed] = useState(false);
  const exportAs = async (format: 'csv' | 'json') => {
    setFailed(false);
    try {
      const { exportPage } = await import('../export/page-export');
      exportPage(page, format, { bom });
    } catch {
      setFailed(true);
    }
  };
  return (
    <fieldset className="export">
      <legend className="export-label">{t.export.label}</legend>
      <button type="button" onClick={() => exportAs('csv')} disabled={disabled}>
        {t.export.csv}
      </button>
      <button type="button" onClick={() => exportAs('json')} disabled={disabled}>
        {t.export.json}
      </button>
      <span className="bom">
        <input id={bomId} type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
        <label htmlFor={bomId}>{t.export.bom}</label>
      </span>
      {failed && (
        <p className="field-error" role="alert">
          {t.export.failed}
        </p>
      )}
    </fieldset>
  );
}
