import { DEFAULT_ALGORITHM } from '@ice-console/shared/algorithms';
import { DEFAULT_REGION } from '@ice-console/shared/regions';
import { useLibraries } from '../api/get-libraries';
import { LibrariesTable } from './libraries-table';

export function LibrariesPage() {
  const query = useLibraries({
    region: DEFAULT_REGION,
    algorithm: DEFAULT_ALGORITHM,
    pageNumber: 1,
    pageSize: 10,
  });
  if (query.isPending) return <p aria-busy="true">Loading libraries…</p>;
  if (query.isError) return <p role="alert">{query.error.message}</p>;
  const page = query.data;
  return (
    <section aria-label="Recognition libraries">
      <p className="total">{page.totalCount} libraries</p>
      <LibrariesTable libraries={page.libraries} />
    </section>
  );
}
