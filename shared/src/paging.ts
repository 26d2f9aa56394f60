/** Paging limits of every list route. Free of zod: the browser imports it. */
export const PAGE_SIZES = [10, 20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 10;
/** ListRecognitionLibs and ListRecognitionEntities take at most 50 rows a page. */
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE_NUMBER = 1_000_000;

export function isPageSize(value: number): value is PageSize {
  return (PAGE_SIZES as readonly number[]).includes(value);
}
