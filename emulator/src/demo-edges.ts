/**
 * Where the demo data's edges are, with their IDs, so that e2e tests and demos can go straight to them
 * (docs/emulator.md lists them too). IDs follow the seed: `DEMO_EDGES` is for the default one.
 */
import { demoEntities, demoLibraries } from './demo-catalog';
import { DEFAULT_SEED } from './demo-data';
import { BROKEN_IMAGE_URL, HOSTILE_ENTITIES, MANY_ENTITIES_COUNT, SHOWCASE } from './demo-edge-texts';
import { type DemoEdge, EDGE_PLACES } from './demo-entities';
import type { ServiceAlgorithm, ServiceRegion } from './service-model';

export interface DemoLibraryEdge {
  region: ServiceRegion;
  algorithm: ServiceAlgorithm;
  LibId: string;
  LibName: string;
}
export interface DemoEntityEdge extends DemoLibraryEdge {
  EntityId: string;
  EntityName: string;
  sampleCount: number;
}

export interface DemoEdges {
  libraryWithNoEntities: DemoLibraryEdge;
  libraryWithManyEntities: DemoLibraryEdge & { entityCount: number };
  libraryWithHostileEntities: DemoLibraryEdge & { entityNames: string[] };
  entityWithNoSamples: DemoEntityEdge;
  entityWith60Samples: DemoEntityEdge;
  brokenImageSample: DemoEntityEdge & { SampleId: string; ImageUrl: string };
  labelLibraryWithPrompts: DemoLibraryEdge;
}

export function demoEdges(seed: number = DEFAULT_SEED): DemoEdges {
  const library = (edge: DemoEdge): DemoLibraryEdge => {
    const [region, algorithm, index] = EDGE_PLACES[edge];
    const lib = demoLibraries(seed, region, algorithm)[index];
    if (!lib) throw new Error(`no demo library at ${region}/${algorithm}/${index}`);
    return { region, algorithm, LibId: lib.LibId, LibName: lib.LibName };
  };
  const showcase = library('showcase');
  const [, , showcaseIndex] = EDGE_PLACES.showcase;
  const entities = demoEntities(seed, showcase.region, showcase.algorithm, showcaseIndex, showcase.LibId);
  const entity = (name: string): DemoEntityEdge => {
    const found = entities.find((e) => e.EntityName === name);
    if (!found) throw new Error(`no demo entity ${name}`);
    const { EntityId, EntityName, Samples } = found;
    return { ...showcase, EntityId, EntityName, sampleCount: Samples.length };
  };
  const broken = entity(SHOWCASE.brokenImage.name);
  const brokenSample = entities.find((e) => e.EntityId === broken.EntityId)?.Samples[0];
  return {
    libraryWithNoEntities: library('no-entities'),
    libraryWithManyEntities: { ...library('many-entities'), entityCount: MANY_ENTITIES_COUNT },
    libraryWithHostileEntities: {
      ...library('hostile-entities'),
      entityNames: HOSTILE_ENTITIES.map(([name]) => name),
    },
    entityWithNoSamples: entity(SHOWCASE.noSamples.name),
    entityWith60Samples: entity(SHOWCASE.manySamples.name),
    brokenImageSample: { ...broken, SampleId: brokenSample?.SampleId ?? '', ImageUrl: BROKEN_IMAGE_URL },
    labelLibraryWithPrompts: library('label-prompts'),
  };
}

export const DEMO_EDGES: DemoEdges = demoEdges();
