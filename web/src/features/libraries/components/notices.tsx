/** The page's short messages: corrected URL values, the empty state, IDs not found, a page past the end. */
import { REGION_NAMES } from '@ice-console/shared/regions';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Correction, LibrariesView } from '../state/url-state';

export function CorrectionsNotice({
  corrections,
  onDismiss,
}: {
  corrections: Correction[];
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

export function EmptyState({ view }: { view: LibrariesView }) {
  const { t, language } = useI18n();
  return (
    <div className="empty" role="status">
      <p className="empty-title">
        {t.empty(t.algorithmNouns[view.algorithm], REGION_NAMES[view.region][language])}
      </p>
      {view.libIds.length > 0 && <p>{t.emptySearch}</p>}
    </div>
  );
}

export function NotFoundNotice({ ids, count }: { ids: readonly string[]; count: number }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <p className="notice" role="status">
      {ids.length > 0 ? t.search.notFound(ids.join(', ')) : t.search.notFoundCount(count)}
    </p>
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
