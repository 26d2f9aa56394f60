/**
 * The demo entities and samples of one demo library: deterministic from the seed and the LibId, generated only
 * when the library is first read or changed. A few libraries hold the edges a console must survive (demo-edges.ts).
 */
import {
  BROKEN_IMAGE_URL,
  CITIES,
  ENTITY_NAMES,
  HOSTILE_ENTITIES,
  MANY_ENTITIES_COUNT,
  SHOWCASE,
} from './demo-edge-texts';
import { hashText, hexId, randomFrom } from './seeded-random';
import type { ServiceAlgorithm as Algorithm, ServiceRegion as Region } from './service-model';
import type { EntityRecord, SampleRecord } from './store-records';

const DEMO_EDGE_NAMES = [
  'showcase',
  'many-entities',
  'hostile-entities',
  'no-entities',
  'label-prompts',
] as const;
export type DemoEdge = (typeof DEMO_EDGE_NAMES)[number];

/** Which demo library holds which edge: [region, algorithm, index in the demo list]. */
export const EDGE_PLACES: Record<DemoEdge, readonly [Region, Algorithm, number]> = {
  showcase: ['cn-shanghai', 'landmark', 0],
  'many-entities': ['cn-shanghai', 'landmark', 3],
  'hostile-entities': ['cn-shanghai', 'landmark', 4],
  'no-entities': ['cn-shanghai', 'landmark', 7],
  'label-prompts': ['cn-shanghai', 'label', 0],
};

function edgeAt(region: Region, algorithm: Algorithm, index: number): DemoEdge | undefined {
  for (const [edge, [r, a, i]] of Object.entries(EDGE_PLACES) as [
    DemoEdge,
    readonly [Region, Algorithm, number],
  ][]) {
    if (r === region && a === algorithm && i === index) return edge;
  }
  return undefined;
}

/** Demo pictures are named after the algorithm and the sample, so each sample shows its own picture. */
export function demoImageName(algorithm: Algorithm, sampleId: string): string {
  return `${algorithm}-${sampleId.slice(0, 12)}`;
}

export function generateEntities(
  seed: number,
  region: Region,
  algorithm: Algorithm,
  index: number,
  libId: string,
): EntityRecord[] {
  const random = randomFrom(seed ^ hashText(libId));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const names = ENTITY_NAMES[algorithm];
  const prompts = [(name: string) => `A photo showing ${name}`, (name: string) => `一张关于${name}的图片`];
  const sample = (entityName: string): SampleRecord => {
    const SampleId = hexId(random);
    if (algorithm === 'label') return { SampleId, LabelPrompt: pick(prompts)(entityName) };
    return { SampleId, DemoImage: demoImageName(algorithm, SampleId) };
  };
  const entity = (EntityName: string, EntityInfo: string, sampleCount: number): EntityRecord => ({
    EntityId: hexId(random),
    EntityName,
    EntityInfo,
    Samples: Array.from({ length: sampleCount }, () => sample(EntityName)),
  });
  const ordinary = (n: number): EntityRecord => {
    const name = `${pick(names)} ${n + 1}`;
    const roll = random();
    const info =
      roll < 0.15 ? '' : roll < 0.25 ? '{}' : JSON.stringify({ description: `${name}, ${algorithm}` });
    return entity(name, info, Math.floor(random() * 5));
  };
  const edge = edgeAt(region, algorithm, index);
  switch (edge) {
    case 'no-entities':
      return [];
    case 'many-entities':
      return Array.from({ length: MANY_ENTITIES_COUNT }, (_, n) => {
        const city = CITIES[n % CITIES.length] ?? 'Shanghai';
        return entity(
          `${city} store ${String(n + 1).padStart(4, '0')}`,
          JSON.stringify({ city, store: n + 1 }),
          1,
        );
      });
    case 'label-prompts':
      return names.slice(0, 5).map((name) => entity(name, JSON.stringify({ description: name }), 3));
    case 'hostile-entities':
      return HOSTILE_ENTITIES.map(([name, info]) => entity(name, info, 1));
    case 'showcase': {
      const { manySamples, brokenImage, noSamples } = SHOWCASE;
      const broken = entity(brokenImage.name, brokenImage.info, brokenImage.samples);
      const [first, ...rest] = broken.Samples;
      if (first) broken.Samples = [{ SampleId: first.SampleId, ImageUrl: BROKEN_IMAGE_URL }, ...rest];
      return [
        entity(manySamples.name, manySamples.info, manySamples.samples),
        broken,
        entity(noSamples.name, noSamples.info, noSamples.samples),
        ...Array.from({ length: 4 }, (_, n) => ordinary(n)),
      ];
    }
    default:
      // 0 to 6 entities with 0 to 4 samples each: empty libraries and empty entities occur naturally too.
      return Array.from({ length: Math.floor(random() * 7) }, (_, n) => ordinary(n));
  }
}
