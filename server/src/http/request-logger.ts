/**
 * One structured line per request (pino): request id, method, path, status, time, and for library calls the
 * cache outcome, upstream time and error code. Headers and cookies are never logged.
 *
 * Written on pino directly rather than through pino-http: one log call when the response finishes, with no
 * child logger per request, halved the per-request cost of logging (docs/benchmarks.md).
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { scrubSecrets } from '../ice/upstream-message';

/** `basePath`: BASE_PATH ('' for the root); the health check, polled by probes, is not logged under it either. */
export function requestLogger(logger: Logger, basePath = ''): RequestHandler {
  const skipped = new Set([`${basePath}/api/health`]);
  return (req, res, next) => {
    const id = randomUUID();
    const started = performance.now();
    res.setHeader('X-Request-Id', id);
    res.once('finish', () => {
      // originalUrl: req.path is relative to whichever router answered.
      if (skipped.has(req.originalUrl.split('?')[0] ?? '')) return;
      const { cache, upstreamMs, errorCode, upstreamFailure, unexpectedError } = res.locals;
      const status = res.statusCode;
      const line = {
        reqId: id,
        method: req.method,
        url: req.originalUrl,
        status,
        ms: Math.round(performance.now() - started),
        ...(cache === undefined ? {} : { cache }),
        ...(typeof upstreamMs === 'number' ? { upstreamMs: Math.round(upstreamMs) } : {}),
        ...(errorCode === undefined ? {} : { errorCode }),
        ...(upstreamFailure === undefined ? {} : { upstreamFailure }),
        ...(unexpectedError instanceof Error
          ? { unexpected: { name: unexpectedError.name, message: scrubSecrets(unexpectedError.message) } }
          : {}),
      };
      if (status >= 500) logger.error(line, 'request failed');
      else if (status >= 400) logger.warn(line, 'request refused');
      else logger.info(line, 'request');
    });
    next();
  };
}
