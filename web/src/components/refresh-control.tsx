/** Refresh past every cache, and how old the rows on screen are (re-rendered alone, once a second). */
import { useI18n } from '../lib/i18n/i18n';
import { formatAgo } from '../lib/relative-time';
import { useNow } from '../lib/use-now';

interface Props {
  updatedAt: number;
  busy: boolean;
  onRefresh: () => void;
}

function UpdatedAgo({ updatedAt }: { updatedAt: number }) {
  const { t, language } = useI18n();
  const now = useNow(1000);
  return (
    <time className="updated" dateTime={new Date(updatedAt).toISOString()}>
      {t.updatedAgo(formatAgo(language, now - updatedAt, t.justNow))}
    </time>
  );
}

export function RefreshControl({ updatedAt, busy, onRefresh }: Props) {
  const { t } = useI18n();
  return (
    <div className="refresh">
      <button type="button" onClick={onRefresh} disabled={busy} aria-busy={busy}>
        <span aria-hidden="true" className={busy ? 'spin' : undefined}>
          ↻
        </span>{' '}
        {t.refresh}
      </button>
      {updatedAt > 0 && <UpdatedAgo updatedAt={updatedAt} />}
    </div>
  );
}
