/** The libraries view: waits for the server's default region, then browses what the URL describes. */

import { TableSkeleton } from '../../../components/table-skeleton';
import { useDefaultRegion } from '../api/get-regions';
import { LibrariesBrowser } from './libraries-browser';

export function LibrariesPage() {
  const defaultRegion = useDefaultRegion();
  if (!defaultRegion) return <TableSkeleton rows={10} />;
  return <LibrariesBrowser defaultRegion={defaultRegion} />;
}
