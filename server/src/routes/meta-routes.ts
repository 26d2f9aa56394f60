/** GET /api/health (open) and GET /api/regions (behind sign-in): what the browser learns before asking for data. */
import type { RegionsResponse } from '@ice-console/shared/catalog-schemas';
import type { Health, Mode } from '@ice-console/shared/health';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import type { Router } from 'express';

export function addHealthRoute(router: Router, mode: Mode): void {
  const health: Health = { status: 'ok', mode };
  router.get('/health', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(health);
  });
}

export function addRegionsRoute(
  router: Router,
  endpoints: Record<Region, string>,
  defaultRegion: Region,
): void {
  const regions: RegionsResponse = {
    regions: REGION_IDS.map((id) => ({ id, endpoint: endpoints[id], isDefault: id === defaultRegion })),
  };
  router.get('/regions', (_req, res) => {
    res.json(regions);
  });
}
