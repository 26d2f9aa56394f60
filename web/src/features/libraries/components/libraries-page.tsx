/** The libraries view: waits for the server's default region, then browses what the URL describes. */
import { useDefaultRegion } from '../api/get-regions';
import { LibrariesBrowser } from './libraries-browser';
import { TableSkeleton } from './table-skeleton';

export function LibrariesPage() {
  const defaultRegion = useDefaultRegion();
  if (!defaultRegion) return <TableSkeleton rows={10} />;
  return <LibrariesBrowser defaultRegion={defaultRegion} />;
}
