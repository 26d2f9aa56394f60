/** The list's own messages: the empty state, and IDs searched for that were not found. */
import { REGION_NAMES } from '@ice-console/shared/regions';
import { useI18n } from '../../../lib/i18n/i18n';
import type { LibrariesView } from '../state/url-state';

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
