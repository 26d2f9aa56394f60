/**
 * A library's own read routes: GET /api/libraries/:libId, .../entities and .../samples. Same doors, validation,
 * budget, cache and error body as GET /api/libraries; each answers from the bytes the gateway prepared
 * once, with an ETag (send-page.ts).
 */
import {
  entitiesQuerySchema,
  libIdParamSchema,
  libraryQuerySchema,
  samplesQuerySchema,
} from '@ice-console/shared/library-contents';
import type { Request, Router } from 'express';
import type { IceGateway } from '../ice/ice-gateway';
import { parseInput } from './parse-input';
import { bypassesCache, sendPage } from './send-page';

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
    sendPage(req, res, await gateway.getLibrary({ ...query, libId }, options(req)));
  });

  api.get('/libraries/:libId/entities', async (req, res) => {
    const libId = libIdOf(req);
    const query = parseInput(entitiesQuerySchema, req.query);
    sendPage(req, res, await gateway.listEntities({ ...query, libId }, options(req)));
  });

  api.get('/libraries/:libId/samples', async (req, res) => {
    const libId = libIdOf(req);
    const query = parseInput(samplesQuerySchema, req.query);
    sendPage(req, res, await gateway.listSamples({ ...query, libId }, options(req)));
  });
}
