/**
 * The first page's data, asked for as soon as the script runs, each answer right after the one it needs with no
 * render in between: index.html has preloaded these very requests (server/src/http/index-page.ts), so each comes
 * from the browser's memory, and the first render that has them shows the rows. A failure is left to the page's
 * own queries, which show it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { getLibrariesQueryOptions, librariesRequestOf } from '../features/libraries/api/get-libraries';
import { defaultRegionOf, getRegionsQueryOptions } from '../features/libraries/api/get-regions';
import { parseView } from '../features/libraries/state/url-state';
import { getSessionQueryOptions } from '../features/session/api/get-session';
import { appPathname } from '../lib/base-path';

export async function warmFirstView(client: QueryClient): Promise<void> {
  const session = await client.fetchQuery(getSessionQueryOptions());
  if (session.signInRequired && !session.signedIn) return;
  const regions = await client.fetchQuery(getRegionsQueryOptions());
  if (appPathname() !== '/') return;
  const { view } = parseView(window.location.search, defaultRegionOf(regions));
  await client.prefetchQuery(getLibrariesQueryOptions(librariesRequestOf(view)));
}
