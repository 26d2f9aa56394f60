/** GET /api/health and GET /api/regions: what the browser learns about the server before asking for data. */

import type { RegionsResponse } from '@ice-console/shared/catalog-schemas';
import type { Health, Mode } from '@ice-console/shared/health';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import { Router } from 'express';

export function metaRoutes(mode: Mode, endpoints: Record<Region, string>, defaultRegion: Region): Router {
  const router = Router();
  const health: Health = { status: 'ok', mode };
  const regions: RegionsResponse = {
    regions: REGION_IDS.map((id) => ({ id, endpoint: endpoints[id], isDefault: id === defaultRegion })),
  };
  router.get('/health', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(health);
  });
  router.get('/regions', (_req, res) => {
    res.json(regions);
  });
  return router;
}
