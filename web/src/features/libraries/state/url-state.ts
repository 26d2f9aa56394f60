/**
 * The view as a URL: `?region=&algorithm=&page=&pageSize=&libId=` describes everything on screen, so reload,
 * share and back/forward restore it. Parsing never throws: a value the page cannot show is replaced by a usable
 * one and reported as a correction, which the page shows the user.
 */
import { type Algorithm, DEFAULT_ALGORITHM, isAlgorithm } from '@ice-console/shared/algorithms';
import { MAX_LIB_IDS, parseLibIds } from '@ice-console/shared/lib-ids';
import { DEFAULT_PAGE_SIZE, isPageSize, MAX_PAGE_NUMBER, type PageSize } from '@ice-console/shared/paging';
import { isRegion, type Region } from '@ice-console/shared/regions';

/** Flags that are not part of the view but must survive a rewrite of the URL (benchmarks use `prefetch=0`). */
const KEPT_FLAGS = ['prefetch'];

export interface LibrariesView {
  region: Region;
  algorithm: Algorithm;
  page: number;
  pageSize: PageSize;
  libIds: string[];
}

export interface Correction {
  param: 'region' | 'algorithm' | 'page' | 'pageSize' | 'libId';
  value: string;
  used: string;
}

export function parseView(
  search: string,
  defaultRegion: Region,
): { view: LibrariesView; corrections: Correction[] } {
  const params = new URLSearchParams(search);
  const corrections: Correction[] = [];
  const read = <T>(param: Correction['param'], fallback: T, accept: (raw: string) => T | undefined): T => {
    const raw = params.get(param);
    if (raw === null) return fallback;
    const accepted = accept(raw);
    if (accepted !== undefined) return accepted;
    corrections.push({ param, value: raw, used: String(fallback) });
    return fallback;
  };
  const region = read('region', defaultRegion, (raw) => (isRegion(raw) ? raw : undefined));
  const algorithm = read('algorithm', DEFAULT_ALGORITHM, (raw) => (isAlgorithm(raw) ? raw : undefined));
  const page = read('page', 1, (raw) => {
    const value = /^[0-9]{1,7}$/.test(raw) ? Number(raw) : 0;
    return value >= 1 && value <= MAX_PAGE_NUMBER ? value : undefined;
  });
  const pageSize = read<PageSize>('pageSize', DEFAULT_PAGE_SIZE, (raw) => {
    const value = /^[0-9]{1,3}$/.test(raw) ? Number(raw) : 0;
    return isPageSize(value) ? value : undefined;
  });
  const libIdText = params.get('libId') ?? '';
  const { ids, invalid } = parseLibIds(libIdText);
  const libIds = ids.slice(0, MAX_LIB_IDS);
  if (invalid.length > 0 || ids.length > MAX_LIB_IDS) {
    corrections.push({ param: 'libId', value: libIdText, used: libIds.join(',') });
  }
  return { view: { region, algorithm, page, pageSize, libIds }, corrections };
}

/** The canonical query string for a view, keeping the flags of `current`. */
export function viewToSearch(view: LibrariesView, current = ''): string {
  const params = new URLSearchParams({
    region: view.region,
    algorithm: view.algorithm,
    page: String(view.page),
    pageSize: String(view.pageSize),
  });
  if (view.libIds.length > 0) params.set('libId', view.libIds.join(','));
  const kept = new URLSearchParams(current);
  for (const flag of KEPT_FLAGS) {
    const value = kept.get(flag);
    if (value !== null) params.set(flag, value);
  }
  // LibIds never need escaping; a literal comma keeps shared links readable.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
