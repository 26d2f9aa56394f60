/**
 * GET /api/overview[?region=&algorithm=]: each view's library count from one ListRecognitionLibs call with
 * PageSize=1, through the cache and the budget. Always a 200 when the query is valid: a cell that failed carries
 * its error. Refresh (Cache-Control: no-cache) reads every cell again.
 */
import type { OverviewAnswer, OverviewCell } from '@ice-console/shared/overview';
import { overviewQuerySchema } from '@ice-console/shared/overview';
import type { Request, Router } from 'express';
import type { IceGateway } from '../ice/ice-gateway';
import { PageBytes } from '../ice/page-bytes';
import { librariesRead } from '../ice/read-specs';
import { ALL_VIEWS, readViews } from './all-views';
import { parseInput } from './parse-input';
import { bypassesCache, sendPage } from './send-page';

export function addOverviewRoute(api: Router, gateway: IceGateway, clientOf: (req: Request) => string): void {
  api.get('/overview', async (req, res) => {
    const query = parseInput(overviewQuerySchema, req.query);
    const views = ALL_VIEWS.filter(
      (view) =>
        (query.region === undefined || view.region === query.region) &&
        (query.algorithm === undefined || view.algorithm === query.algorithm),
    );
    const options = { bypassCache: bypassesCache(req), client: clientOf(req) };
    const outcomes = await readViews(gateway, views, async (view) => {
      const read = librariesRead({ ...view, pageNumber: 1, pageSize: 1 });
      return (await gateway.read(read, options)).page.totalCount;
    });
    const cells = outcomes.map(
      (outcome): OverviewCell =>
        'value' in outcome
          ? { region: outcome.region, algorithm: outcome.algorithm, totalCount: outcome.value }
          : { region: outcome.region, algorithm: outcome.algorithm, totalCount: null, error: outcome.error },
    );
    const answer: OverviewAnswer = { cells };
    // Made anew for each request, but from cached reads: the same bytes (and ETag) until one of them changes.
    sendPage(req, res, { bytes: new PageBytes(JSON.stringify(answer)) });
  });
}
