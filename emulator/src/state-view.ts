/** One region and algorithm's libraries with their entities and samples, whole, as GET /_emulator/state shows them. */
import type { EmulatorRuntime } from './emulator-runtime';
import type { ServiceAlgorithm, ServiceRegion } from './service-model';

export interface StateView {
  region: ServiceRegion;
  algorithm: ServiceAlgorithm;
  accountId: string;
  Libs: Array<{
    LibId: string;
    LibName: string;
    LibDescription: string;
    Entities: Array<{
      EntityId: string;
      EntityName: string;
      EntityInfo: string;
      /** ImageUrl as listed; LabelPrompt too, which the service's list never shows. */
      Samples: Array<{ SampleId: string; ImageUrl: string; LabelPrompt?: string }>;
    }>;
  }>;
}

export function stateView(
  runtime: EmulatorRuntime,
  accountId: string,
  region: ServiceRegion,
  algorithm: ServiceAlgorithm,
): StateView {
  const { store } = runtime;
  return {
    region,
    algorithm,
    accountId,
    Libs: store.libraries(accountId, region, algorithm).map((lib) => ({
      LibId: lib.LibId,
      LibName: lib.LibName,
      LibDescription: lib.LibDescription,
      Entities: store.entities(region, algorithm, lib).map((entity) => ({
        EntityId: entity.EntityId,
        EntityName: entity.EntityName,
        EntityInfo: entity.EntityInfo,
        Samples: entity.Samples.map((sample) => ({
          SampleId: sample.SampleId,
          ImageUrl: runtime.imageUrlOf(sample),
          ...(sample.LabelPrompt === undefined ? {} : { LabelPrompt: sample.LabelPrompt }),
        })),
      })),
    })),
  };
}
