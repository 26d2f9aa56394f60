/** Serves the built web app: hashed assets cached for a year, index.html never, every other page is the app. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

export function staticFiles(dir: string): Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
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
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    if (existsSync(index)) return res.sendFile(index);
    res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build`.');
  });
  return router;
}
