import { errorBodySchema } from '@ice-console/shared/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { startSelfSignedTlsServer, type TlsServer } from '../testing/self-signed-tls';
import { startTestStack, type TestStack } from '../testing/test-stack';

const PAGE = '/api/libraries?region=cn-beijing&algorithm=landmark&pageNumber=1&pageSize=10';
const FAST = { ICE_TIMEOUT_MS: '400', ICE_DEADLINE_MS: '1500', ICE_MAX_RETRIES: '1' };

let stack: TestStack | undefined;
let tls: TlsServer | undefined;
afterEach(async () => {
  await stack?.close();
  await tls?.close();
  stack = undefined;
  tls = undefined;
});

async function failure(started: TestStack) {
  const response = await started.get(PAGE);
  const body = errorBodySchema.parse(await response.json()).error;
  const logs = started.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: response.status, body, logs, text: JSON.stringify(body) + started.logs.join('\n') };
}

describe('when Alibaba Cloud cannot be reached, the error names the endpoint and the cause', () => {
  it('when nothing listens at the endpoint, then the cause is refused, with host and port in the body and the logs', async () => {
    stack = await startTestStack({ env: { ...FAST, ICE_ENDPOINT_CN_BEIJING: '127.0.0.1:9' } });
    const { status, body, logs, text } = await failure(stack);
    expect(status).toBe(502);
    expect(body).toMatchObject({
      code: 'UpstreamUnreachable',
      cause: 'refused',
      host: '127.0.0.1:9',
      retryable: true,
      message:
        'Alibaba Cloud at 127.0.0.1:9 could not be reached: the connection was refused (ECONNREFUSED).',
    });
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'retrying upstream call', cause: 'refused', host: '127.0.0.1:9' }),
    );
    expect(logs).toContainEqual(
      expect.objectContaining({
        msg: 'request failed',
        upstreamFailure: {
          cause: 'refused',
          host: '127.0.0.1:9',
          detail: expect.stringContaining('ECONNREFUSED'),
        },
      }),
    );
    expect(text).not.toMatch(/emuDemoSecret|LTAIemuDemo|Signature=/);
  });

  it('when the endpoint name does not resolve, then the cause is dns (ENOTFOUND)', async () => {
    stack = await startTestStack({
      env: { ...FAST, ICE_ENDPOINT_CN_BEIJING: 'ice.cn-beijing.example.invalid' },
    });
    const { status, body, text } = await failure(stack);
    expect(status).toBe(502);
    expect(body).toMatchObject({
      code: 'UpstreamUnreachable',
      cause: 'dns',
      host: 'ice.cn-beijing.example.invalid:80',
    });
    expect(body.message).toContain('(ENOTFOUND)');
    expect(text).not.toMatch(/emuDemoSecret|LTAIemuDemo|Signature=/);
  });

  it('when the endpoint never answers, then the cause is timeout, as a 504 naming the endpoint', async () => {
    stack = await startTestStack({ env: { ...FAST, ICE_MAX_RETRIES: '0' } });
    stack.emulator.faults.enqueue(['hang']);
    const { status, body } = await failure(stack);
    expect(status).toBe(504);
    expect(body).toMatchObject({
      code: 'UpstreamTimeout',
      cause: 'timeout',
      host: stack.emulator.endpoints['cn-beijing'],
    });
    expect(body.message).toContain('(ReadTimeout)');
  });

  it('when the endpoint’s certificate is self-signed, then the cause is tls, and it is not tried again', async () => {
    tls = await startSelfSignedTlsServer();
    stack = await startTestStack({
      env: { ...FAST, ICE_PROTOCOL: 'https', ICE_ENDPOINT_CN_BEIJING: tls.endpoint },
    });
    const { status, body } = await failure(stack);
    expect(status).toBe(502);
    expect(body).toMatchObject({
      code: 'UpstreamUnreachable',
      cause: 'tls',
      host: tls.endpoint,
      retryable: false,
    });
    expect(body.message).toContain('(DEPTH_ZERO_SELF_SIGNED_CERT)');
    expect(tls.connections()).toBe(1);
  });
});
