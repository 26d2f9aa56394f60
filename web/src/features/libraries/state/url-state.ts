/**
 * The list as a URL: `?region=&algorithm=&page=&pageSize=&libId=` describes everything on screen, so reload,
 * share and back/forward restore it. Parsing never throws: a value the page cannot show is replaced by a usable
 * one and reported as a correction, which the page shows the user.
 */
import { MAX_LIB_IDS, parseLibIds } from '@ice-console/shared/lib-ids';
import type { Region } from '@ice-console/shared/regions';
import {
  type Correction,
  createReader,
  type PagedView,
  pagedViewParams,
  readPagedView,
  toSearch,
} from '../../../lib/url-fields';

export interface LibrariesView extends PagedView {
  libIds: string[];
}

export function parseView(
  search: string,
  defaultRegion: Region,
): { view: LibrariesView; corrections: Correction[] } {
  const reader = createReader(search);
  const paged = readPagedView(reader, defaultRegion);
  const libIdText = reader.params.get('libId') ?? '';
  const { ids, invalid } = parseLibIds(libIdText);
  const libIds = ids.slice(0, MAX_LIB_IDS);
  if (invalid.length > 0 || ids.length > MAX_LIB_IDS) {
    reader.corrections.push({ param: 'libId', value: libIdText, used: libIds.join(',') });
  }
  return { view: { ...paged, libIds }, corrections: reader.corrections };
}

/** The canonical query string for a view, keeping the flags of `current`. */
export function viewToSearch(view: LibrariesView, current = ''): string {
  const params = pagedViewParams(view);
  if (view.libIds.length > 0) params.set('libId', view.libIds.join(','));
  return toSearch(params, current);
}
