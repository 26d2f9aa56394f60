/**
 * The pages, by URL (wouter): the list at `/`, a library and an entity as lazy chunks (features/libraries/pages.ts)
 * behind the table skeleton. A page is keyed by what it shows, so another library or entity starts fresh rather
 * than showing the previous one's rows while its own load.
 */
import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { TableSkeleton } from '../components/table-skeleton';
import { LibrariesPage } from '../features/libraries/components/libraries-page';
import { loadEntityPage, loadLibraryPage } from '../features/libraries/pages';
import { ENTITY_ROUTE, LIBRARY_ROUTE, OVERVIEW_ROUTE } from '../features/libraries/paths';
import { useI18n } from '../lib/i18n/i18n';

const LibraryPage = lazy(() => loadLibraryPage().then((module) => ({ default: module.LibraryPage })));
const EntityPage = lazy(() => loadEntityPage().then((module) => ({ default: module.EntityPage })));
const OverviewPage = lazy(() => import('../features/libraries/overview/overview-page'));
// The audit trail is read rarely: its own chunk, fetched on the first visit.
const AuditPage = lazy(() =>
  import('../features/audit/components/audit-page').then((module) => ({ default: module.AuditPage })),
);

function PageNotFound() {
  const { t } = useI18n();
  return (
    <div className="empty" role="status">
      <p className="empty-title">{t.pageNotFound.title}</p>
      <Link href="/">{t.pageNotFound.back}</Link>
    </div>
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<TableSkeleton rows={10} />}>
      <Switch>
        <Route path="/" component={LibrariesPage} />
        <Route path={OVERVIEW_ROUTE} component={OverviewPage} />
        <Route path="/audit" component={AuditPage} />
        <Route path={LIBRARY_ROUTE}>
          {(params) => <LibraryPage key={params.libId} libId={params.libId} />}
        </Route>
        <Route path={ENTITY_ROUTE}>
          {(params) => (
            <EntityPage
              key={`${params.libId}/${params.entityId}`}
              libId={params.libId}
              entityId={params.entityId}
            />
          )}
        </Route>
        <Route component={PageNotFound} />
      </Switch>
    </Suspense>
  );
}
