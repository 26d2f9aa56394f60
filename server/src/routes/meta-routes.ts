/** GET /api/health (open) and GET /api/regions (behind sign-in): what the browser learns before asking for data. */
import type { RegionsResponse } from '@ice-console/shared/catalog-schemas';
import type { Health, Mode } from '@ice-console/shared/health';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import { Router } from 'express';

export function healthRoute(mode: Mode): Router {
  const health: Health = { status: 'ok', mode };
  return Router().get('/health', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(health);
  });
}

export function regionsRoute(endpoints: Record<Region, string>, defaultRegion: Region): Router {
  const regions: RegionsResponse = {
    regions: REGION_IDS.map((id) => ({ id, endpoint: endpoints[id], isDefault: id === defaultRegion })),
  };
  return Router().get('/regions', (_req, res) => {
    res.json(regions);
  });
}
