/** What the store keeps, over real HTTP: per region and algorithm, creation order, cascades, sample searches. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../src/demo-data';
import { DEMO_EDGES } from '../src/demo-edges';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { callAction, ok, rowsOf } from './call-action';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterEach(() => emulator.reset());
afterAll(() => emulator.close());

const page = { PageNumber: '1', PageSize: '50' };
const call = (
  action: string,
  params: Record<string, string>,
  region: 'cn-beijing' | 'cn-shanghai' = 'cn-beijing',
) => ok(callAction(emulator, action, params, { region }));
const createLib = async (Algorithm: string, LibName: string, region?: 'cn-beijing' | 'cn-shanghai') =>
  String((await call('CreateRecognitionLib', { Algorithm, LibName }, region)).LibId);
const createEntity = async (Algorithm: string, LibId: string, EntityName: string) =>
  String((await call('CreateRecognitionEntity', { Algorithm, LibId, EntityName })).EntityId);
const createSample = async (LibId: string, EntityId: string, n: number) =>
  String(
    (
      await call('CreateRecognitionSample', {
        Algorithm: 'face',
        LibId,
        EntityId,
        ImageUrl: `https://example.com/${n}.jpg`,
      })
    ).SampleId,
  );

describe('the store', () => {
  it('when a library is created in cn-beijing, then cn-shanghai and other algorithms do not see it', async () => {
    const LibId = await createLib('face', 'Beijing only');
    const listed = (Algorithm: string, region: 'cn-beijing' | 'cn-shanghai') =>
      call('ListRecognitionLibs', { Algorithm, ...page, LibId }, region);
    expect((await listed('face', 'cn-beijing')).TotalCount).toBe(1);
    expect((await listed('face', 'cn-shanghai')).TotalCount).toBe(0);
    expect((await listed('logo', 'cn-beijing')).TotalCount).toBe(0);
    const elsewhere = await callAction(
      emulator,
      'ListRecognitionEntities',
      { Algorithm: 'face', LibId, ...page },
      {
        region: 'cn-shanghai',
      },
    );
    expect(elsewhere.json).toMatchObject({
      Code: 'InvalidParameter',
      Message: expect.stringMatching(/^errorMsg:LibId /),
    });
  });

  it('when libraries are created, then they follow the demo libraries in creation order', async () => {
    const demo = generateDemoData()['cn-beijing'].face;
    const ids = [
      await createLib('face', 'first'),
      await createLib('face', 'second'),
      await createLib('face', 'third'),
    ];
    const answer = await call('ListRecognitionLibs', { Algorithm: 'face', PageNumber: '1', PageSize: '50' });
    expect(answer.TotalCount).toBe(demo.length + 3);
    expect(rowsOf(answer, 'Libs', 'Lib').map((lib) => lib.LibId)).toEqual([
      ...demo.map((l) => l.LibId),
      ...ids,
    ]);
  });

  it('when an entity is deleted, then its samples go with it; when a library is deleted, then everything in it', async () => {
    const LibId = await createLib('face', 'Cascade');
    const [kept, dropped] = [
      await createEntity('face', LibId, 'kept'),
      await createEntity('face', LibId, 'dropped'),
    ];
    await createSample(LibId, kept, 1);
    await createSample(LibId, dropped, 2);
    await createSample(LibId, dropped, 3);
    await call('DeleteRecognitionEntity', { Algorithm: 'face', LibId, EntityId: dropped });
    const all = await call('ListRecognitionSamples', { Algorithm: 'face', LibId, EntityId: 'ANY', ...page });
    expect(rowsOf(all, 'Samples', 'Sample').map((s) => s.EntityId)).toEqual([kept]);
    await call('DeleteRecognitionLib', { Algorithm: 'face', LibId });
    expect(emulator.state('cn-beijing', 'face').Libs.some((lib) => lib.LibId === LibId)).toBe(false);
    const gone = await callAction(emulator, 'ListRecognitionSamples', {
      Algorithm: 'face',
      LibId,
      EntityId: kept,
      ...page,
    });
    expect(gone.json.Code).toBe('InvalidParameter');
  });

  it('when EntityId is ANY, then EntityName picks the entities across a comma-separated LibId list, in that order', async () => {
    const [a, b] = [await createLib('face', 'A'), await createLib('face', 'B')];
    const inA = await createEntity('face', a, 'Zhang Wei');
    const inB = await createEntity('face', b, 'Zhang Wei');
    const other = await createEntity('face', b, 'Li Na');
    const [sa, sb] = [await createSample(a, inA, 1), await createSample(b, inB, 2)];
    await createSample(b, other, 3);
    const found = await call('ListRecognitionSamples', {
      Algorithm: 'face',
      LibId: `${b},${a}`,
      EntityId: 'ANY',
      EntityName: 'Zhang Wei',
      ...page,
    });
    expect(found.TotalCount).toBe(2);
    expect(rowsOf(found, 'Samples', 'Sample')).toEqual([
      { SampleId: sb, ImageUrl: 'https://example.com/2.jpg', EntityId: inB, LibId: b },
      { SampleId: sa, ImageUrl: 'https://example.com/1.jpg', EntityId: inA, LibId: a },
    ]);
    const byId = await call('ListRecognitionSamples', {
      Algorithm: 'face',
      LibId: `${a},${b}`,
      EntityId: other,
      ...page,
    });
    expect(rowsOf(byId, 'Samples', 'Sample').map((s) => s.EntityId)).toEqual([other]);
  });

  it('when the 60-sample demo entity is paged by 50, then two pages hold all 60 without overlap', async () => {
    const { LibId, EntityId } = DEMO_EDGES.entityWith60Samples;
    const pageOf = (n: string) =>
      call(
        'ListRecognitionSamples',
        { Algorithm: 'landmark', LibId, EntityId, PageNumber: n, PageSize: '50' },
        'cn-shanghai',
      );
    const [first, second] = [await pageOf('1'), await pageOf('2')];
    expect([
      first.TotalCount,
      rowsOf(first, 'Samples', 'Sample').length,
      rowsOf(second, 'Samples', 'Sample').length,
    ]).toEqual([60, 50, 10]);
    const ids = [...rowsOf(first, 'Samples', 'Sample'), ...rowsOf(second, 'Samples', 'Sample')].map(
      (s) => s.SampleId,
    );
    expect(new Set(ids).size).toBe(60);
  });

  it('when a demo entity is deleted, then it is gone until a reset brings the demo data back', async () => {
    const { LibId, EntityId } = DEMO_EDGES.entityWithNoSamples;
    const entities = async () =>
      rowsOf(
        await call('ListRecognitionEntities', { Algorithm: 'landmark', LibId, ...page }, 'cn-shanghai'),
        'Entities',
        'Entity',
      ).map((e) => e.EntityId);
    expect(await entities()).toContain(EntityId);
    await call('DeleteRecognitionEntity', { Algorithm: 'landmark', LibId, EntityId }, 'cn-shanghai');
    expect(await entities()).not.toContain(EntityId);
    emulator.reset();
    expect(await entities()).toContain(EntityId);
  });
});
