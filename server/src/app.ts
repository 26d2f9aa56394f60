/**
 * createApp(deps): the whole HTTP surface, with no environment reads and no listening, so tests run the real app.
 */
import type { Mode, Preflight } from '@ice-console/shared/health';
import type { Region } from '@ice-console/shared/regions';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { clientNetwork } from './http/client-network';
import { DEMO_IMAGES_PATH, demoImages } from './http/demo-images';
import { errorHandler, notFound } from './http/error-handler';
import { fetchMetadataGuard } from './http/fetch-metadata';
import { firstViewRequests } from './http/first-view-requests';
import { forwardedHeadersWarning } from './http/forwarded-headers';
import { hostGuard, originGuard, urlLengthLimit } from './http/host-guard';
import { requestLogger } from './http/request-logger';
import { securityHeaders } from './http/security-headers';
import { serverTiming } from './http/server-timing';
import { SignIn } from './http/sign-in';
import { staticFiles } from './http/static-files';
import type { IceGateway } from './ice/ice-gateway';
import { addAuditRoute } from './routes/audit-route';
import { addExportRoutes } from './routes/export-routes';
import { addFindRoute } from './routes/find-route';
import { librariesRoute } from './routes/libraries-route';
import { addLibraryContentsRoutes } from './routes/library-contents-routes';
import { addHealthRoute, addRegionsRoute } from './routes/meta-routes';
import { addOverviewRoute } from './routes/overview-route';
import { addSessionRoutes } from './routes/session-routes';
import { addWriteRoutes } from './routes/write-routes';
import type { TrustProxy } from './trust-proxy-setting';
import type { AuditLog } from './writes/audit-log';
import { IdempotencyStore } from './writes/idempotency-store';

export interface AppDeps {
  gateway: IceGateway;
  mode: Mode;
  endpoints: Record<Region, string>;
  defaultRegion: Region;
  logger: Logger;
  dashboardToken?: string | undefined;
  /** Signs in viewers, who may read but never write. */
  dashboardViewerToken?: string | undefined;
  /** ICE_WRITES=on, and where every write attempt is recorded (AUDIT_LOG). */
  writes: { enabled: boolean; auditLog: AuditLog };
  allowedHosts?: readonly string[];
  /** Express's `trust proxy`: a hop count or the proxies' addresses (trust-proxy-setting.ts). */
  trustProxy?: TrustProxy;
  /** Demo mode: draws the emulator's sample pictures, served under /demo-images/. */
  renderDemoImage?: (name: string) => string;
  /** The built web app (web/dist); omitted in API-only tests. */
  staticDir?: string;
  /** BASE_PATH: the prefix everything is served under ('' or absent for the root; base-path-setting.ts). */
  basePath?: string;
  /** The start-up check's latest outcome, for /api/health (startup/preflight.ts). */
  preflight?: () => Preflight;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.set('etag', false);
  const basePath = deps.basePath ?? '';
  const signIn = new SignIn(deps.dashboardToken, deps.dashboardViewerToken, basePath || '/');

  app.use(serverTiming);
  app.use(requestLogger(deps.logger, deps.basePath ?? ''));
  if (!deps.trustProxy) app.use(forwardedHeadersWarning(deps.logger));
  app.use(hostGuard(deps.allowedHosts ?? []));
  app.use(urlLengthLimit);
  app.use(securityHeaders({ imageSources: deps.mode === 'cloud' ? ['https:'] : [] }));

  const api = express.Router();
  api.use(fetchMetadataGuard);
  api.use(originGuard);
  addHealthRoute(api, deps.mode, deps.preflight ?? (() => ({ outcome: 'pending' })));
  addSessionRoutes(api, signIn, deps.mode, deps.writes.enabled);
  api.use(signIn.requireSession);
  addRegionsRoute(api, deps.endpoints, deps.defaultRegion);
  // Fair shares of the budget: per session when signed in, per client address (IPv6: its /64) otherwise.
  const clientOf = (req: express.Request) => {
    const session = signIn.sessionOf(req);
    return session === undefined ? `address ${clientNetwork(req.ip)}` : `session ${session}`;
  };
  api.get('/libraries', librariesRoute(deps.gateway, clientOf));
  // Before /libraries/:libId, which would take "export" for a LibId.
  addExportRoutes(api, deps.gateway, clientOf, deps.logger);
  addOverviewRoute(api, deps.gateway, clientOf);
  addFindRoute(api, deps.gateway, clientOf);
  addLibraryContentsRoutes(api, deps.gateway, clientOf);
  addWriteRoutes(api, {
    gateway: deps.gateway,
    signIn,
    auditLog: deps.writes.auditLog,
    idempotency: new IdempotencyStore(),
    enabled: deps.writes.enabled,
    logger: deps.logger,
    clientOf,
  });
  addAuditRoute(api, deps.writes.auditLog);
  api.use(notFound);

  // Everything a browser asks for lives under BASE_PATH (a reverse proxy mounts it there, prefix kept); any other
  // path is a 404.
  const site = express.Router();
  site.use('/api', api);
  // Compression where it pays: the web app's assets. API pages are a kilobyte or two.
  if (deps.renderDemoImage) site.use(DEMO_IMAGES_PATH, demoImages(deps.renderDemoImage));
  if (deps.staticDir !== undefined) {
    const firstRequests = (req: express.Request) =>
      firstViewRequests(req.path, new URLSearchParams(req.url.split('?')[1] ?? ''), {
        basePath,
        defaultRegion: deps.defaultRegion,
        signedIn: signIn.isSignedIn(req),
      });
    site.use(compression(), staticFiles(deps.staticDir, { basePath, firstRequests }));
  }
  app.use(basePath || '/', site);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
