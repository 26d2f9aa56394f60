/**
 * A library's own read routes: GET /api/libraries/:libId, .../entities and .../samples. Same doors, validation,
 * budget, cache and error body as GET /api/libraries; each answers the page the gateway serialized once.
 */
import {
  entitiesQuerySchema,
  libIdParamSchema,
  libraryQuerySchema,
  samplesQuerySchema,
} from '@ice-console/shared/library-contents';
import type { Request, Response, Router } from 'express';
import type { IceGateway, PageResult } from '../ice/ice-gateway';
import { parseInput } from './parse-input';

export function bypassesCache(req: Request): boolean {
  return /\bno-cache\b/i.test(req.headers['cache-control'] ?? '');
}

export function sendPage(res: Response, result: Pick<PageResult, 'json' | 'cache' | 'upstreamMs'>): void {
  res.locals.cache = result.cache;
  res.locals.upstreamMs = result.upstreamMs;
  res.setHeader('Cache-Control', 'no-store');
  res.type('json').send(result.json);
}

export function addLibraryContentsRoutes(
  api: Router,
  gateway: IceGateway,
  clientOf: (req: Request) => string,
): void {
  const options = (req: Request) => ({ bypassCache: bypassesCache(req), client: clientOf(req) });
  const libIdOf = (req: Request) => parseInput(libIdParamSchema, req.params.libId, 'InvalidQuery', 'libId');

  api.get('/libraries/:libId', async (req, res) => {
    const libId = libIdOf(req);
    const query = parseInput(libraryQuerySchema, req.query);
    sendPage(res, await gateway.getLibrary({ ...query, libId }, options(req)));
  });

  api.get('/libraries/:libId/entities', async (req, res) => {
    const libId = libIdOf(req);
    const query = parseInput(entitiesQuerySchema, req.query);
    sendPage(res, await gateway.listEntities({ ...query, libId }, options(req)));
  });

  api.get('/libraries/:libId/samples', async (req, res) => {
    const libId = libIdOf(req);
    const query = parseInput(samplesQuerySchema, req.query);
    sendPage(res, await gateway.listSamples({ ...query, libId }, options(req)));
  });
}
