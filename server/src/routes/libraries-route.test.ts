import { errorBodySchema } from '@ice-console/shared/errors';
import { libraryPageSchema } from '@ice-console/shared/libraries';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const FIRST_PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';
let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('GET /api/libraries', () => {
  it('when asked for the first Shanghai landmark page, then the SDK-signed call reaches the emulator and 10 of 180 come back', async () => {
    stack = await startTestStack();
    const response = await stack.get(FIRST_PAGE);
    expect(response.status).toBe(200);
    const page = libraryPageSchema.parse(await response.json());
    expect(page.totalCount).toBe(180);
    expect(page.libraries).toHaveLength(10);
    expect(page.libraries[0]).toMatchObject({
      libName: 'Large Model ACP',
      libDescription: 'Library for product recognition',
    });
    expect(page.libraries[0]?.libId).toMatch(/^[0-9a-f]{32}$/);
    // The emulator verified the signature and answered OK, for cn-shanghai only.
    expect(stack.emulator.stats().byRegionAndCode['cn-shanghai']).toEqual({ OK: 1 });
    // One structured log line, with the request id the response carries and the upstream outcome.
    const line = JSON.parse(stack.logs.at(-1) ?? '{}');
    expect(line).toMatchObject({ reqId: response.headers.get('x-request-id'), status: 200, cache: 'miss' });
    expect(line.upstreamMs).toBeGreaterThanOrEqual(0);
  });

  it('when the secret is wrong, then the emulator refuses the signature and the BFF reports a clear 502 without internals', async () => {
    stack = await startTestStack({ key: { accessKeyId: 'LTAIemuDemo', accessKeySecret: 'not-the-secret' } });
    const response = await stack.get(FIRST_PAGE);
    expect(response.status).toBe(502);
    const text = await response.text();
    const body = errorBodySchema.parse(JSON.parse(text));
    expect(body.error).toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: 'Specified signature is not matched with our calculation.',
      retryable: false,
    });
    expect(body.error.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(Object.keys(body)).toEqual(['error']);
    expect(text).not.toMatch(/stack|at .*\.js|authorization|x-acs-|not-the-secret|LTAIemuDemo/i);
    expect(stack.emulator.stats().byCode).toEqual({ SignatureDoesNotMatch: 1 });
    expect(JSON.parse(stack.logs.at(-1) ?? '{}')).toMatchObject({
      status: 502,
      errorCode: 'SignatureDoesNotMatch',
    });
  });

  it('when the query is invalid, then the answer is a 400 naming the field and nothing goes upstream', async () => {
    stack = await startTestStack();
    const response = await stack.get(
      '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=0&pageSize=10',
    );
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error).toMatchObject({
      code: 'InvalidQuery',
      field: 'pageNumber',
    });
    expect(stack.emulator.stats().total).toBe(0);
  });
});

describe('GET /api/health', () => {
  it('when called, then it answers ok with the mode', async () => {
    stack = await startTestStack();
    const response = await stack.get('/api/health');
    expect(await response.json()).toEqual({ status: 'ok', mode: 'cloud', preflight: { outcome: 'pending' } });
  });
});
