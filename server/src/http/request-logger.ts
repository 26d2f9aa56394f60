/**
 * One structured line per request (pino): request id, method, path, status, time, and for library calls the
 * cache outcome, upstream time and error code. Headers and cookies are never logged.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (_req, res) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customProps: (_req, res) => {
      const locals = (res as { locals?: Record<string, unknown> }).locals ?? {};
      const props: Record<string, unknown> = {};
      if (locals.cache !== undefined) props.cache = locals.cache;
      if (typeof locals.upstreamMs === 'number') props.upstreamMs = Math.round(locals.upstreamMs);
      if (locals.errorCode !== undefined) props.errorCode = locals.errorCode;
      const unexpected = locals.unexpectedError;
      if (unexpected instanceof Error)
        props.unexpected = { name: unexpected.name, message: unexpected.message };
      return props;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => req.url === '/api/health' },
  });
}
