/** GET /api/health (open) and GET /api/regions (behind sign-in): what the browser learns before asking for data. */
import type { RegionsResponse } from '@ice-console/shared/catalog-schemas';
import type { Health, Mode, Preflight } from '@ice-console/shared/health';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import type { Router } from 'express';

/**
 * Open without sign-in, for monitors: the mode and the start-up check's outcome in codes (health.ts says what is
 * left out and why), read at each request since the check finishes after the server starts listening.
 */
export function addHealthRoute(router: Router, mode: Mode, preflight: () => Preflight): void {
  router.get('/health', (_req, res) => {
    const health: Health = { status: 'ok', mode, preflight: preflight() };
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
