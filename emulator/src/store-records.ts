/**
 * What the store holds, in the service's field names, and how it is written to a state file. A demo library whose
 * entities were never read or changed keeps only `Demo` (its place in the demo list): its entities and samples
 * come from the seed when first needed, so start-up and state files stay small.
 */
import type { EmulatorData } from './demo-data';
import type { ServiceAlgorithm, ServiceRegion } from './service-model';

export interface SampleRecord {
  SampleId: string;
  /** As the caller gave it (image algorithms). */
  ImageUrl?: string;
  /** A demo picture by name, served at `<imageBaseUrl><name>.svg`, so the URL follows the running emulator. */
  DemoImage?: string;
  /** The text prompt of a label library's sample; the list answer never shows it. */
  LabelPrompt?: string;
}

export interface EntityRecord {
  EntityId: string;
  EntityName: string;
  EntityInfo: string;
  Samples: SampleRecord[];
}

export interface LibRecord {
  LibId: string;
  LibName: string;
  LibDescription: string;
  /** Absent while the entities are still the demo's, generated from the seed. */
  Entities?: EntityRecord[];
  /** The library's index in the demo list, which decides its demo entities. */
  Demo?: number;
}

/** What an account starts with: the demo data, nothing, or a `--data` file's libraries (with no entities). */
export type StoreBase =
  | { kind: 'demo'; seed: number }
  | { kind: 'empty' }
  | { kind: 'data'; data: EmulatorData };

export type AccountLibraries = Partial<Record<ServiceRegion, Partial<Record<ServiceAlgorithm, LibRecord[]>>>>;

/** A state file: the base, and per account only the region and algorithm lists that were changed. */
export interface StateDocument {
  format: 'ice-emulator-state';
  version: 1;
  base: StoreBase;
  accounts: Record<string, AccountLibraries>;
}
