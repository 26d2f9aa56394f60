/**
 * GET /api/find?libId=a,b,c: where each LibId lives. Every one of the 20 views is asked once with the LibId filter
 * (two pages of 50 at most, as 100 IDs is the limit), through the cache and the budget.
 */
import type { FindAnswer, LibraryPlace } from '@ice-console/shared/find-libraries';
import { findQuerySchema } from '@ice-console/shared/find-libraries';
import type { Library } from '@ice-console/shared/libraries';
import { MAX_PAGE_SIZE } from '@ice-console/shared/paging';
import type { Request, Router } from 'express';
import type { IceGateway, ReadOptions } from '../ice/ice-gateway';
import { PageBytes } from '../ice/page-bytes';
import { librariesRead } from '../ice/read-specs';
import { ALL_VIEWS, readViews, type View } from './all-views';
import { parseInput } from './parse-input';
import { bypassesCache, sendPage } from './send-page';

/**
 * Every library of `ids` in one view, paging on only when the view holds more matches than a page, and never past
 * the pages the IDs could fill (a service that ignored the filter would otherwise be read to its end).
 */
async function matchesIn(gateway: IceGateway, view: View, ids: string[], options: ReadOptions) {
  const libraries: Library[] = [];
  const lastPage = Math.ceil(ids.length / MAX_PAGE_SIZE);
  for (let pageNumber = 1; pageNumber <= lastPage; pageNumber++) {
    const read = librariesRead({ ...view, pageNumber, pageSize: MAX_PAGE_SIZE, libId: ids });
    const { page } = await gateway.read(read, options);
    libraries.push(...page.libraries);
    if (page.libraries.length < MAX_PAGE_SIZE || libraries.length >= page.totalCount) break;
  }
  return libraries;
}

export function addFindRoute(api: Router, gateway: IceGateway, clientOf: (req: Request) => string): void {
  api.get('/find', async (req, res) => {
    const { libId: ids } = parseInput(findQuerySchema, req.query);
    const options = { bypassCache: bypassesCache(req), client: clientOf(req) };
    const outcomes = await readViews(gateway, ALL_VIEWS, (view) => matchesIn(gateway, view, ids, options));
    const places = new Map<string, LibraryPlace[]>(ids.map((id) => [id, []]));
    const answer: FindAnswer = { libraries: [], unanswered: [] };
    for (const outcome of outcomes) {
      const { region, algorithm } = outcome;
      if ('error' in outcome) answer.unanswered.push({ region, algorithm, error: outcome.error });
      else {
        for (const library of outcome.value) {
          places.get(library.libId)?.push({ region, algorithm, libName: library.libName });
        }
      }
    }
    answer.libraries = ids.map((libId) => ({ libId, places: places.get(libId) ?? [] }));
    // Made anew for each request, but from cached reads: the same bytes (and ETag) until one of them changes.
    sendPage(req, res, { bytes: new PageBytes(JSON.stringify(answer)) });
  });
}
