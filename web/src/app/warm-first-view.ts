/**
 * The first page's data, asked for as soon as the script runs, each answer right after the one it needs with no
 * render in between: index.html has preloaded these very requests (server/src/http/index-page.ts), so each comes
 * from the browser's memory, and the first render, which waits for them a moment (main.tsx), shows the rows. A
 * failure is left to the page's own queries, which show it as it is: react-query asks again for an errored query
 * when a page mounts on it, which would spend a second upstream call on what the BFF has already retried, and show
 * another outcome than the one that happened. So a query that failed here is not asked again on mount; the page's
 * Try again and Refresh still ask.
 */
import type { QueryClient } from '@tanstack/react-query';
import { getLibrariesQueryOptions, librariesRequestOf } from '../features/libraries/api/get-libraries';
import { defaultRegionOf, getRegionsQueryOptions } from '../features/libraries/api/get-regions';
import { parseView } from '../features/libraries/state/url-state';
import { getSessionQueryOptions } from '../features/session/api/get-session';
import { appPathname } from '../lib/base-path';

/** How long the first render waits for the first view's answers before it shows the shell and skeleton. */
export const FIRST_VIEW_WAIT_MS = 250;

/** Resolves when `work` settles (either way) or after `ms`, whichever comes first; never rejects. */
export function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}

export async function warmFirstView(client: QueryClient): Promise<void> {
  try {
    await askForFirstView(client);
  } finally {
    for (const query of client.getQueryCache().findAll({ predicate: (q) => q.state.status === 'error' })) {
      client.setQueryDefaults(query.queryKey, { retryOnMount: false });
    }
  }
}

async function askForFirstView(client: QueryClient): Promise<void> {
  const session = await client.fetchQuery(getSessionQueryOptions());
  if (session.signInRequired && !session.signedIn) return;
  const regions = await client.fetchQuery(getRegionsQueryOptions());
  if (appPathname() !== '/') return;
  const { view } = parseView(window.location.search, defaultRegionOf(regions));
  await client.prefetchQuery(getLibrariesQueryOptions(librariesRequestOf(view)));
}
