/**
 * The library itself could not be loaded: the error with its help; for a library that is not there (LibraryNotFound),
 * the way back to the list (where the user left it) instead of a retry that cannot help.
 */
import type { LibraryAnswer } from '@ice-console/shared/library-contents';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { LoadError } from '../../../components/lazy-load-error';
import { toErrorBody } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n/i18n';
import { listPath, trailHref } from '../paths';
import type { ContentsView } from './contents-view';

interface Props {
  query: UseQueryResult<LibraryAnswer, Error>;
  view: ContentsView;
}

export function LibraryFailure({ query, view }: Props) {
  const { t } = useI18n();
  const state = useHistoryState<unknown>();
  const { error } = query;
  if (!error) return null;
  return (
    <LoadError
      key={query.errorUpdatedAt}
      error={toErrorBody(error)}
      onRetry={() => void query.refetch()}
      recovery={
        <Link href={trailHref(state, '/', listPath(view))} className="button-link">
          {t.pageNotFound.back}
        </Link>
      }
    />
  );
}
