import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { type Emulator, startEmulator } from '../src/start-emulator';
import {
  isoSeconds,
  type PreparedRequest,
  type SignOptions,
  send,
  signRpc,
  signV3,
} from './hand-signed-request';

const PARAMS = { Algorithm: 'landmark', PageNumber: '1', PageSize: '10' };
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;
let emulator: Emulator;
let endpoint: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
  endpoint = emulator.endpoints['cn-shanghai'];
});
afterAll(() => emulator.close());

const options = (more: Partial<SignOptions> = {}): SignOptions => ({
  endpoint,
  method: 'POST',
  params: PARAMS,
  placement: 'query',
  key: DEMO_ACCOUNT,
  ...more,
});

async function expectError(request: PreparedRequest, code: string, status = 400): Promise<void> {
  const answer = await send(request);
  expect({ status: answer.status, code: answer.json.Code }).toEqual({ status, code });
  expect(answer.json.RequestId).toMatch(UUID);
  expect(answer.json).toMatchObject({ HostId: expect.any(String), Message: expect.any(String) });
  expect(answer.json.Recommend).toContain(String(answer.json.RequestId));
}

const signers = { V3: signV3, RPC: signRpc };
const shapes = [
  ['GET', 'query'],
  ['POST', 'query'],
  ['POST', 'form'],
] as const;

describe.each(Object.entries(signers))('hand-signed %s requests', (_name, sign) => {
  it.each(shapes)(
    'when signed correctly over %s with the parameters in the %s, then the page comes back',
    async (method, placement) => {
      const answer = await send(sign(options({ method, placement })));
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 180 });
      expect(answer.json.RequestId).toMatch(UUID);
      expect(answer.headers.get('x-acs-request-id')).toBe(answer.json.RequestId);
    },
  );

  it('when a query value is changed after signing, then SignatureDoesNotMatch', async () => {
    const request = sign(options());
    request.query = request.query.map(([n, v]) => [n, n === 'PageSize' ? '11' : v]);
    await expectError(request, 'SignatureDoesNotMatch');
  });

  it('when a form value is changed after signing, then SignatureDoesNotMatch', async () => {
    const request = sign(options({ placement: 'form' }));
    request.body = request.body.replace('PageSize=10', 'PageSize=11');
    await expectError(request, 'SignatureDoesNotMatch');
  });

  it('when signed with another secret, then SignatureDoesNotMatch', async () => {
    await expectError(
      sign(options({ key: { ...DEMO_ACCOUNT, accessKeySecret: 'emuDemoSecreT' } })),
      'SignatureDoesNotMatch',
    );
  });

  it('when the timestamp is 16 minutes off either way, then InvalidTimeStamp.Expired; 14 minutes is accepted', async () => {
    const at = (minutes: number) => isoSeconds(new Date(Date.now() + minutes * 60_000));
    await expectError(sign(options({ timestamp: at(-16) })), 'InvalidTimeStamp.Expired');
    await expectError(sign(options({ timestamp: at(16) })), 'InvalidTimeStamp.Expired');
    expect((await send(sign(options({ timestamp: at(-14) })))).status).toBe(200);
  });

  it.each(['yesterday', '2026-13-01T00:00:00Z', '2026-02-30T10:00:00Z', ''])(
    'when the timestamp is %j, then InvalidTimeStamp.Format',
    async (timestamp) => {
      await expectError(sign(options({ timestamp })), 'InvalidTimeStamp.Format');
    },
  );

  it('when a nonce is used again, then SignatureNonceUsed', async () => {
    const nonce = `reused-${Math.random()}`;
    expect((await send(sign(options({ nonce })))).status).toBe(200);
    await expectError(sign(options({ nonce })), 'SignatureNonceUsed');
  });

  it('when the action is not ListRecognitionLibs, then InvalidAction.NotFound (404)', async () => {
    await expectError(sign(options({ action: 'ListRecognitionLib' })), 'InvalidAction.NotFound', 404);
  });

  it('when the version is not 2020-11-09, then InvalidVersion', async () => {
    await expectError(sign(options({ version: '2020-11-10' })), 'InvalidVersion');
  });

  it('when the key is unknown, then InvalidAccessKeyId.NotFound (404)', async () => {
    await expectError(
      sign(options({ key: { accessKeyId: 'LTAIunknown', accessKeySecret: 'x' } })),
      'InvalidAccessKeyId.NotFound',
      404,
    );
  });
});

describe('hand-signed V3 requests: the parts only V3 signs', () => {
  it('when a signed header is changed after signing, then SignatureDoesNotMatch', async () => {
    const request = signV3(options());
    request.headers['x-acs-signature-nonce'] = `${request.headers['x-acs-signature-nonce']}0`;
    await expectError(request, 'SignatureDoesNotMatch');
  });

  it('when the body is changed but its declared hash is not, then SignatureDoesNotMatch', async () => {
    const request = signV3(options({ placement: 'form' }));
    request.body = request.body.replace('Algorithm=landmark', 'Algorithm=logo');
    await expectError(request, 'SignatureDoesNotMatch');
  });

  it('when a body is added after signing, then IncompleteSignature with an unsigned content-type, else SignatureDoesNotMatch', async () => {
    const request = signV3(options());
    request.headers['content-type'] = 'text/plain';
    request.body = 'PageSize=50';
    await expectError(request, 'IncompleteSignature');
    delete request.headers['content-type'];
    await expectError(request, 'SignatureDoesNotMatch');
  });

  it('when Authorization is missing or malformed, then IncompleteSignature', async () => {
    const request = signV3(options());
    const authorization = request.headers.authorization ?? '';
    delete request.headers.authorization;
    await expectError(request, 'IncompleteSignature');
    for (const broken of [
      'ACS3-HMAC-SHA256 Credential=LTAIemuDemo',
      authorization.replace('SignedHeaders=', 'Headers='),
      authorization.replace('ACS3-HMAC-SHA256', 'ACS3-HMAC-SHA1'),
      authorization.slice(0, -1),
    ]) {
      await expectError(
        { ...request, headers: { ...request.headers, authorization: broken } },
        'IncompleteSignature',
      );
    }
  });

  it('when an x-acs header is sent but left out of SignedHeaders, then IncompleteSignature', async () => {
    const request = signV3(options());
    request.headers['x-acs-extra'] = 'unsigned';
    await expectError(request, 'IncompleteSignature');
  });
});

describe('hand-signed RPC requests: the parts only RPC has', () => {
  it('when Signature, SignatureMethod or SignatureNonce is missing or wrong, then IncompleteSignature', async () => {
    const request = signRpc(options());
    const without = (name: string) => request.query.filter(([n]) => n !== name);
    await expectError({ ...request, query: without('Signature') }, 'IncompleteSignature');
    await expectError({ ...request, query: without('SignatureNonce') }, 'IncompleteSignature');
    const sha256 = request.query.map(([n, v]): [string, string] => [
      n,
      n === 'SignatureMethod' ? 'HMAC-SHA256' : v,
    ]);
    await expectError({ ...request, query: sha256 }, 'IncompleteSignature');
  });
});
