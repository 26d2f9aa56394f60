import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Router } from 'wouter';
import { SESSION_QUERY_KEY } from '../features/session/api/get-session';
import { ApiRequestError } from '../lib/api-client';
import { basePath } from '../lib/base-path';
import { I18nProvider, type Language } from '../lib/i18n/i18n';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false } },
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that ended on the server (expired, restarted) sends the user back to the sign-in page.
        if (
          error instanceof ApiRequestError &&
          error.is('SignInRequired') &&
          query.queryKey[0] !== 'session'
        ) {
          void client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
        }
      },
    }),
  });
  return client;
}

interface Props {
  children: ReactNode;
  language?: Language;
  /** The client main.tsx has already started the first page's requests on (warm-first-view.ts). */
  client?: QueryClient;
}

export function AppProviders({ children, language, client: given }: Props) {
  // One client per app instance (not per module) so tests start clean.
  const [client] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      {/* Routes and links are written from the app's root; the router adds the server's base path (BASE_PATH). */}
      <Router base={basePath}>
        <I18nProvider {...(language ? { initial: language } : {})}>{children}</I18nProvider>
      </Router>
    </QueryClientProvider>
  );
}
