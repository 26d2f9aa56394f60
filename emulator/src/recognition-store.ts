/**
 * The service's data: one list of libraries per account, region and algorithm, each library with its entities and
 * their samples, all in creation order. Accounts start from a shared base (the demo data, nothing, or a data file)
 * and get their own copy of a list only when they change it, so reads of untouched data cost nothing to set up.
 */
import { copyEntities, demoEntities, demoLibraries } from './demo-catalog';
import {
  SERVICE_ALGORITHMS as ALGORITHMS,
  type ServiceAlgorithm as Algorithm,
  SERVICE_REGIONS as REGIONS,
  type ServiceRegion as Region,
} from './service-model';
import type { AccountLibraries, EntityRecord, LibRecord, StateDocument, StoreBase } from './store-records';

type Lists = Map<string, LibRecord[]>;
const listKey = (region: Region, algorithm: Algorithm) => `${region}/${algorithm}`;

/** What a write may do: change the list, and get a library's own entity list to change. */
export type StoreChange<T> = (libs: LibRecord[], entitiesOf: (lib: LibRecord) => EntityRecord[]) => T;

export class RecognitionStore {
  private accounts = new Map<string, Lists>();
  private readonly baseLists = new Map<string, readonly LibRecord[]>();

  /** `onChange` runs after every write (the state file is rewritten there). */
  constructor(
    private base: StoreBase,
    private readonly onChange: () => void = () => {},
  ) {}

  static fromDocument(document: StateDocument, onChange?: () => void): RecognitionStore {
    const store = new RecognitionStore(document.base, onChange);
    for (const [accountId, regions] of Object.entries(document.accounts)) {
      const lists: Lists = new Map();
      for (const region of REGIONS) {
        for (const algorithm of ALGORITHMS) {
          const libs = regions[region]?.[algorithm];
          if (libs) lists.set(listKey(region, algorithm), libs);
        }
      }
      store.accounts.set(accountId, lists);
    }
    return store;
  }

  libraries(accountId: string, region: Region, algorithm: Algorithm): readonly LibRecord[] {
    return this.accounts.get(accountId)?.get(listKey(region, algorithm)) ?? this.baseList(region, algorithm);
  }

  findLibrary(accountId: string, region: Region, algorithm: Algorithm, libId: string): LibRecord | undefined {
    return this.libraries(accountId, region, algorithm).find((lib) => lib.LibId === libId);
  }

  entities(region: Region, algorithm: Algorithm, lib: LibRecord): readonly EntityRecord[] {
    if (lib.Entities) return lib.Entities;
    if (lib.Demo === undefined || this.base.kind !== 'demo') return [];
    return demoEntities(this.base.seed, region, algorithm, lib.Demo, lib.LibId);
  }

  /** Every change goes through here, so that none is left out of the state file. */
  write<T>(accountId: string, region: Region, algorithm: Algorithm, change: StoreChange<T>): T {
    const libs = this.ownList(accountId, region, algorithm);
    const result = change(libs, (lib) => {
      if (!lib.Entities) {
        lib.Entities = copyEntities(this.entities(region, algorithm, lib));
        delete lib.Demo;
      }
      return lib.Entities;
    });
    this.onChange();
    return result;
  }

  reset(base: StoreBase): void {
    this.base = base;
    this.accounts = new Map();
    this.baseLists.clear();
    this.onChange();
  }

  document(): StateDocument {
    const accounts: Record<string, AccountLibraries> = {};
    for (const [accountId, lists] of this.accounts) {
      const regions: AccountLibraries = {};
      for (const region of REGIONS) {
        for (const algorithm of ALGORITHMS) {
          const libs = lists.get(listKey(region, algorithm));
          if (libs) regions[region] = { ...regions[region], [algorithm]: libs };
        }
      }
      accounts[accountId] = regions;
    }
    return { format: 'ice-emulator-state', version: 1, base: this.base, accounts };
  }

  private baseList(region: Region, algorithm: Algorithm): readonly LibRecord[] {
    if (this.base.kind === 'demo') return demoLibraries(this.base.seed, region, algorithm);
    const key = listKey(region, algorithm);
    let libs = this.baseLists.get(key);
    if (!libs) {
      const source = this.base.kind === 'data' ? this.base.data[region][algorithm] : [];
      libs = source.map((lib) => ({ ...lib, Entities: [] }));
      this.baseLists.set(key, libs);
    }
    return libs;
  }

  private ownList(accountId: string, region: Region, algorithm: Algorithm): LibRecord[] {
    let lists = this.accounts.get(accountId);
    if (!lists) {
      lists = new Map();
      this.accounts.set(accountId, lists);
    }
    const key = listKey(region, algorithm);
    let libs = lists.get(key);
    if (!libs) {
      // Shallow copies: a shared demo library's entities are copied only when that library changes.
      libs = this.baseList(region, algorithm).map((lib) => ({
        ...lib,
        ...(lib.Entities ? { Entities: copyEntities(lib.Entities) } : {}),
      }));
      lists.set(key, libs);
    }
    return libs;
  }
}
