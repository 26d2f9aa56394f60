import type { FaultKind } from '@ice-console/emulator';
import { errorBodySchema } from '@ice-console/shared/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';
// Short timeouts keep the hang cases quick; the rules are the production ones.
const FAST = { ICE_TIMEOUT_MS: '400', ICE_DEADLINE_MS: '1500' };

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function errorOf(response: Response) {
  return errorBodySchema.parse(await response.json()).error;
}

describe('when Alibaba Cloud refuses the account', () => {
  const cases: Array<
    [string, { accessKeyId: string; accessKeySecret: string; securityToken?: string }, string]
  > = [
    [
      'no RAM permission',
      { accessKeyId: 'LTAIemuNoPerm', accessKeySecret: 'emuNoPermSecret' },
      'Forbidden.RAM',
    ],
    [
      'a disabled key',
      { accessKeyId: 'LTAIemuDisabled', accessKeySecret: 'emuDisabledSecret' },
      'InvalidAccessKeyId.Inactive',
    ],
    [
      'an unknown key',
      { accessKeyId: 'LTAIunknown', accessKeySecret: 'whatever' },
      'InvalidAccessKeyId.NotFound',
    ],
    [
      'an STS key without its token',
      { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret' },
      'MissingSecurityToken',
    ],
  ];

  it.each(cases)(
    'with %s, then a 502 keeps the upstream code and RequestId, and it is tried once',
    async (_, key, code) => {
      stack = await startTestStack({ key });
      const response = await stack.get(PAGE);
      expect(response.status).toBe(502);
      const error = await errorOf(response);
      expect(error).toMatchObject({ code, retryable: false });
      expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
      expect(stack.emulator.stats().total).toBe(1);
    },
  );

  it('with an STS key and its token, then the page comes back', async () => {
    stack = await startTestStack({
      key: { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' },
    });
    expect((await stack.get(PAGE)).status).toBe(200);
  });
});

describe('when Alibaba Cloud breaks', () => {
  const always: Array<[FaultKind, number, string]> = [
    ['InternalError', 502, 'InternalError'],
    ['ServiceUnavailable', 502, 'ServiceUnavailable'],
    ['truncated', 502, 'UpstreamUnreachable'],
    ['not-json', 502, 'UpstreamBadResponse'],
    ['reset', 502, 'UpstreamUnreachable'],
  ];

  it.each(always)(
    'with %s on every try, then 3 tries are made and a clear %i %s comes back',
    async (kind, status, code) => {
      stack = await startTestStack({ env: FAST });
      stack.emulator.faults.enqueue([kind, kind, kind]);
      const response = await stack.get(PAGE);
      expect(response.status).toBe(status);
      expect(await errorOf(response)).toMatchObject({ code, retryable: true });
      expect(stack.emulator.stats().byCode[kind]).toBe(3);
      // The BFF keeps serving.
      expect((await stack.get(PAGE)).status).toBe(200);
    },
  );

  it('with a call that never answers, then a 504 comes back within the deadline', async () => {
    stack = await startTestStack({ env: FAST });
    stack.emulator.faults.enqueue(['hang', 'hang', 'hang']);
    const started = Date.now();
    const response = await stack.get(PAGE);
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: 'UpstreamTimeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(1500 + 300);
    expect((await stack.get(PAGE)).status).toBe(200);
  });

  it('with a mix of faults that clears, then the retries end in the page', async () => {
    stack = await startTestStack({ env: FAST });
    stack.emulator.faults.enqueue(['ServiceUnavailable', 'reset']);
    const response = await stack.get(PAGE);
    expect(response.status).toBe(200);
    expect(stack.emulator.stats().byCode).toEqual({ ServiceUnavailable: 1, reset: 1, OK: 1 });
  });

  it('with 2 s of latency and a 1 s timeout, then a 504 comes back, not a hung request', async () => {
    stack = await startTestStack({
      env: { ICE_TIMEOUT_MS: '1000', ICE_DEADLINE_MS: '1000' },
      emulator: { latencyMs: 2000 },
    });
    const started = Date.now();
    const response = await stack.get(PAGE);
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('with the region unreachable, then a 502 UpstreamUnreachable comes back', async () => {
    stack = await startTestStack({ env: { ...FAST, ICE_ENDPOINT_CN_BEIJING: '127.0.0.1:9' } });
    const response = await stack.get(PAGE.replace('cn-shanghai', 'cn-beijing'));
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'UpstreamUnreachable', retryable: true });
  });
});
