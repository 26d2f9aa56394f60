/** Every limit of the write contract is refused by the BFF itself: no upstream call, and a `refused` audit line. */
import { beforeEach, describe, expect, it } from 'vitest';
import { errorOf, sendWrite, useWriteStack, type WriteOptions } from '../testing/write-client';

const writes = useWriteStack();
beforeEach(() => writes.stack.emulator.resetStats());

const view = { region: 'cn-shanghai', algorithm: 'logo' } as const;
const VIEW = 'region=cn-shanghai&algorithm=logo';
const LIB = '/api/libraries/lib1';
const SAMPLES = `${LIB}/entities/ent1/samples`;
/** 21 Chinese characters are 63 bytes; one more byte is over 64. */
const CHINESE_65 = `${'名'.repeat(21)}ab`;

type Case = [string, 'POST' | 'DELETE', string, WriteOptions, number, string, string | undefined];
const cases: Case[] = [
  [
    'a LibName of 65 bytes',
    'POST',
    '/api/libraries',
    { body: { ...view, libName: CHINESE_65 } },
    400,
    'InvalidBody',
    'libName',
  ],
  [
    'an empty LibName',
    'POST',
    '/api/libraries',
    { body: { ...view, libName: '' } },
    400,
    'InvalidBody',
    'libName',
  ],
  [
    'a LibDescription of 129 bytes',
    'POST',
    '/api/libraries',
    { body: { ...view, libName: 'a', libDescription: 'd'.repeat(129) } },
    400,
    'InvalidBody',
    'libDescription',
  ],
  [
    'an unknown region',
    'POST',
    '/api/libraries',
    { body: { ...view, region: 'us-east-1', libName: 'a' } },
    400,
    'InvalidBody',
    'region',
  ],
  [
    'an unknown algorithm',
    'POST',
    '/api/libraries',
    { body: { ...view, algorithm: 'LOGO', libName: 'a' } },
    400,
    'InvalidBody',
    'algorithm',
  ],
  [
    'an unknown field',
    'POST',
    '/api/libraries',
    { body: { ...view, libName: 'a', LibName: 'b' } },
    400,
    'InvalidBody',
    undefined,
  ],
  ['a JSON array', 'POST', '/api/libraries', { body: [view] }, 400, 'InvalidBody', undefined],
  [
    'an EntityName of 65 bytes',
    'POST',
    `${LIB}/entities`,
    { body: { ...view, entityName: CHINESE_65 } },
    400,
    'InvalidBody',
    'entityName',
  ],
  [
    'an EntityInfo of 257 bytes',
    'POST',
    `${LIB}/entities`,
    { body: { ...view, entityName: 'e', entityInfo: `"${'i'.repeat(255)}"` } },
    400,
    'InvalidBody',
    'entityInfo',
  ],
  [
    'an EntityInfo that is not JSON',
    'POST',
    `${LIB}/entities`,
    { body: { ...view, entityName: 'e', entityInfo: '{description:1}' } },
    400,
    'InvalidBody',
    'entityInfo',
  ],
  [
    'a LibId with a slash-like character',
    'POST',
    '/api/libraries/a%2Fb/entities',
    { body: { ...view, entityName: 'e' } },
    400,
    'InvalidQuery',
    'libId',
  ],
  [
    'an image URL that is not http(s)',
    'POST',
    SAMPLES,
    { body: { ...view, imageUrl: 'javascript:alert(1)' } },
    400,
    'InvalidBody',
    'imageUrl',
  ],
  [
    'a relative image URL',
    'POST',
    SAMPLES,
    { body: { ...view, imageUrl: '/img/a.png' } },
    400,
    'InvalidBody',
    'imageUrl',
  ],
  [
    'an image URL of 2,049 bytes',
    'POST',
    SAMPLES,
    { body: { ...view, imageUrl: `https://a.example/${'p'.repeat(2049 - 18)}` } },
    400,
    'InvalidBody',
    'imageUrl',
  ],
  [
    'both an image URL and a prompt',
    'POST',
    SAMPLES,
    { body: { ...view, imageUrl: 'https://a.example/a.png', labelPrompt: 'x' } },
    400,
    'InvalidBody',
    'imageUrl',
  ],
  [
    'neither an image URL nor a prompt',
    'POST',
    SAMPLES,
    { body: { ...view } },
    400,
    'InvalidBody',
    'imageUrl',
  ],
  [
    'a prompt for a logo library',
    'POST',
    SAMPLES,
    { body: { ...view, labelPrompt: 'a logo' } },
    400,
    'InvalidBody',
    'imageUrl',
  ],
  [
    'an image for a label library',
    'POST',
    SAMPLES,
    { body: { ...view, algorithm: 'label', imageUrl: 'https://a.example/a.png' } },
    400,
    'InvalidBody',
    'labelPrompt',
  ],
  [
    'a prompt of 513 bytes',
    'POST',
    SAMPLES,
    { body: { ...view, algorithm: 'label', labelPrompt: 'p'.repeat(513) } },
    400,
    'InvalidBody',
    'labelPrompt',
  ],
  ['a delete without a region', 'DELETE', `${LIB}?algorithm=logo`, {}, 400, 'InvalidQuery', 'region'],
  [
    'a delete with an unknown parameter',
    'DELETE',
    `${LIB}?${VIEW}&force=1`,
    {},
    400,
    'InvalidQuery',
    undefined,
  ],
  [
    'a SampleId of 65 characters',
    'DELETE',
    `${SAMPLES}/${'s'.repeat(65)}?${VIEW}`,
    {},
    400,
    'InvalidQuery',
    'sampleId',
  ],
  [
    'a body over 4 KB',
    'POST',
    '/api/libraries',
    { body: { ...view, libName: 'a', pad: 'x'.repeat(5000) } },
    413,
    'PayloadTooLarge',
    undefined,
  ],
  ['broken JSON', 'POST', '/api/libraries', { body: '{"region":' }, 400, 'InvalidBody', undefined],
  [
    'a form body',
    'POST',
    '/api/libraries',
    { body: 'libName=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    415,
    'UnsupportedMediaType',
    undefined,
  ],
  [
    'a text/plain body (what a cross-site form can send)',
    'POST',
    '/api/libraries',
    { body: JSON.stringify({ ...view, libName: 'a' }), headers: { 'content-type': 'text/plain' } },
    415,
    'UnsupportedMediaType',
    undefined,
  ],
  ['no body at all', 'POST', '/api/libraries', {}, 415, 'UnsupportedMediaType', undefined],
  [
    'no Idempotency-Key',
    'POST',
    '/api/libraries',
    { body: { ...view, libName: 'a' }, headers: { 'idempotency-key': undefined } },
    428,
    'IdempotencyKeyRequired',
    'Idempotency-Key',
  ],
  [
    'an Idempotency-Key that is not a UUID',
    'DELETE',
    `${LIB}?${VIEW}`,
    { key: 'click-1' },
    400,
    'IdempotencyKeyRequired',
    'Idempotency-Key',
  ],
];

describe('write limits', () => {
  it.each(cases)(
    'when a write has %s, then it is refused before anything is sent, and the trail says so',
    async (_, method, path, options, status, code, field) => {
      const before = (await writes.auditLines()).length;
      const response = await sendWrite(writes.stack.url, method, path, options);
      expect(response.status).toBe(status);
      const error = await errorOf(response);
      expect(error.code).toBe(code);
      expect(error.field).toBe(field);
      expect(writes.stack.emulator.stats().total).toBe(0);
      const lines = (await writes.auditLines()).slice(before);
      expect(lines).toEqual([
        expect.objectContaining({
          phase: 'refused',
          outcome: code,
          role: 'editor',
          requestId: response.headers.get('x-request-id'),
        }),
      ]);
    },
  );

  it('when values are exactly at the limits, then the service accepts them', async () => {
    const lib = await sendWrite(writes.stack.url, 'POST', '/api/libraries', {
      body: { ...view, libName: `${'名'.repeat(21)}a`, libDescription: `${'述'.repeat(42)}dd` },
    });
    expect(lib.status).toBe(201);
    const { libId } = (await lib.json()) as { libId: string };
    const entity = await sendWrite(writes.stack.url, 'POST', `/api/libraries/${libId}/entities`, {
      body: { ...view, entityName: 'e'.repeat(64), entityInfo: `"${'i'.repeat(254)}"` },
    });
    expect(entity.status).toBe(201);
    expect(writes.stack.emulator.stats().byCode).toEqual({ OK: 2 });
  });
});
