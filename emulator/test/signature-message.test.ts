/**
 * A bad signature is answered as Alibaba's gateway answers it: SignatureDoesNotMatch with the server's string to
 * sign in the message, and so the AccessKeyId and any STS token. A console that shows upstream messages leaks them;
 * these tests make sure the emulator gives the BFF's "no internals" tests that text to catch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { send, signRpc, signV3 } from './hand-signed-request';
import { sdkCaller, sdkError } from './sdk-client';

const STS_WRONG_SECRET = {
  accessKeyId: 'STS.emuTemp',
  accessKeySecret: 'not-the-secret',
  securityToken: 'emuToken',
};
const PREFIX = 'Specified signature is not matched with our calculation. server string to sign is:';
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterAll(() => emulator.close());

const options = (placement: 'query' | 'form') => ({
  endpoint: emulator.endpoints['cn-hangzhou'],
  method: 'POST' as const,
  placement,
  key: STS_WRONG_SECRET,
  action: 'CreateRecognitionLib',
  params: { Algorithm: 'logo', LibName: 'a b' },
});

describe('the SignatureDoesNotMatch message', () => {
  it.each(['query', 'form'] as const)(
    'when an RPC call in the %s is signed with the wrong secret, then the message carries the same string to sign, key and token',
    async (placement) => {
      const request = signRpc(options(placement));
      const answer = await send(request);
      expect(answer.json.Code).toBe('SignatureDoesNotMatch');
      expect(answer.json.Message).toBe(`${PREFIX}${request.stringToSign}`);
      expect(String(answer.json.Message)).toMatch(
        /^.*is:POST&%2F&AccessKeyId%3DSTS\.emuTemp%26.*%26SecurityToken%3DemuToken%26/,
      );
    },
  );

  it('when a V3 call is signed with the wrong secret, then the message carries the string to sign, the canonical request and the key', async () => {
    const request = signV3(options('query'));
    const answer = await send(request);
    expect(answer.json.Code).toBe('SignatureDoesNotMatch');
    expect(answer.json.Message).toBe(
      `${PREFIX}${request.stringToSign}, server canonical request is:${request.canonicalRequest}, access key id is:STS.emuTemp`,
    );
    expect(String(answer.json.Message)).toContain('x-acs-security-token:emuToken\n');
  });

  it.each(['v3', 'v2'] as const)(
    'when the SDK signs with %s and the wrong secret, then its error data carries the key',
    async (signing) => {
      const sdk = sdkCaller(emulator.endpoints['cn-hangzhou'], 'cn-hangzhou', STS_WRONG_SECRET, signing);
      const error = await sdkError(
        sdk.call('ListRecognitionLibs', { Algorithm: 'logo', PageNumber: '1', PageSize: '1' }),
      );
      expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400 });
      expect(String(error.data.Message)).toMatch(
        new RegExp(`^${PREFIX.replace(/\./g, '\\.')}.*STS\\.emuTemp.*emuToken`, 's'),
      );
    },
  );
});
