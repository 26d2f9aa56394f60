/**
 * CSV and JSON export of the page on screen. `onExport` fetches the export code on the first click (a dynamic
 * import), so papaparse never weighs on the first load.
 */
import { useId, useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';

export type ExportFormat = 'csv' | 'json';

interface Props {
  disabled: boolean;
  onExport: (format: ExportFormat, options: { bom: boolean }) => Promise<void>;
}

export function ExportButtons({ disabled, onExport }: Props) {
  const { t } = useI18n();
  const bomId = useId();
  const [bom, setBom] = useState(true);
  const [failed, setFailed] = useState(false);
  const exportAs = async (format: ExportFormat) => {
    setFailed(false);
    try {
      await onExport(format, { bom });
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
