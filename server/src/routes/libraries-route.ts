/** GET /api/libraries: validate, ask the gateway, answer with the page and how long it took. */
import { librariesQuerySchema } from '@ice-console/shared/libraries';
import type { Request, RequestHandler } from 'express';
import { ApiError } from '../api-error';
import type { IceGateway } from '../ice/ice-gateway';

function parseQuery(query: unknown) {
  const parsed = librariesQuerySchema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? String(issue.path[0]) : undefined;
  const message = field ? `${field} ${issue?.message}` : (issue?.message ?? 'The query is not valid.');
  throw new ApiError(400, 'InvalidQuery', message, field === undefined ? {} : { field });
}

/** `clientOf` names who asks, so the call budget can be shared fairly between clients. */
export function librariesRoute(gateway: IceGateway, clientOf: (req: Request) => string): RequestHandler {
  return async (req, res) => {
    const query = parseQuery(req.query);
    const bypassCache = /\bno-cache\b/i.test(req.headers['cache-control'] ?? '');
    const result = await gateway.listLibraries(query, { bypassCache, client: clientOf(req) });
    res.locals.cache = result.cache;
    res.locals.upstreamMs = result.upstreamMs;
    res.setHeader('Cache-Control', 'no-store');
    res.type('json').send(result.json);
  };
}
