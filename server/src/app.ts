/**
 * createApp(deps): the whole HTTP surface, with no environment reads and no listening, so tests run the real app.
 */
import type { Mode } from '@ice-console/shared/health';
import type { Region } from '@ice-console/shared/regions';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { errorHandler, notFound } from './http/error-handler';
import { hostGuard, originGuard, urlLengthLimit } from './http/host-guard';
import { requestLogger } from './http/request-logger';
import { securityHeaders } from './http/security-headers';
import { serverTiming } from './http/server-timing';
import { SignIn } from './http/sign-in';
import { staticFiles } from './http/static-files';
import type { IceGateway } from './ice/ice-gateway';
import { librariesRoute } from './routes/libraries-route';
import { addHealthRoute, addRegionsRoute } from './routes/meta-routes';
import { addSessionRoutes } from './routes/session-routes';

export interface AppDeps {
  gateway: IceGateway;
  mode: Mode;
  endpoints: Record<Region, string>;
  defaultRegion: Region;
  logger: Logger;
  dashboardToken?: string | undefined;
  allowedHosts?: readonly string[];
  trustProxy?: boolean;
  /** The built web app (web/dist); omitted in API-only tests. */
  staticDir?: string;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.set('etag', false);
  const signIn = new SignIn(deps.dashboardToken);

  app.use(serverTiming);
  app.use(requestLogger(deps.logger));
  app.use(hostGuard(deps.allowedHosts ?? []));
  app.use(urlLengthLimit);
  app.use(securityHeaders);

  const api = express.Router();
  api.use(originGuard);
  addHealthRoute(api, deps.mode);
  addSessionRoutes(api, signIn, deps.mode);
  api.use(signIn.requireSession);
  addRegionsRoute(api, deps.endpoints, deps.defaultRegion);
  api.get('/libraries', librariesRoute(deps.gateway));
  api.use(notFound);
  app.use('/api', api);

  // Compression where it pays: the web app's assets. API pages are a kilobyte or two.
  if (deps.staticDir !== undefined) app.use(compression(), staticFiles(deps.staticDir));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
