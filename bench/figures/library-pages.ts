/**
 * Inside a library: the entities and samples pages, on a cache miss (BFF ÷ a bare route making the same SDK
 * call, as figure 1) and on a hit (BFF ÷ a bare route sending the same JSON, as figure 2).
 */
import { DEMO_EDGES } from '@ice-console/emulator';
import { measureBffOverhead } from './bff-overhead';
import { measureCacheHits } from './cache-hits';

const many = DEMO_EDGES.libraryWithManyEntities;
const sixty = DEMO_EDGES.entityWith60Samples;
const view = (edge: { region: string; algorithm: string }) =>
  `region=${edge.region}&algorithm=${edge.algorithm}`;

export const ENTITIES_PAGE = `/api/libraries/${many.LibId}/entities?${view(many)}&pageNumber=1&pageSize=10`;
export const SAMPLES_PAGE = `/api/libraries/${sixty.LibId}/samples?${view(sixty)}&entityId=${sixty.EntityId}&pageNumber=1&pageSize=10`;

// Distinct pages at once, so nothing is coalesced: the big library's first 100 pages of entities; the entity's
// 60 samples one to a page.
const entitiesPathFor = (n: number) => ENTITIES_PAGE.replace('pageNumber=1', `pageNumber=${1 + (n % 100)}`);
const samplesPathFor = (n: number) =>
  SAMPLES_PAGE.replace('pageNumber=1&pageSize=10', `pageNumber=${1 + (n % 60)}&pageSize=1`);

export async function measureLibraryPages(settings: {
  connections: number;
  seconds: number;
  rounds: number;
}) {
  return {
    entities: {
      miss: await measureBffOverhead({ ...settings, pathFor: entitiesPathFor }),
      hit: await measureCacheHits({ ...settings, path: ENTITIES_PAGE }),
    },
    samples: {
      miss: await measureBffOverhead({ ...settings, pathFor: samplesPathFor }),
      hit: await measureCacheHits({ ...settings, path: SAMPLES_PAGE }),
    },
  };
}
