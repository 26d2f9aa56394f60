/**
 * The web app's hashed assets, gzipped once at the best level on their first request and kept in memory (the
 * whole build is a few hundred kilobytes): a cold load then costs the server no compression, where the
 * `compression` middleware would gzip the 290 KB script again for every new visitor. A client that does not
 * accept gzip, or a file that is not there, goes on to express.static.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { RequestHandler } from 'express';

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json', '.html', '.txt', '.map']);
const NAME = /^\/[\w.-]+$/;

export function gzippedAssets(dir: string): RequestHandler {
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const load = async (file: string): Promise<Buffer | undefined> => {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    return gzipAsync(await readFile(file), { level: constants.Z_BEST_COMPRESSION });
  };
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !NAME.test(req.path)) return next();
    if (!COMPRESSIBLE.has(extname(req.path)) || req.acceptsEncodings('gzip') !== 'gzip') return next();
    const file = normalize(join(dir, req.path));
    if (!file.startsWith(`${dir}${sep}`)) return next();
    let gzipped = cache.get(file);
    if (gzipped === undefined) {
      gzipped = load(file);
      cache.set(file, gzipped);
    }
    gzipped.then(
      (body) => {
        if (body === undefined) {
          // Not there (yet): let express.static answer, and look again next time.
          cache.delete(file);
          return next();
        }
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.type(extname(file)).send(body);
      },
      (error: unknown) => next(error),
    );
  };
}
