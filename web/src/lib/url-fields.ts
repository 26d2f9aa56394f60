/**
 * Reading a view from the URL without ever throwing: a value the page cannot show is replaced by a usable one and
 * reported as a correction, which the page shows the user. Shared by every paged page (`region`, `algorithm`,
 * `page`, `pageSize`); each page adds its own fields.
 */
import { type Algorithm, DEFAULT_ALGORITHM, isAlgorithm } from '@ice-console/shared/algorithms';
import { DEFAULT_PAGE_SIZE, isPageSize, MAX_PAGE_NUMBER, type PageSize } from '@ice-console/shared/paging';
import { isRegion, type Region } from '@ice-console/shared/regions';

/** Flags that are not part of a view but must survive a rewrite of the URL (benchmarks use `prefetch=0`). */
const KEPT_FLAGS = ['prefetch'];

export interface Correction {
  param: string;
  value: string;
  used: string;
}

export interface PagedView {
  region: Region;
  algorithm: Algorithm;
  page: number;
  pageSize: PageSize;
}

export interface UrlReader {
  params: URLSearchParams;
  corrections: Correction[];
  /** The parameter's value if `accept` takes it; otherwise `fallback`, and a correction when one was given. */
  read: <T>(param: string, fallback: T, accept: (raw: string) => T | undefined) => T;
}

export function createReader(search: string): UrlReader {
  const params = new URLSearchParams(search);
  const corrections: Correction[] = [];
  const read = <T>(param: string, fallback: T, accept: (raw: string) => T | undefined): T => {
    const raw = params.get(param);
    if (raw === null) return fallback;
    const accepted = accept(raw);
    if (accepted !== undefined) return accepted;
    corrections.push({ param, value: raw, used: String(fallback) });
    return fallback;
  };
  return { params, corrections, read };
}

export function readPagedView({ read }: UrlReader, defaultRegion: Region): PagedView {
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
  return { region, algorithm, page, pageSize };
}

export function pagedViewParams(view: PagedView): URLSearchParams {
  return new URLSearchParams({
    region: view.region,
    algorithm: view.algorithm,
    page: String(view.page),
    pageSize: String(view.pageSize),
  });
}

/** The query string for `params`, keeping the flags of `current`. */
export function toSearch(params: URLSearchParams, current = ''): string {
  const kept = new URLSearchParams(current);
  for (const flag of KEPT_FLAGS) {
    const value = kept.get(flag);
    if (value !== null) params.set(flag, value);
  }
  // IDs never need escaping; a literal comma keeps shared links readable.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
