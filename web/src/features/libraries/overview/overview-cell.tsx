/**
 * One cell of the matrix: a grey bar while it loads, then a link to that view's list with its count, a dash for
 * an empty view, or a warning mark with the error code for a view that could not be read. Its accessible name
 * says it all in words.
 */
import type { OverviewCell as Cell } from '@ice-console/shared/overview';
import { REGION_NAMES } from '@ice-console/shared/regions';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'wouter';
import { toErrorBody } from '../../../lib/api-client';
import { errorKind } from '../../../lib/error-kind';
import { useI18n } from '../../../lib/i18n/i18n';
import { useErrorTexts } from '../../../lib/i18n/use-error-texts';
import { listPath } from '../paths';
import type { CellView } from './get-overview';
import { useOverviewTexts } from './use-overview-texts';

export function OverviewCell({ view, query }: { view: CellView; query: UseQueryResult<Cell, Error> }) {
  const { t, language } = useI18n();
  const errors = useErrorTexts();
  const texts = useOverviewTexts();
  const region = REGION_NAMES[view.region][language];
  const algorithm = t.algorithmNouns[view.algorithm];
  if (!query.data && !query.isError) {
    return <span className="count-bar" aria-label={texts.loading} role="img" />;
  }
  const error = query.data?.error ?? (query.error ? toErrorBody(query.error) : undefined);
  const count = query.data?.totalCount ?? null;
  const href = listPath(view);
  const busy = query.isFetching;
  if (error || count === null) {
    const code = error?.code ?? 'UnknownError';
    const title = errors[errorKind(code)].title;
    return (
      <Link
        href={href}
        className="cell cell-error"
        aria-busy={busy}
        title={title}
        aria-label={texts.errorCell(algorithm, region, title, code)}
      >
        <span aria-hidden="true">⚠ </span>
        <code>{code}</code>
      </Link>
    );
  }
  return (
    <Link
      href={href}
      className={count === 0 ? 'cell cell-empty' : 'cell'}
      aria-busy={busy}
      aria-label={count === 0 ? texts.emptyCell(algorithm, region) : texts.count(count, algorithm, region)}
    >
      {count === 0 ? '–' : t.formatNumber(count)}
    </Link>
  );
}
