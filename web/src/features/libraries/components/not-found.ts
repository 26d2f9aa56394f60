/** Which searched IDs matched nothing. Named only when every match is on screen; otherwise only counted. */
import type { LibraryPage } from '@ice-console/shared/libraries';

export function notFoundIds(
  libIds: readonly string[],
  page: LibraryPage | undefined,
): { ids: string[]; count: number } | undefined {
  if (libIds.length === 0 || !page) return undefined;
  const count = Math.max(0, libIds.length - page.totalCount);
  const allOnScreen = page.pageNumber === 1 && page.libraries.length === page.totalCount;
  if (!allOnScreen) return { ids: [], count };
  const found = new Set(page.libraries.map((library) => library.libId));
  const ids = libIds.filter((id) => !found.has(id));
  return { ids, count: ids.length };
}
