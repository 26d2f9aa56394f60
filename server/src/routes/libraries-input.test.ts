import { errorBodySchema } from '@ice-console/shared/errors';
import { libraryPageSchema } from '@ice-console/shared/libraries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

const VALID = 'region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';

describe('GET /api/libraries input', () => {
  const refused: Array<[string, string, string | undefined]> = [
    ['a missing region', 'algorithm=landmark&pageNumber=1&pageSize=10', 'region'],
    ['an unknown region', 'region=us-east-1&algorithm=landmark&pageNumber=1&pageSize=10', 'region'],
    [
      'a region with a zero-width space',
      'region=cn-shanghai%E2%80%8B&algorithm=landmark&pageNumber=1&pageSize=10',
      'region',
    ],
    [
      'an upper-case algorithm',
      'region=cn-shanghai&algorithm=LANDMARK&pageNumber=1&pageSize=10',
      'algorithm',
    ],
    ['a missing algorithm', 'region=cn-shanghai&pageNumber=1&pageSize=10', 'algorithm'],
    ['page number 0', 'region=cn-shanghai&algorithm=landmark&pageNumber=0&pageSize=10', 'pageNumber'],
    [
      'page number 1,000,001',
      'region=cn-shanghai&algorithm=landmark&pageNumber=1000001&pageSize=10',
      'pageNumber',
    ],
    [
      'a fractional page number',
      'region=cn-shanghai&algorithm=landmark&pageNumber=1.5&pageSize=10',
      'pageNumber',
    ],
    [
      'a negative page number',
      'region=cn-shanghai&algorithm=landmark&pageNumber=-1&pageSize=10',
      'pageNumber',
    ],
    [
      'full-width digits',
      'region=cn-shanghai&algorithm=landmark&pageNumber=%EF%BC%91&pageSize=10',
      'pageNumber',
    ],
    ['page size 0', 'region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=0', 'pageSize'],
    ['page size 51', 'region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=51', 'pageSize'],
    ['an empty page size', 'region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=', 'pageSize'],
    ['a repeated parameter', `${VALID}&pageSize=20`, 'pageSize'],
    ['an array parameter', 'region[]=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10', 'region'],
    ['an unknown parameter', `${VALID}&PageSize=10`, undefined],
    ['a LibId with a bad character', `${VALID}&libId=abc,d%3Ce`, 'libId'],
    ['a LibId of 65 characters', `${VALID}&libId=${'a'.repeat(65)}`, 'libId'],
    ['101 LibIds', `${VALID}&libId=${Array.from({ length: 101 }, (_, i) => `id${i}`).join(',')}`, 'libId'],
    ['a repeated libId', `${VALID}&libId=a&libId=b`, 'libId'],
    ['a huge libId string', `${VALID}&libId=${'a,'.repeat(3400)}`, 'libId'],
  ];

  it.each(refused)(
    'when given %s, then it is a 400 naming the field and nothing goes upstream',
    async (_, query, field) => {
      const response = await stack.get(`/api/libraries?${query}`);
      expect(response.status).toBe(400);
      const { error } = errorBodySchema.parse(await response.json());
      expect(error.code).toBe('InvalidQuery');
      expect(error.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(10);
      if (field) expect(error.message.startsWith(field)).toBe(true);
      expect(stack.emulator.stats().total).toBe(0);
    },
  );

  it('when the URL is longer than 8 KB, then it is a 414 in the error shape with no upstream call', async () => {
    const response = await stack.get(`/api/libraries?${VALID}&x=${'a'.repeat(9000)}`);
    expect(response.status).toBe(414);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('UriTooLong');
    expect(stack.emulator.stats().total).toBe(0);
  });

  it('when the headers are larger than Node accepts, then the answer is still our error body', async () => {
    const response = await stack.get(`/api/libraries?${VALID}`, { 'x-padding': 'a'.repeat(20_000) });
    expect(response.status).toBe(431);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('HeadersTooLarge');
  });

  it('when LibIds come with spaces, empty parts and repeats, then they are normalized and the known ones are found', async () => {
    const first = libraryPageSchema.parse(await (await stack.get(`/api/libraries?${VALID}`)).json());
    const [a, b] = first.libraries.map((lib) => lib.libId);
    const response = await stack.get(
      `/api/libraries?${VALID}&libId=${encodeURIComponent(` ${a}, ,${b},${a},unknownid `)}`,
    );
    expect(response.status).toBe(200);
    const page = libraryPageSchema.parse(await response.json());
    expect(page.totalCount).toBe(2);
    expect(page.libraries.map((lib) => lib.libId).sort()).toEqual([a, b].sort());
  });
});
