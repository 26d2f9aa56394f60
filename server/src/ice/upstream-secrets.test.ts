import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBodySchema } from '@ice-console/shared/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';
const STS_KEY = {
  accessKeyId: 'STS.NUx8Lq2Vd5Kc9Wm3Rb7Tz',
  accessKeySecret: 'the-wrong-secret',
  securityToken: 'CAIS8QF1q6Ft5B2yfSjIr5bSEsKbjnUe1Ja8h0fCiEUHO8oYHKrOjzz2IHhMenVgAe0XsvU0mGhX7v',
};

let stack: TestStack | undefined;
let gateway: Server | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
  await new Promise((resolve) => (gateway ? gateway.close(resolve) : resolve(undefined)));
  gateway = undefined;
});

/** Echoes what it was sent the way the real gateway does: the string to sign, with AccessKeyId and token. */
function stringToSignOf(req: IncomingMessage): string {
  const query = new URL(req.url ?? '/', 'http://gateway').searchParams;
  const keyId =
    query.get('AccessKeyId') ?? /Credential=([^,]+)/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const token = query.get('SecurityToken') ?? String(req.headers['x-acs-security-token'] ?? '');
  const pairs = `AccessKeyId=${keyId}&Action=ListRecognitionLibs&SecurityToken=${token}&Version=2020-11-09`;
  return `POST&%2F&${encodeURIComponent(pairs)}`;
}

async function startLeakyGateway(): Promise<string> {
  gateway = createServer((req, res) => {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        RequestId: '5B1C0D2E-0000-4000-8000-000000000000',
        HostId: 'ice.cn-shanghai.aliyuncs.com',
        Code: 'SignatureDoesNotMatch',
        Message: `Specified signature is not matched with our calculation. server string to sign is:${stringToSignOf(req)}`,
        Recommend: 'https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch',
      }),
    );
  });
  await new Promise<void>((resolve) => gateway?.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(gateway.address() as AddressInfo).port}`;
}

function expectNoKeyIn(text: string) {
  expect(text).not.toContain(STS_KEY.accessKeyId);
  expect(text).not.toContain(STS_KEY.securityToken.slice(0, 20));
  expect(text).not.toMatch(/string to sign/i);
}

describe('a gateway that echoes the string to sign', () => {
  it.each(['v2', 'v3'])(
    'when signing with %s, then neither the AccessKeyId nor the token reaches the browser or the log',
    async (signature) => {
      const endpoint = await startLeakyGateway();
      stack = await startTestStack({
        key: STS_KEY,
        env: { ICE_SIGNATURE: signature, ICE_ENDPOINT_CN_SHANGHAI: endpoint },
      });
      const response = await stack.get(PAGE);
      const text = await response.text();
      expect(response.status).toBe(502);
      expect(errorBodySchema.parse(JSON.parse(text)).error).toMatchObject({
        code: 'SignatureDoesNotMatch',
        message: 'Specified signature is not matched with our calculation.',
      });
      expectNoKeyIn(text);
      expectNoKeyIn(stack.logs.join('\n'));
    },
  );
});

describe('the emulator, signed with a wrong secret', () => {
  it.each(['v2', 'v3'])(
    'when signing with %s, then the AccessKeyId and the token never appear in the BFF body',
    async (signature) => {
      const key = {
        accessKeyId: 'STS.emuTemp',
        accessKeySecret: 'not-the-secret',
        securityToken: 'emuToken',
      };
      stack = await startTestStack({ key, env: { ICE_SIGNATURE: signature } });
      const response = await stack.get(PAGE);
      const text = await response.text();
      expect(response.status).toBe(502);
      expect(errorBodySchema.parse(JSON.parse(text)).error.code).toBe('SignatureDoesNotMatch');
      expect(text).not.toContain(key.accessKeyId);
      expect(text).not.toContain(key.securityToken);
    },
  );
});
