/**
 * Test-only: an empty emulator with one object library, entity and sample and one label library and entity, and
 * the check that a call is refused with a code whose message names the field.
 */
import { expect } from 'vitest';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { callAction, ok } from './call-action';

export const UNKNOWN_ID = 'ffffffffffffffffffffffffffffffff';
export const han = (n: number) => '名'.repeat(n);
export const page = { PageNumber: '1', PageSize: '10' };

export interface LimitFixture {
  emulator: Emulator;
  lib: () => Record<string, string>;
  entity: () => Record<string, string>;
  label: () => Record<string, string>;
}

export async function startLimitFixture(): Promise<LimitFixture> {
  const emulator = await startEmulator({ port: 0, qpsLimit: 100_000, empty: true });
  const create = async (action: string, params: Record<string, string>, field: string) =>
    String((await ok(callAction(emulator, action, params)))[field]);
  const LibId = await create('CreateRecognitionLib', { Algorithm: 'object', LibName: 'L' }, 'LibId');
  const EntityId = await create(
    'CreateRecognitionEntity',
    { Algorithm: 'object', LibId, EntityName: 'E' },
    'EntityId',
  );
  const image = { Algorithm: 'object', LibId, EntityId, ImageUrl: 'https://example.com/a.png' };
  await create('CreateRecognitionSample', image, 'SampleId');
  const labelLib = await create('CreateRecognitionLib', { Algorithm: 'label', LibName: 'P' }, 'LibId');
  const labelEntity = await create(
    'CreateRecognitionEntity',
    { Algorithm: 'label', LibId: labelLib, EntityName: 'E' },
    'EntityId',
  );
  return {
    emulator,
    lib: () => ({ Algorithm: 'object', LibId }),
    entity: () => ({ Algorithm: 'object', LibId, EntityId }),
    label: () => ({ Algorithm: 'label', LibId: labelLib, EntityId: labelEntity }),
  };
}

/** `Missing <Field>` expects Missing<Field>; `Invalid <Field>` expects InvalidParameter whose errorMsg names it. */
export async function expectRefused(
  emulator: Emulator,
  action: string,
  params: Record<string, string>,
  expected: string,
): Promise<void> {
  const [kind, field] = expected.split(' ');
  const answer = await callAction(emulator, action, params);
  expect(answer.status).toBe(400);
  if (kind === 'Missing') {
    expect(answer.json).toMatchObject({
      Code: `Missing${field}`,
      Message: `${field} is mandatory for this action.`,
    });
  } else {
    expect(answer.json.Code).toBe('InvalidParameter');
    expect(String(answer.json.Message)).toMatch(new RegExp(`^errorMsg:${field}\\b`));
  }
}
