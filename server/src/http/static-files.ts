/** Serves the built web app: hashed assets cached for a year, index.html never, every other page is the app. */
import { join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { gzippedAssets } from './gzipped-assets';
import { type FirstRequests, indexPage } from './index-page';

export interface StaticFilesOptions {
  /** BASE_PATH ('' for the root). */
  basePath: string;
  /** The API requests the page a request opens makes first, preloaded from its index.html (first-view-requests.ts). */
  firstRequests: FirstRequests;
}

export function staticFiles(dir: string, options: StaticFilesOptions): Router {
  const router = express.Router();
  const index = indexPage(dir, options.basePath, options.firstRequests);
  const serveIndex: RequestHandler = (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    // Its preloads depend on the session and the language.
    res.setHeader('Vary', 'Cookie, Accept-Language');
    const html = index(req);
    if (html !== undefined) res.type('html').send(html);
    else res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build`.');
  };
  // Never the file as built: its asset URLs are relative and it lacks the base path.
  router.get('/index.html', serveIndex);
  router.use('/assets', gzippedAssets(join(dir, 'assets')));
  router.use(
    '/assets',
    express.static(join(dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get('/{*path}', serveIndex);
  return router;
}
