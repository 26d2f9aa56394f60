/** The shell: header, demo banner, and either the sign-in page or the page the URL names, as the session says. */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { TableSkeleton } from '../components/table-skeleton';
import { getRegionsQueryOptions } from '../features/libraries/api/get-regions';
import { OVERVIEW_ROUTE } from '../features/libraries/paths';
import { useSession } from '../features/session/api/get-session';
import { DemoBanner } from '../features/session/components/demo-banner';
import { SignOutButton } from '../features/session/components/sign-out-button';
import { useI18n } from '../lib/i18n/i18n';
import { WriteAccessContext, writeAccessOf } from '../lib/write-access';
import { LanguageSwitch } from './language-switch';
import { AppRoutes } from './routes';

// Only a dashboard with DASHBOARD_TOKEN set, and only before sign-in, shows it: kept out of the first load.
const SignInPage = lazy(() =>
  import('../features/session/components/sign-in-page').then((module) => ({ default: module.SignInPage })),
);

export function App() {
  const { t } = useI18n();
  const session = useSession();
  const signedOut = session.data?.signInRequired === true && !session.data.signedIn;
  // Every page needs the default region next; /api/regions is behind sign-in like the data.
  useQuery({ ...getRegionsQueryOptions(), enabled: session.isSuccess && !signedOut });
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        <div className="header-actions">
          <Link href={OVERVIEW_ROUTE} className="header-link">
            {t.overviewLink}
          </Link>
          <Link href="/audit" className="header-link">
            {t.auditLink}
          </Link>
          <LanguageSwitch />
          {session.data?.signInRequired && session.data.signedIn && <SignOutButton />}
        </div>
      </header>
      {session.data?.mode === 'emulator' && <DemoBanner />}
      <main className="app-main">
        {session.isPending ? (
          <TableSkeleton rows={10} />
        ) : signedOut ? (
          <Suspense fallback={null}>
            <SignInPage />
          </Suspense>
        ) : (
          <WriteAccessContext value={writeAccessOf(session.data)}>
            <AppRoutes />
          </WriteAccessContext>
        )}
      </main>
    </div>
  );
}
