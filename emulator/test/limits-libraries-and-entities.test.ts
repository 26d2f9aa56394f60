/** The limits and required fields of the library and entity actions, and Algorithm on all nine. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOGNITION_ACTIONS } from '../src/service-model';
import { callAction, ok } from './call-action';
import { expectRefused, han, type LimitFixture, page, startLimitFixture, UNKNOWN_ID } from './limit-fixture';

let f: LimitFixture;
beforeAll(async () => {
  f = await startLimitFixture();
});
afterAll(() => f.emulator.close());

const object = { Algorithm: 'object' };
type Case = readonly [string, string, () => Record<string, string>];
const CASES: readonly Case[] = [
  ['CreateRecognitionLib', 'Missing LibName', () => object],
  ['CreateRecognitionLib', 'Invalid LibName', () => ({ ...object, LibName: `${han(21)}AB` })],
  [
    'CreateRecognitionLib',
    'Invalid LibDescription',
    () => ({ ...object, LibName: 'n', LibDescription: 'd'.repeat(129) }),
  ],
  ['DeleteRecognitionLib', 'Missing LibId', () => object],
  ['DeleteRecognitionLib', 'Invalid LibId', () => ({ ...object, LibId: UNKNOWN_ID })],
  ['CreateRecognitionEntity', 'Missing LibId', () => ({ ...object, EntityName: 'e' })],
  ['CreateRecognitionEntity', 'Missing EntityName', () => f.lib()],
  ['CreateRecognitionEntity', 'Invalid EntityName', () => ({ ...f.lib(), EntityName: `${han(21)}AB` })],
  [
    'CreateRecognitionEntity',
    'Invalid EntityInfo',
    () => ({ ...f.lib(), EntityName: 'e', EntityInfo: '{x' }),
  ],
  [
    'CreateRecognitionEntity',
    'Invalid EntityInfo',
    () => ({ ...f.lib(), EntityName: 'e', EntityInfo: `"${'x'.repeat(255)}"` }),
  ],
  ['CreateRecognitionEntity', 'Invalid LibId', () => ({ ...object, LibId: UNKNOWN_ID, EntityName: 'e' })],
  ['DeleteRecognitionEntity', 'Missing EntityId', () => f.lib()],
  ['DeleteRecognitionEntity', 'Invalid EntityId', () => ({ ...f.lib(), EntityId: UNKNOWN_ID })],
  ['ListRecognitionEntities', 'Missing PageNumber', () => ({ ...f.lib(), PageSize: '10' })],
  ['ListRecognitionEntities', 'Missing PageSize', () => ({ ...f.lib(), PageNumber: '1' })],
  ['ListRecognitionEntities', 'Invalid PageSize', () => ({ ...f.lib(), PageNumber: '1', PageSize: '51' })],
  ['ListRecognitionEntities', 'Invalid PageNumber', () => ({ ...f.lib(), PageNumber: '0', PageSize: '10' })],
  ['ListRecognitionEntities', 'Invalid LibId', () => ({ ...object, LibId: UNKNOWN_ID, ...page })],
];

describe('library and entity limits', () => {
  it.each(CASES)('when %s is sent with a bad value, then %s', async (action, expected, params) => {
    await expectRefused(f.emulator, action, params(), expected);
  });

  it.each(RECOGNITION_ACTIONS)(
    'when %s has no Algorithm or an unknown one, then it is refused',
    async (action) => {
      await expectRefused(f.emulator, action, {}, 'Missing Algorithm');
      await expectRefused(f.emulator, action, { Algorithm: 'scene' }, 'Invalid Algorithm');
    },
  );

  it('when names and texts are exactly at their byte limits in multi-byte characters, then they are accepted', async () => {
    const name = `${han(21)}A`;
    const info = `"${han(84)}xx"`;
    expect([Buffer.byteLength(name), Buffer.byteLength(info)]).toEqual([64, 256]);
    const lib = { ...object, LibName: name, LibDescription: `${han(42)}AB` };
    const { LibId } = await ok(callAction(f.emulator, 'CreateRecognitionLib', lib));
    const entity = { ...object, LibId: String(LibId), EntityName: name, EntityInfo: info };
    const { EntityId } = await ok(callAction(f.emulator, 'CreateRecognitionEntity', entity));
    expect(EntityId).toMatch(/^[0-9a-f]{32}$/);
  });
});
