/**
 * The API requests the web app makes first for a page, written exactly as it makes them (same URL, same
 * credentials mode), so that index.html can preload them and the app's own fetches reuse the answers instead of
 * waiting in turn for the script, the session, the regions and the page (issue 16).
 *
 * The list page's request mirrors web/src/features/libraries/state/url-state.ts (reading the URL, with the same
 * corrections) and web/src/features/libraries/api/get-libraries.ts (the query it sends); the e2e journey
 * "first-load" fails when they drift apart, as the page would then ask the server twice.
 */
import { DEFAULT_ALGORITHM, isAlgorithm } from '@ice-console/shared/algorithms';
import { MAX_LIB_IDS, parseLibIds } from '@ice-console/shared/lib-ids';
import { DEFAULT_PAGE_SIZE, isPageSize, MAX_PAGE_NUMBER } from '@ice-console/shared/paging';
import { isRegion, type Region } from '@ice-console/shared/regions';

export interface FirstViewContext {
  /** Where the API lives: BASE_PATH ('' at the root). */
  basePath: string;
  defaultRegion: Region;
  /** Whether the data routes will answer (signed in, or sign-in off): if not, the app asks only for its session. */
  signedIn: boolean;
}

/** `/api/libraries?…` for the list page at `search`, as LibrariesBrowser asks for it. */
function librariesQuery(search: URLSearchParams, defaultRegion: Region): string {
  const read = <T>(name: string, fallback: T, accept: (raw: string) => T | undefined): T => {
    const raw = search.get(name);
    return raw === null ? fallback : (accept(raw) ?? fallback);
  };
  const query = new URLSearchParams({
    region: read('region', defaultRegion, (raw) => (isRegion(raw) ? raw : undefined)),
    algorithm: read('algorithm', DEFAULT_ALGORITHM, (raw) => (isAlgorithm(raw) ? raw : undefined)),
    pageNumber: String(
      read('page', 1, (raw) => {
        const value = /^[0-9]{1,7}$/.test(raw) ? Number(raw) : 0;
        return value >= 1 && value <= MAX_PAGE_NUMBER ? value : undefined;
      }),
    ),
    pageSize: String(
      read('pageSize', DEFAULT_PAGE_SIZE, (raw) => {
        const value = /^[0-9]{1,3}$/.test(raw) ? Number(raw) : 0;
        return isPageSize(value) ? value : undefined;
      }),
    ),
  });
  const libIds = parseLibIds(search.get('libId') ?? '').ids.slice(0, MAX_LIB_IDS);
  if (libIds.length > 0) query.set('libId', libIds.join(','));
  return `/api/libraries?${query}`;
}

/** The app's first API requests for the page at `appPath` (without the base path) and `search`. */
export function firstViewRequests(
  appPath: string,
  search: URLSearchParams,
  context: FirstViewContext,
): string[] {
  const paths = ['/api/session'];
  if (context.signedIn) {
    paths.push('/api/regions');
    if (appPath === '/') paths.push(librariesQuery(search, context.defaultRegion));
  }
  return paths.map((path) => `${context.basePath}${path}`);
}
