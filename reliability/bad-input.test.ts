/**
 * Property-based fuzzing of every query parameter of GET /api/libraries: no input gives a 5xx, an input that is
 * refused never reaches Alibaba Cloud, and every 400 names what was wrong.
 */
import { errorBodySchema } from '@ice-console/shared/errors';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../server/src/testing/test-stack';
import { recordFigure, SCALE } from './scale';

const VALID: Record<string, string> = {
  region: 'cn-shanghai',
  algorithm: 'landmark',
  pageNumber: '1',
  pageSize: '10',
};
const PARAMETERS = ['region', 'algorithm', 'pageNumber', 'pageSize', 'libId'] as const;

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { CACHE_TTL_MS: '0' } });
});
afterAll(() => stack.close());

/** Hostile values: any unicode, numbers of every shape, near-misses of valid values, long strings. */
const hostileValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' 1',
    '1 ',
    '0x10',
    '1e3',
    '１',
    '10\u200b',
    'cn-shanghai\u0000',
    'LANDMARK',
    'landmark ',
  ),
  fc.constantFrom('cn-shanghai', 'landmark', '50', '51', 'a,b,,c', ' a , b '),
  fc.string({ minLength: 3000, maxLength: 9000 }),
);

const tally = { cases: 0, statuses: {} as Record<number, number>, upstreamCallsForRefusedInput: 0 };

describe('bad input, fuzzed', () => {
  it.each(PARAMETERS)(
    'when %s takes hostile values (alone, repeated, or with extra parameters), then nothing breaks',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileValue, { minLength: 1, maxLength: 3 }),
          fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 })), {
            nil: undefined,
          }),
          async (values, extra) => {
            const params = new URLSearchParams(VALID);
            params.delete(name);
            for (const value of values) params.append(name, value);
            if (extra) params.append(extra[0], extra[1]);
            const before = stack.emulator.stats().total;
            const response = await stack.get(`/api/libraries?${params}`);
            const calls = stack.emulator.stats().total - before;
            const body: unknown = await response.json().catch(() => undefined);
            tally.cases++;
            tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1;
            if (response.status === 200) {
              expect(calls).toBeLessThanOrEqual(1);
              return;
            }
            tally.upstreamCallsForRefusedInput += calls;
            expect([400, 414, 431]).toContain(response.status);
            expect(calls).toBe(0);
            const error = errorBodySchema.parse(body).error;
            expect(error.message.length).toBeGreaterThan(5);
            if (response.status === 400 && error.field !== undefined)
              expect(PARAMETERS).toContain(error.field);
          },
        ),
        // Report the first counterexample rather than spend minutes shrinking URLs of thousands of characters.
        { numRuns: SCALE.fuzzRunsPerParameter, endOnFailure: true },
      );
    },
  );

  afterAll(() => recordFigure('bad-input', tally));
});
