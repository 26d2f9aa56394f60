/** The shell: header, demo banner, and either the sign-in page or the libraries, as the session says. */
import { useQuery } from '@tanstack/react-query';
import { getRegionsQueryOptions } from '../features/libraries/api/get-regions';
import { LibrariesPage } from '../features/libraries/components/libraries-page';
import { TableSkeleton } from '../features/libraries/components/table-skeleton';
import { useSession } from '../features/session/api/get-session';
import { DemoBanner } from '../features/session/components/demo-banner';
import { SignInPage } from '../features/session/components/sign-in-page';
import { SignOutButton } from '../features/session/components/sign-out-button';
import { useI18n } from '../lib/i18n/i18n';
import { LanguageSwitch } from './language-switch';

export function App() {
  const { t } = useI18n();
  const session = useSession();
  const signedOut = session.data?.signInRequired === true && !session.data.signedIn;
  // The libraries view needs the default region next; /api/regions is behind sign-in like the data.
  useQuery({ ...getRegionsQueryOptions(), enabled: session.isSuccess && !signedOut });
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        <div className="header-actions">
          <LanguageSwitch />
          {session.data?.signInRequired && session.data.signedIn && <SignOutButton />}
        </div>
      </header>
      {session.data?.mode === 'emulator' && <DemoBanner />}
      <main className="app-main">
        {session.isPending ? <TableSkeleton rows={10} /> : signedOut ? <SignInPage /> : <LibrariesPage />}
      </main>
    </div>
  );
}
