/** The store on its own: one store per account, copy-on-write from the shared base, and its state document. */
import { describe, expect, it } from 'vitest';
import { demoLibraries } from '../src/demo-catalog';
import { DEFAULT_SEED } from '../src/demo-data';
import { RecognitionStore } from '../src/recognition-store';

const demo = { kind: 'demo', seed: DEFAULT_SEED } as const;

describe('RecognitionStore', () => {
  it('when one account changes a list, then another account and the shared demo list are unchanged', () => {
    const store = new RecognitionStore(demo);
    const before = demoLibraries(DEFAULT_SEED, 'cn-beijing', 'logo').length;
    store.write('1', 'cn-beijing', 'logo', (libs) => {
      libs.push({ LibId: 'mine', LibName: 'n', LibDescription: '', Entities: [] });
    });
    expect(store.libraries('1', 'cn-beijing', 'logo')).toHaveLength(before + 1);
    expect(store.libraries('2', 'cn-beijing', 'logo')).toHaveLength(before);
    expect(demoLibraries(DEFAULT_SEED, 'cn-beijing', 'logo')).toHaveLength(before);
  });

  it('when a demo library is changed, then its entities become its own and the shared ones stay as they were', () => {
    const store = new RecognitionStore(demo);
    const [lib] = store.libraries('1', 'cn-shanghai', 'landmark');
    if (!lib) throw new Error('no demo library');
    const shared = store.entities('cn-shanghai', 'landmark', lib).length;
    store.write('1', 'cn-shanghai', 'landmark', (libs, entitiesOf) => {
      const own = libs[0];
      if (own) entitiesOf(own).splice(0, 1);
    });
    const changed = store.libraries('1', 'cn-shanghai', 'landmark')[0];
    expect(changed && store.entities('cn-shanghai', 'landmark', changed)).toHaveLength(shared - 1);
    expect(store.entities('cn-shanghai', 'landmark', lib)).toHaveLength(shared);
    expect(changed?.Demo).toBeUndefined();
  });

  it('when written out and read back, then only changed lists are stored and the store is the same', () => {
    let writes = 0;
    const store = new RecognitionStore(demo, () => {
      writes += 1;
    });
    store.write('1', 'cn-hangzhou', 'face', (libs) => {
      libs.push({ LibId: 'x', LibName: 'n', LibDescription: 'd', Entities: [] });
    });
    const document = store.document();
    expect(writes).toBe(1);
    expect(Object.keys(document.accounts['1'] ?? {})).toEqual(['cn-hangzhou']);
    const again = RecognitionStore.fromDocument(JSON.parse(JSON.stringify(document)));
    expect(again.libraries('1', 'cn-hangzhou', 'face')).toEqual(store.libraries('1', 'cn-hangzhou', 'face'));
    expect(again.libraries('1', 'cn-shanghai', 'landmark')).toHaveLength(180);
  });

  it('when reset to empty, then every account sees nothing', () => {
    const store = new RecognitionStore(demo);
    store.reset({ kind: 'empty' });
    expect(store.libraries('1', 'cn-shanghai', 'landmark')).toEqual([]);
  });
});
