/**
 * Whether the next page is prefetched. On by default; `?prefetch=0` in the URL (or VITE_PREFETCH=0 at build
 * time) turns it off, so a benchmark can measure Next with and without it on the same build.
 */
export function isPrefetchEnabled(search: string = window.location.search): boolean {
  if (import.meta.env.VITE_PREFETCH === '0') return false;
  return new URLSearchParams(search).get('prefetch') !== '0';
}
