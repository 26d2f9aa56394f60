/**
 * All nine actions through the real `@alicloud/openapi-client`, V3 and 'v2', with and without an STS token:
 * create a library, an entity and a sample, list each, delete each, and see each gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { rowsOf, type SdkCaller, sdkCaller, sdkError } from './sdk-client';

const STS = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' };
const HEX32 = /^[0-9a-f]{32}$/;
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterAll(() => emulator.close());

const page = { PageNumber: '1', PageSize: '50' };

describe.each([
  ['v3', 'the demo key', DEMO_ACCOUNT],
  ['v3', 'an STS key with its token', STS],
  ['v2', 'the demo key', DEMO_ACCOUNT],
  ['v2', 'an STS key with its token', STS],
] as const)('the SDK signing with %s, as %s', (signing, _who, key) => {
  let sdk: SdkCaller;
  beforeAll(() => {
    sdk = sdkCaller(emulator.endpoints['cn-beijing'], 'cn-beijing', key, signing);
  });

  it('when a library, an entity and a sample are created, listed and deleted, then each is listed until deleted', async () => {
    const name = `SDK ${signing} ${key.accessKeyId} 识别库`;
    const created = await sdk.call('CreateRecognitionLib', {
      Algorithm: 'logo',
      LibName: name,
      LibDescription: 'made by a test',
    });
    const LibId = String(created.LibId);
    expect(LibId).toMatch(HEX32);
    const libs = await sdk.call('ListRecognitionLibs', { Algorithm: 'logo', ...page, LibId });
    expect(rowsOf(libs, 'Libs', 'Lib')).toEqual([{ LibId, LibName: name, LibDescription: 'made by a test' }]);

    const entity = await sdk.call('CreateRecognitionEntity', {
      Algorithm: 'logo',
      LibId,
      EntityName: 'Lotus Coffee',
      EntityInfo: '{"description":"a, \\"b\\" & c"}',
    });
    const EntityId = String(entity.EntityId);
    expect(EntityId).toMatch(HEX32);
    const entities = await sdk.call('ListRecognitionEntities', { Algorithm: 'logo', LibId, ...page });
    expect(entities).toMatchObject({ PageNumber: 1, PageSize: 50, TotalCount: 1 });
    expect(rowsOf(entities, 'Entities', 'Entity')).toEqual([
      { EntityId, EntityName: 'Lotus Coffee', EntityInfo: '{"description":"a, \\"b\\" & c"}' },
    ]);

    const ImageUrl = 'https://example.com/logo a+b.png?x=1&y=*~';
    const sample = await sdk.call('CreateRecognitionSample', {
      Algorithm: 'logo',
      LibId,
      EntityId,
      ImageUrl,
    });
    const SampleId = String(sample.SampleId);
    expect(SampleId).toMatch(HEX32);
    const listSamples = () =>
      sdk.call('ListRecognitionSamples', { Algorithm: 'logo', LibId, EntityId, ...page });
    expect(rowsOf(await listSamples(), 'Samples', 'Sample')).toEqual([
      { SampleId, ImageUrl, EntityId, LibId },
    ]);

    await sdk.call('DeleteRecognitionSample', { Algorithm: 'logo', LibId, EntityId, SampleId });
    expect(await listSamples()).toMatchObject({ TotalCount: 0, Samples: { Sample: [] } });
    await sdk.call('DeleteRecognitionEntity', { Algorithm: 'logo', LibId, EntityId });
    expect(await sdk.call('ListRecognitionEntities', { Algorithm: 'logo', LibId, ...page })).toMatchObject({
      TotalCount: 0,
    });
    const deleted = await sdk.call('DeleteRecognitionLib', { Algorithm: 'logo', LibId });
    expect(Object.keys(deleted)).toEqual(['RequestId']);
    expect(await sdk.call('ListRecognitionLibs', { Algorithm: 'logo', ...page, LibId })).toMatchObject({
      TotalCount: 0,
      Libs: { Lib: [] },
    });
    expect(
      await sdkError(sdk.call('ListRecognitionEntities', { Algorithm: 'logo', LibId, ...page })),
    ).toMatchObject({ code: 'InvalidParameter', statusCode: 400 });
  });

  it('when a label library gets a prompt sample, then it is listed without its prompt and with an empty ImageUrl', async () => {
    const { LibId } = await sdk.call('CreateRecognitionLib', { Algorithm: 'label', LibName: 'Prompts' });
    const { EntityId } = await sdk.call('CreateRecognitionEntity', {
      Algorithm: 'label',
      LibId: String(LibId),
      EntityName: '雪景',
    });
    const ids = { Algorithm: 'label', LibId: String(LibId), EntityId: String(EntityId) };
    const { SampleId } = await sdk.call('CreateRecognitionSample', {
      ...ids,
      LabelPrompt: 'snow on a roof, 屋顶积雪',
    });
    const listed = await sdk.call('ListRecognitionSamples', { ...ids, ...page });
    expect(rowsOf(listed, 'Samples', 'Sample')).toEqual([{ SampleId, ImageUrl: '', EntityId, LibId }]);
  });
});

describe('the SDK with an STS key and no token', () => {
  it.each(['v3', 'v2'] as const)(
    'when signing with %s and writing, then MissingSecurityToken',
    async (signing) => {
      const sdk = sdkCaller(
        emulator.endpoints['cn-beijing'],
        'cn-beijing',
        { accessKeyId: STS.accessKeyId, accessKeySecret: STS.accessKeySecret },
        signing,
      );
      expect(
        await sdkError(sdk.call('CreateRecognitionLib', { Algorithm: 'face', LibName: 'x' })),
      ).toMatchObject({
        code: 'MissingSecurityToken',
        statusCode: 400,
      });
    },
  );
});
