/** Short messages any paged view shows: the link's corrected values, and a page past the end. */

import { useI18n } from '../lib/i18n/i18n';
import type { Correction } from '../lib/url-fields';

export function CorrectionsNotice({
  corrections,
  onDismiss,
}: {
  corrections: readonly Correction[];
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  if (corrections.length === 0) return null;
  return (
    <div className="notice warning" role="status">
      <p>{t.corrected}</p>
      <ul>
        {corrections.map((c) => (
          <li key={c.param}>{t.correction(c.param, c.value.slice(0, 80), c.used === '' ? '—' : c.used)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t.correctionDismiss}
      </button>
    </div>
  );
}

export function PastEndNotice({
  page,
  lastPage,
  onGoLast,
}: {
  page: number;
  lastPage: number;
  onGoLast: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="notice warning" role="status">
      <p>{t.paging.pastEnd(page, lastPage)}</p>
      <button type="button" className="primary" onClick={onGoLast}>
        {t.paging.goLast}
      </button>
    </div>
  );
}
