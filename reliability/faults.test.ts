/**
 * Each emulator fault and each account: the BFF answers within its deadline with the right status and code, and
 * keeps serving the next request.
 */

import type { FaultKind } from '@ice-console/emulator';
import { errorBodySchema } from '@ice-console/shared/errors';
import { afterAll, describe, expect, it } from 'vitest';
import type { StaticKey } from '../server/src/ice/credentials';
import { startTestStack } from '../server/src/testing/test-stack';
import { recordFigure, SCALE } from './scale';

const PAGE = '/api/libraries?region=cn-shenzhen&algorithm=logo&pageNumber=1&pageSize=10';
const DEADLINE_MS = 2500;
const ENV = { ICE_TIMEOUT_MS: '800', ICE_DEADLINE_MS: String(DEADLINE_MS), CACHE_TTL_MS: '0' };

const figures: Record<string, { tried: number; held: number; slowestMs: number }> = {};
function note(name: string, held: boolean, ms: number) {
  const figure = figures[name] ?? { tried: 0, held: 0, slowestMs: 0 };
  figure.tried++;
  if (held) figure.held++;
  figure.slowestMs = Math.max(figure.slowestMs, Math.round(ms));
  figures[name] = figure;
}
afterAll(() => recordFigure('faults', figures));

const FAULTS: Array<[FaultKind | 'latency-2s', number, string]> = [
  ['InternalError', 502, 'InternalError'],
  ['ServiceUnavailable', 502, 'ServiceUnavailable'],
  ['truncated', 502, 'UpstreamUnreachable'],
  ['not-json', 502, 'UpstreamBadResponse'],
  ['reset', 502, 'UpstreamUnreachable'],
  ['hang', 504, 'UpstreamTimeout'],
  ['latency-2s', 504, 'UpstreamTimeout'],
];

describe('faults', () => {
  it.each(FAULTS)(
    'when every try meets %s, then a %i %s comes back in time and the next request is served',
    async (kind, status, code) => {
      const stack = await startTestStack({ env: ENV });
      try {
        for (let i = 0; i < SCALE.faultRepeats; i++) {
          if (kind === 'latency-2s') stack.emulator.faults.update({ latencyMs: 2000 });
          else stack.emulator.faults.enqueue([kind, kind, kind]);
          const started = performance.now();
          const response = await stack.get(PAGE);
          const error = errorBodySchema.parse(await response.json()).error;
          const elapsed = performance.now() - started;
          stack.emulator.faults.clear();
          const next = await stack.get(PAGE);
          const held =
            response.status === status &&
            error.code === code &&
            elapsed < DEADLINE_MS + 500 &&
            next.status === 200;
          note(kind, held, elapsed);
          expect({ status: response.status, code: error.code, nextStatus: next.status }).toEqual({
            status,
            code,
            nextStatus: 200,
          });
          expect(elapsed).toBeLessThan(DEADLINE_MS + 500);
        }
      } finally {
        await stack.close();
      }
    },
  );
});

const ACCOUNTS: Array<[string, StaticKey, number, string | undefined]> = [
  [
    'no permission',
    { accessKeyId: 'LTAIemuNoPerm', accessKeySecret: 'emuNoPermSecret' },
    502,
    'Forbidden.RAM',
  ],
  [
    'disabled key',
    { accessKeyId: 'LTAIemuDisabled', accessKeySecret: 'emuDisabledSecret' },
    502,
    'InvalidAccessKeyId.Inactive',
  ],
  ['unknown key', { accessKeyId: 'LTAIwhoever', accessKeySecret: 'x' }, 502, 'InvalidAccessKeyId.NotFound'],
  [
    'STS token',
    { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' },
    200,
    undefined,
  ],
  [
    'STS, wrong token',
    { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'nope' },
    502,
    'InvalidSecurityToken.Mismatch',
  ],
];

describe('accounts', () => {
  it.each(ACCOUNTS)(
    'when the key is %s, then the answer is %i %s, tried once, and the server keeps serving',
    async (name, key, status, code) => {
      const stack = await startTestStack({ key, env: ENV });
      try {
        for (let i = 0; i < SCALE.faultRepeats; i++) {
          const started = performance.now();
          const response = await stack.get(PAGE);
          const body: unknown = await response.json();
          const got = response.status === 200 ? undefined : errorBodySchema.parse(body).error.code;
          const health = await stack.get('/api/health');
          note(
            name,
            response.status === status && got === code && health.status === 200,
            performance.now() - started,
          );
          expect({ status: response.status, code: got }).toEqual({ status, code });
        }
        expect(stack.emulator.stats().total).toBe(SCALE.faultRepeats);
      } finally {
        await stack.close();
      }
    },
  );
});
