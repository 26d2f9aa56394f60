/**
 * Serves the built web app: hashed assets cached for a year, index.html never, every other page is the app.
 * The build's index.html holds relative asset URLs (vite.config.ts `base: './'`), which a deep link such as
 * /libraries/abc would resolve against its own folder: it is served with them made absolute under the base path,
 * and with the base path in a meta tag the app reads for its router and API calls (web/src/lib/base-path.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** index.html as served under `basePath` ('' for the root, else a path BASE_PATH validated). */
export function indexHtmlFor(html: string, basePath: string): string {
  return html
    .replaceAll('="./assets/', `="${basePath}/assets/`)
    .replace('<head>', `<head>\n    <meta name="base-path" content="${basePath}" />`);
}

/** index.html as served, read again only when the build changes it (a rebuild while the server runs). */
function indexPage(file: string, basePath: string): () => string | undefined {
  let cached: { mtimeMs: number; html: string } | undefined;
  return () => {
    const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtimeMs === undefined) return undefined;
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: indexHtmlFor(readFileSync(file, 'utf8'), basePath) };
    return cached.html;
  };
}

export function staticFiles(dir: string, basePath = ''): Router {
  const router = express.Router();
  const index = indexPage(join(dir, 'index.html'), basePath);
  const serveIndex: RequestHandler = (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    const html = index();
    if (html !== undefined) return res.type('html').send(html);
    res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build`.');
  };
  // Never the file as built: its asset URLs are relative and it lacks the base path.
  router.get('/index.html', serveIndex);
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
