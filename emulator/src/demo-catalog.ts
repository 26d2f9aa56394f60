/**
 * The demo libraries and their entities per seed, generated on first use and then shared, read-only, by every
 * store in the process (tests start many emulators; each would otherwise generate the same rows again).
 */
import { generateLibraries } from './demo-data';
import { generateEntities } from './demo-entities';
import type { ServiceAlgorithm as Algorithm, ServiceRegion as Region } from './service-model';
import type { EntityRecord, LibRecord } from './store-records';

const libraries = new Map<string, readonly LibRecord[]>();
const entities = new Map<string, readonly EntityRecord[]>();

export function demoLibraries(seed: number, region: Region, algorithm: Algorithm): readonly LibRecord[] {
  const key = `${seed}/${region}/${algorithm}`;
  let libs = libraries.get(key);
  if (!libs) {
    libs = generateLibraries(region, algorithm, seed).map((lib, index) => ({ ...lib, Demo: index }));
    libraries.set(key, libs);
  }
  return libs;
}

export function demoEntities(
  seed: number,
  region: Region,
  algorithm: Algorithm,
  index: number,
  libId: string,
): readonly EntityRecord[] {
  const key = `${seed}/${region}/${algorithm}/${index}/${libId}`;
  let found = entities.get(key);
  if (!found) {
    found = generateEntities(seed, region, algorithm, index, libId);
    entities.set(key, found);
  }
  return found;
}

/** A private copy, for a store about to change a demo library's entities. */
export function copyEntities(source: readonly EntityRecord[]): EntityRecord[] {
  return source.map((entity) => ({ ...entity, Samples: entity.Samples.map((sample) => ({ ...sample })) }));
}
